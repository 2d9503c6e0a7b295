import type { Plugin } from 'vite';
import type { PolicyPackResult } from '../src/domain/policy/policy-pack';

export function prevalidatedPackModule(
  parsePolicyPack: (json: unknown) => PolicyPackResult,
  file: string,
  text: string,
): string;
export function prevalidatedPacks(): Plugin;
