import type { Plugin } from 'vite';

export const SHELL_PAGE: string;
export function withMain(shell: string, main: string): string;
export function prerenderedPages(): Plugin;
