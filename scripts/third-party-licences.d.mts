import type { Plugin } from 'vite';

export const LICENCES_FILE: string;
export function packageDirectory(id: string): string | null;
export function readPackage(directory: string): {
  name: string;
  version: string;
  licence: string;
  text: string;
};
export function licencesText(directories: string[]): string;
export function developmentLicencesText(): string;
export function thirdPartyLicences(): Plugin[];
