import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyPack } from '../src/domain/policy/policy-pack';
import { prevalidatedPack } from '../src/domain/policy/prevalidated-pack';
import { prevalidatedPackModule } from './prevalidated-packs.mjs';

const WILTSHIRE = new URL('../src/domain/policy/packs/wiltshire-scb-2013.json', import.meta.url);

/** The default export of a generated module (it is one `export default JSON.parse(…)` line). */
function evaluate(module: string): unknown {
  const expression = module.replace(/^export default /, '').replace(/;\s*$/, '');
  return JSON.parse(JSON.parse(expression.slice('JSON.parse('.length, -1)) as string) as unknown;
}

describe('prevalidatedPackModule', () => {
  it('ships a built-in pack as the schema parsed it, defaults filled in, marked as checked', () => {
    const text = readFileSync(WILTSHIRE, 'utf8');
    const expected = parsePolicyPack(JSON.parse(text));
    if (!expected.ok) throw new Error('The Wiltshire pack should be valid');
    const shipped = evaluate(prevalidatedPackModule(parsePolicyPack, 'wiltshire.json', text));
    expect(prevalidatedPack(shipped)).toEqual(expected.pack);
    // The raw file lacks some defaulted fields: the shipped pack is the parsed one, not the file.
    expect(prevalidatedPack(shipped)).not.toEqual(JSON.parse(text));
  });

  it('stops the build with the problems when a built-in pack is invalid', () => {
    const broken = JSON.stringify({ ...JSON.parse(readFileSync(WILTSHIRE, 'utf8')), stages: [] });
    expect(() => prevalidatedPackModule(parsePolicyPack, 'broken.json', broken)).toThrow(
      /Built-in policy pack broken\.json is invalid:\n/,
    );
  });
});

describe('prevalidatedPack', () => {
  it('leaves a raw pack file to be checked', () => {
    expect(prevalidatedPack(JSON.parse(readFileSync(WILTSHIRE, 'utf8')))).toBeUndefined();
    expect(prevalidatedPack(null)).toBeUndefined();
  });
});
