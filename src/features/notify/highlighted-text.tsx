// A field's source text exactly as stored, with every proposed redaction and every span the user
// hid marked. Numbers and screen-reader notes are annotations, so selections map to source offsets.
import type { Ref } from 'react';
import type { Finding } from '../../domain/anonymise/anonymise';
import type { FieldReviewDraft } from '../../data/notifications-repository-review';
import { isHidden, type Span } from '../../domain/redaction/review-rules';
import { identifierWords, isLessCertain } from './redaction-words';

interface Piece extends Span {
  /** The proposal this piece belongs to, with its number (from 1). */
  proposal: { finding: Finding; number: number } | null;
  manual: boolean;
}

/** The source cut at every edge of a proposal or a hidden span, each piece labelled. */
export function piecesOf(
  source: string,
  findings: readonly Finding[],
  manual: readonly Span[],
): Piece[] {
  const edges = new Set([0, source.length]);
  for (const span of [...findings, ...manual]) {
    edges.add(span.start);
    edges.add(span.end);
  }
  const sorted = [...edges].filter((edge) => edge <= source.length).sort((a, b) => a - b);
  return sorted.slice(1).map((end, index) => {
    const start = sorted[index] ?? 0;
    const found = findings.findIndex((f) => f.start <= start && end <= f.end);
    const finding = findings[found];
    return {
      start,
      end,
      proposal: finding ? { finding, number: found + 1 } : null,
      manual: manual.some((span) => span.start <= start && end <= span.end),
    };
  });
}

function markClass(piece: Piece, field: FieldReviewDraft): string {
  const classes = ['notify-mark'];
  const finding = piece.proposal?.finding;
  if (finding) {
    classes.push(isHidden(finding, field) ? 'notify-mark--hidden' : 'notify-mark--kept');
    if (isLessCertain(finding.confidence)) classes.push('notify-mark--less-certain');
  }
  if (piece.manual) classes.push('notify-mark--manual');
  return classes.join(' ');
}

function ProposalNote({ piece, field }: { piece: Piece; field: FieldReviewDraft }) {
  const proposal = piece.proposal;
  if (!proposal || proposal.finding.end !== piece.end) return null;
  const { finding, number } = proposal;
  const outcome = isHidden(finding, field) ? 'will be hidden' : 'you chose to keep it';
  return (
    <>
      <sup data-annotation="" aria-hidden="true" className="notify-mark__number">
        {number}
      </sup>
      <span data-annotation="" className="visually-hidden">
        {` (proposal ${number}: ${identifierWords(finding.type)}, ${finding.reason}; ${outcome})`}
      </span>
    </>
  );
}

interface HighlightedTextProps {
  id: string;
  field: FieldReviewDraft;
  findings: readonly Finding[];
  containerRef?: Ref<HTMLDivElement>;
}

export function HighlightedText({ id, field, findings, containerRef }: HighlightedTextProps) {
  const pieces = piecesOf(field.source, findings, field.manual);
  return (
    <div id={id} className="notify-source" ref={containerRef}>
      {pieces.map((piece) => {
        const text = field.source.slice(piece.start, piece.end);
        if (!piece.proposal && !piece.manual) return text;
        const endsManual = piece.manual && field.manual.some((span) => span.end === piece.end);
        return (
          <mark key={piece.start} className={markClass(piece, field)}>
            {text}
            <ProposalNote piece={piece} field={field} />
            {endsManual && (
              <span data-annotation="" className="visually-hidden">
                {' (you hid this)'}
              </span>
            )}
          </mark>
        );
      })}
    </div>
  );
}
