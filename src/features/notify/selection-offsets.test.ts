// A selection in the rendered field maps to offsets in the source text, skipping annotations.
import { afterEach, describe, expect, it } from 'vitest';
import { ANNOTATION_ATTRIBUTE, selectionSpan, sourceOffset } from './selection-offsets';

const SOURCE = 'Lulu told Mrs Quibbleworth.';

function renderField(): HTMLDivElement {
  const container = document.createElement('div');
  container.innerHTML =
    '<mark>Lulu<sup data-annotation="">1</sup><span data-annotation=""> (proposal 1)</span></mark>' +
    ' told Mrs ' +
    '<mark>Quibbleworth<sup data-annotation="">2</sup></mark>.';
  document.body.append(container);
  return container;
}

function textNode(container: Element, text: string): Text {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent === text) return node as Text;
  }
  throw new Error(`no text node "${text}"`);
}

function rangeOf(start: [Node, number], end: [Node, number]): Range {
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('selection to source offsets', () => {
  it('counts only the source text, not the numbers and notes', () => {
    const container = renderField();
    const told = textNode(container, ' told Mrs ');
    expect(sourceOffset(container, told, 1)).toBe(SOURCE.indexOf('told'));
    const surname = textNode(container, 'Quibbleworth');
    expect(sourceOffset(container, surname, 0)).toBe(SOURCE.indexOf('Quibbleworth'));
    expect(container.querySelectorAll(`[${ANNOTATION_ATTRIBUTE}]`)).toHaveLength(3);
  });

  it('maps a selection across highlighted and plain text', () => {
    const container = renderField();
    const range = rangeOf(
      [textNode(container, ' told Mrs '), 6],
      [textNode(container, 'Quibbleworth'), 5],
    );
    const span = selectionSpan(container, range);
    expect(span && SOURCE.slice(span.start, span.end)).toBe('Mrs Quibb');
  });

  it('treats a boundary inside an annotation as the end of the text before it', () => {
    const container = renderField();
    const range = rangeOf(
      [textNode(container, 'Lulu'), 0],
      [textNode(container, ' (proposal 1)'), 4],
    );
    expect(selectionSpan(container, range)).toEqual({ start: 0, end: 4 });
  });

  it('handles a boundary given as a position between elements', () => {
    const container = renderField();
    const range = rangeOf([container, 1], [container, 2]);
    const span = selectionSpan(container, range);
    expect(span && SOURCE.slice(span.start, span.end)).toBe(' told Mrs ');
  });

  it('cuts a selection that runs on past the field at its edges', () => {
    const before = document.createElement('p');
    before.textContent = 'Heading';
    document.body.append(before);
    const container = renderField();
    const range = rangeOf([before.firstChild as Text, 2], [textNode(container, ' told Mrs '), 3]);
    expect(selectionSpan(container, range)).toEqual({ start: 0, end: 7 });
  });

  it('finds nothing for an empty selection or one outside the field', () => {
    const container = renderField();
    const outside = document.createElement('p');
    outside.textContent = 'Elsewhere';
    document.body.append(outside);
    const told = textNode(container, ' told Mrs ');
    expect(selectionSpan(container, rangeOf([told, 2], [told, 2]))).toBeNull();
    expect(
      selectionSpan(
        container,
        rangeOf([outside.firstChild as Text, 0], [outside.firstChild as Text, 4]),
      ),
    ).toBeNull();
    expect(selectionSpan(container, null)).toBeNull();
  });
});
