import type { Plugin } from 'vite';

export const SHELL_PAGE: string;
export function withMain(shell: string, main: string): string;
export function withPreloads(html: string, files: string[]): string;
export function guidePage(
  shell: string,
  page: { main: string; title: string; scripts: string[]; styles: string[] },
): string;
export function prerenderedPages(): Plugin;
