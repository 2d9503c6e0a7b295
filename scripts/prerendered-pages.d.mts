import type { Plugin } from 'vite';

export const SHELL_PAGE: string;
export function withRoot(shell: string, markup: string, path: string): string;
export function withPreloads(html: string, files: string[]): string;
export function guidePage(
  shell: string,
  page: { markup: string; path: string; title: string; scripts: string[]; styles: string[] },
): string;
export function prerenderedPages(): Plugin;
