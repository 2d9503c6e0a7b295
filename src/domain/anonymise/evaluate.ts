// Measures the anonymiser against a gold-standard corpus: precision and recall per identifier type,
// by span overlap. Used by the quality test and by the benchmark.
import { anonymise } from './anonymise';
import {
  identifierTypes,
  overlaps,
  type AnonymiseContext,
  type Finding,
  type IdentifierType,
  type KnownClient,
  type Span,
} from './types';

/** A gold-standard identifier: its type and where it is in the case text. */
export interface GoldSpan extends Span {
  type: IdentifierType;
}

/** One case note with its client record and every identifier marked. */
export interface EvaluationCase {
  id: string;
  text: string;
  client: KnownClient;
  context?: AnonymiseContext;
  gold: GoldSpan[];
}

/**
 * Counts for one identifier type. `truePositives` are gold spans overlapped by a finding of the
 * same type, `falseNegatives` the gold spans that were not, `falsePositives` the findings that
 * overlap no gold span of their type. Precision is the share of findings that hit a gold span
 * (a finding covering two gold spans counts once), recall the share of gold spans found.
 */
export interface TypeScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** A gold span the anonymiser missed, or a finding with no gold span. */
export interface EvaluationError {
  caseId: string;
  type: IdentifierType;
  text: string;
  context: string;
}

/** The whole measurement: per type, overall, and the individual misses and false alarms. */
export interface AnonymiserMeasurement {
  byType: Partial<Record<IdentifierType, TypeScore>>;
  overall: TypeScore;
  /** Share of gold spans covered by a finding of any type: what actually stops a leak. */
  redactionRecall: number;
  /**
   * Share of findings that overlap a gold span of any type. One minus it is the share of proposals
   * that would hide what should stay: a street the key calls a place and the anonymiser an address
   * is hidden rightly under either label, so it is not counted here as wrongly hidden.
   */
  redactionPrecision: number;
  missed: EvaluationError[];
  spurious: EvaluationError[];
}

interface Tally {
  found: number;
  gold: number;
  hits: number;
  findings: number;
}

function excerpt(text: string, span: Span): string {
  return text.slice(Math.max(0, span.start - 30), span.end + 30).replace(/\s+/g, ' ');
}

function score(tally: Tally): TypeScore {
  const falsePositives = tally.findings - tally.hits;
  return {
    truePositives: tally.found,
    falsePositives,
    falseNegatives: tally.gold - tally.found,
    precision: tally.findings === 0 ? 1 : tally.hits / tally.findings,
    recall: tally.gold === 0 ? 1 : tally.found / tally.gold,
  };
}

/** Per case: gold spans covered by any finding, and findings that overlap any gold span. */
interface Coverage {
  covered: number;
  onIdentifier: number;
}

function tallyCase(
  item: EvaluationCase,
  findings: readonly Finding[],
  tallies: Map<IdentifierType, Tally>,
  out: AnonymiserMeasurement,
): Coverage {
  let covered = 0;
  let onIdentifier = 0;
  const tallyOf = (type: IdentifierType): Tally => {
    const tally = tallies.get(type) ?? { found: 0, gold: 0, hits: 0, findings: 0 };
    tallies.set(type, tally);
    return tally;
  };
  for (const gold of item.gold) {
    const tally = tallyOf(gold.type);
    tally.gold += 1;
    if (findings.some((f) => f.type === gold.type && overlaps(f, gold))) tally.found += 1;
    else
      out.missed.push({
        caseId: item.id,
        type: gold.type,
        text: item.text.slice(gold.start, gold.end),
        context: excerpt(item.text, gold),
      });
    if (findings.some((f) => overlaps(f, gold))) covered += 1;
  }
  for (const finding of findings) {
    const tally = tallyOf(finding.type);
    tally.findings += 1;
    if (item.gold.some((g) => overlaps(g, finding))) onIdentifier += 1;
    if (item.gold.some((g) => g.type === finding.type && overlaps(g, finding))) tally.hits += 1;
    else
      out.spurious.push({
        caseId: item.id,
        type: finding.type,
        text: finding.original,
        context: excerpt(item.text, finding),
      });
  }
  return { covered, onIdentifier };
}

/**
 * Runs the anonymiser over every case and scores its findings against the gold spans, per
 * identifier type and overall (span-overlap matching; the type must agree).
 */
export function measureAnonymiser(corpus: readonly EvaluationCase[]): AnonymiserMeasurement {
  const tallies = new Map<IdentifierType, Tally>();
  const out: AnonymiserMeasurement = {
    byType: {},
    overall: score({ found: 0, gold: 0, hits: 0, findings: 0 }),
    redactionRecall: 1,
    redactionPrecision: 1,
    missed: [],
    spurious: [],
  };
  let covered = 0;
  let onIdentifier = 0;
  for (const item of corpus) {
    const { findings } = anonymise(item.text, item.client, item.context);
    const coverage = tallyCase(item, findings, tallies, out);
    covered += coverage.covered;
    onIdentifier += coverage.onIdentifier;
  }
  const total: Tally = { found: 0, gold: 0, hits: 0, findings: 0 };
  for (const type of identifierTypes) {
    const tally = tallies.get(type);
    if (!tally) continue;
    out.byType[type] = score(tally);
    for (const key of ['found', 'gold', 'hits', 'findings'] as const) total[key] += tally[key];
  }
  out.overall = score(total);
  out.redactionRecall = total.gold === 0 ? 1 : covered / total.gold;
  out.redactionPrecision = total.findings === 0 ? 1 : onIdentifier / total.findings;
  return out;
}

/** The measurement as a fixed-width table, one row per type and an overall row. */
export function formatMeasurement(measurement: AnonymiserMeasurement): string {
  const pad = (value: string | number, width: number): string => String(value).padStart(width);
  const row = (label: string, s: TypeScore): string =>
    `${label.padEnd(14)}${pad(s.truePositives, 5)}${pad(s.falsePositives, 5)}${pad(s.falseNegatives, 5)}${pad(s.precision.toFixed(3), 10)}${pad(s.recall.toFixed(3), 8)}`;
  const lines = [
    `${'type'.padEnd(14)}${pad('TP', 5)}${pad('FP', 5)}${pad('FN', 5)}${pad('precision', 10)}${pad('recall', 8)}`,
  ];
  for (const type of identifierTypes) {
    const s = measurement.byType[type];
    if (s) lines.push(row(type, s));
  }
  lines.push(row('overall', measurement.overall));
  lines.push(`redaction recall (any type): ${measurement.redactionRecall.toFixed(3)}`);
  lines.push(`redaction precision (any type): ${measurement.redactionPrecision.toFixed(3)}`);
  return lines.join('\n');
}
