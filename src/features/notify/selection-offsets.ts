// Maps a text selection in a rendered field back to offsets in the field's source text. The text
// is rendered exactly as stored; numbers and screen-reader notes added to it are marked
// `data-annotation` and do not count.
import type { Span } from '../../domain/redaction/review-rules';

/** The attribute that marks an element whose text is not part of the source. */
export const ANNOTATION_ATTRIBUTE = 'data-annotation';

function isAnnotation(node: Node, container: Node): boolean {
  for (let at = node.parentNode; at && at !== container; at = at.parentNode) {
    if (at instanceof Element && at.hasAttribute(ANNOTATION_ATTRIBUTE)) return true;
  }
  return false;
}

function sourceTextNodes(container: Node): Text[] {
  const walker = container.ownerDocument?.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  if (!walker) return nodes;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isAnnotation(node, container)) nodes.push(node as Text);
  }
  return nodes;
}

/** The source offset of a boundary point (`node`, `offset`) inside `container`. */
export function sourceOffset(container: Node, node: Node, offset: number): number {
  const boundary = container.ownerDocument?.createRange();
  if (!boundary) return 0;
  boundary.setStart(node, offset);
  boundary.collapse(true);
  let total = 0;
  for (const text of sourceTextNodes(container)) {
    if (text === node) return total + offset;
    if (boundary.comparePoint(text, text.length) > 0) return total;
    total += text.length;
  }
  return total;
}

function sourceLength(container: Node): number {
  return sourceTextNodes(container).reduce((sum, text) => sum + text.length, 0);
}

function clampedOffset(container: Node, node: Node, offset: number, length: number): number {
  if (container === node || container.contains(node)) return sourceOffset(container, node, offset);
  // A boundary outside the field: before it counts as its start, after it as its end.
  return container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING ? 0 : length;
}

/**
 * The part of the source text a selection covers inside `container`, or null when the selection
 * is empty or lies wholly outside it. A selection running on past the field is cut at its edges.
 */
export function selectionSpan(container: Node, range: Range | null): Span | null {
  if (!range || range.collapsed || !range.intersectsNode(container)) return null;
  const length = sourceLength(container);
  const start = clampedOffset(container, range.startContainer, range.startOffset, length);
  const end = clampedOffset(container, range.endContainer, range.endOffset, length);
  return end > start ? { start, end } : null;
}
