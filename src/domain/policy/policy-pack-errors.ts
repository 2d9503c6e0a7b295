// Turns zod's validation issues into plain-English errors that name the path to the problem,
// e.g. `stages[2].timescale.kind: "fortnight" is not a timescale; use one of …`.
import type { z } from 'zod';
import { countOf } from '../plural';

/** One problem with a pack file: where it is (`''` for the whole file) and what is wrong. */
export interface PolicyPackError {
  readonly path: string;
  /** Starts with the path, so it reads on its own, e.g. in an error summary. */
  readonly message: string;
}

export type PathSegment = PropertyKey;

/** At most this many errors are listed; a last entry says how many more there were. */
export const MAX_REPORTED_ERRORS = 50;

/** `['stages', 2, 'timescale']` → `stages[2].timescale`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const key = String(segment);
    return text === '' ? key : `${text}.${key}`;
  }, '');
}

/** What a discriminator chooses between, named by the field that holds it. */
const UNION_NOUNS: Readonly<Record<string, string>> = {
  timescale: 'a timescale',
  directories: 'a kind of directory',
};

/** What an enum field holds, named by the field. */
const ENUM_NOUNS: Readonly<Record<string, string>> = {
  audience: 'an audience',
  appliesTo: 'an agency type',
  agencyType: 'an agency type',
  purpose: 'a directory purpose',
  situation: 'an urgent situation',
  topic: 'a specific-process topic',
  kind: 'a kind of scope note',
  binding: 'a field binding',
  origin: 'an origin',
  layout: 'a form layout',
  event: 'a notification event',
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** Plain-English errors for zod issues, in order, each message prefixed with its path. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): PolicyPackError[] {
  const errors = issues.flatMap(describeIssue);
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const more = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: '', message: `… and ${countOf(more, 'more problem')} not listed here.` },
  ];
}

function describeIssue(issue: z.core.$ZodIssue): PolicyPackError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = formatPath([...issue.path, key]);
      return error(path, `"${key}" is not a field here; remove it or check its spelling`);
    });
  }
  const path = formatPath(issue.path);
  if (path === '' && issue.code === 'invalid_type') {
    return [
      error(
        '',
        `The file must hold one JSON object (a policy pack), but it holds ${describeValue(issue.input)}.`,
      ),
    ];
  }
  return [error(path, messageFor(issue))];
}

function error(path: string, message: string): PolicyPackError {
  return { path, message: path === '' ? message : `${path}: ${message}` };
}

function messageFor(issue: z.core.$ZodIssue): string {
  const key = lastKey(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return missingMessage(key, issue.expected);
      return `expected ${EXPECTED[issue.expected] ?? issue.expected} but found ${describeValue(issue.input)}`;
    case 'invalid_union':
      return unionMessage(issue);
    case 'invalid_value':
      return valueMessage(key, issue.input, issue.values);
    case 'too_small':
      return sizeMessage(key, issue.origin, 'at least', issue.minimum);
    case 'too_big':
      return sizeMessage(key, issue.origin, 'at most', issue.maximum);
    default:
      return issue.message;
  }
}

function missingMessage(key: string | undefined, expected: string): string {
  if (key === 'stages') return 'is missing; a pack needs a list of at least one stage';
  return `is missing; expected ${EXPECTED[expected] ?? expected}`;
}

function unionMessage(issue: z.core.$ZodIssue & { code: 'invalid_union' }): string {
  if (issue.discriminator === undefined || issue.errors.length > 0 || !('options' in issue)) {
    return issue.message;
  }
  const input = issue.input as Record<string, unknown> | undefined;
  const value = input?.[issue.discriminator];
  const options = (issue.options ?? []).map(String).join(', ');
  const holder = lastKey(issue.path.slice(0, -1));
  const noun = (holder !== undefined && UNION_NOUNS[holder]) || `a valid ${issue.discriminator}`;
  if (value === undefined) return `is missing; use one of ${options}`;
  return `${describeLiteral(value)} is not ${noun}; use one of ${options}`;
}

function valueMessage(key: string | undefined, input: unknown, values: readonly unknown[]): string {
  const found = input === undefined ? 'is missing' : `${describeLiteral(input)} is not`;
  if (key === 'format') {
    return `${found} "${String(values[0])}"; this file is not an Escalate policy pack`;
  }
  if (key === 'formatVersion') {
    return `${found} ${String(values[0])}; this app reads version ${String(values[0])} of the policy pack format`;
  }
  const options = values.map(String).join(', ');
  if (input === undefined) return `is missing; use one of ${options}`;
  const noun = (key !== undefined && ENUM_NOUNS[key]) || 'allowed here';
  return `${found} ${noun}; use one of ${options}`;
}

function sizeMessage(
  key: string | undefined,
  origin: string,
  bound: 'at least' | 'at most',
  limit: number | bigint,
): string {
  if (origin === 'array') {
    if (key === 'stages' && bound === 'at least')
      return 'is empty; a pack needs at least one stage';
    if (bound === 'at least' && Number(limit) === 1) return 'is empty; it needs at least one item';
    return `must have ${bound} ${limit} item${Number(limit) === 1 ? '' : 's'}`;
  }
  if (origin === 'string') {
    if (bound === 'at least' && Number(limit) === 1) return 'must not be empty';
    return `must be ${bound} ${limit} characters long`;
  }
  if (bound === 'at least' && Number(limit) === 0) return 'must be more than 0';
  return `must be ${bound} ${limit}`;
}

function lastKey(path: readonly PathSegment[]): string | undefined {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  return typeof key === 'string' ? key : undefined;
}

function describeLiteral(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : describeValue(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}
