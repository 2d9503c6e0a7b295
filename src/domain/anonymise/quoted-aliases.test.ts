import { describe, expect, it } from 'vitest';
import { tokenise } from './text';
import { findUnknownNames } from './unknown-names';

function unknown(text: string): string[] {
  return findUnknownNames(text, tokenise(text), [], new Set()).map((f) => f.original);
}

describe('a nickname in quotes beside a name', () => {
  it('hides an ordinary word in quotes when the person’s name follows it in brackets', () => {
    expect(unknown('Known associates: "Smiley" (Tyrese Okoro, 19) and others.')).toContain(
      'Smiley',
    );
  });

  it('hides it when it stands in brackets after the name', () => {
    expect(unknown('Her friend Jade Corrie ("Sunny", 17) picks her up.')).toContain('Sunny');
  });

  it('leaves a quoted word with no name beside it, and a never-a-name word', () => {
    expect(unknown('She called it "Sunny" (the dog) at the time.')).not.toContain('Sunny');
    expect(unknown('Jade Corrie ("PIP" award pending) rang.')).not.toContain('PIP');
  });
});
