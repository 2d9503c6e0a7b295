// Identifying numbers that only their cue word gives away: passport, driving-licence, ULN,
// hospital (MRN), CHI, H&C, PNC and patient numbers ("passport no. 123456789").
import { makeFinding, type Finding } from './types';

const CUE = String.raw`(?:passport|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|licen[cs]e|ULN|unique\s+learner(?:\s+number)?|hospital|MRN|medical\s+record|CHI|H\s?&\s?C|H\s+and\s+C|PNC|patient|unit|RXR)`;
const VALUE = String.raw`[\p{L}\p{N}]*\d[\p{L}\p{N}]*(?:[ -][\p{L}\p{N}]*\d[\p{L}\p{N}]*){0,3}`;
const CUED_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CUE}(?:\s+(?:no\.?|number|num|nos?|ref(?:erence)?|id|is|was))*\s*[:#.=-]?\s*(${VALUE})(?![\p{L}\p{N}])`,
  'giu',
);

/** Numbers after the cue words that say what they are; at least four digits. */
export function findCuedNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CUED_NUMBER)) {
    const value = match[1] ?? '';
    if ((value.match(/\d/g) ?? []).length < 4) continue;
    const start = match.index + match[0].length - value.length;
    findings.push(
      makeFinding(
        text,
        { start, end: start + value.length },
        {
          type: 'other-number',
          replacement: '[number]',
          reason: 'An identifying number after its cue word',
          confidence: 'high',
        },
      ),
    );
  }
  return findings;
}
