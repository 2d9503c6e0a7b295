import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyPackText } from './policy-pack';

const doc = readFileSync(new URL('../../../docs/policy-pack-format.md', import.meta.url), 'utf8');

/** The JSON block that follows the `<!-- worked-example -->` marker in the format document. */
function workedExample(): string {
  const match = /<!-- worked-example -->\s*```json\n([\s\S]*?)\n```/.exec(doc);
  if (!match?.[1]) throw new Error('docs/policy-pack-format.md has no worked example block');
  return match[1];
}

describe('docs/policy-pack-format.md', () => {
  it('has a worked example that validates as a policy pack', () => {
    const result = parsePolicyPackText(workedExample());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('documents every timescale kind and the message for an unknown one', () => {
    for (const kind of [
      'immediate',
      'same-working-day',
      'hours',
      'working-days',
      'working-week',
      'none-stated',
    ]) {
      expect(doc).toContain(`\`${kind}\``);
    }
    expect(doc).toContain('"fortnight" is not a timescale');
  });
});
