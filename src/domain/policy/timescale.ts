// How long a stage may take, as typed data (DESIGN.md §3): every pack timescale is one of these.
import { z } from 'zod';
import { builtOnFirstUse } from '../built-on-first-use';
import { countOf } from '../plural';

/**
 * A timescale as a policy states it.
 * - `immediate`: act now (the urgent routes).
 * - `same-working-day`: by the end of the working day the stage started on.
 * - `hours`: N clock hours from the start.
 * - `working-days`: N working days after the start.
 * - `working-week`: one working week, i.e. five working days.
 * - `none-stated`: the policy sets no timescale; the app shows no due date.
 */
const buildTimescaleSchema = () =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('immediate') }),
    z.strictObject({ kind: z.literal('same-working-day') }),
    z.strictObject({
      kind: z.literal('hours'),
      hours: z
        .number()
        .int()
        .positive()
        .max(24 * 30),
    }),
    z.strictObject({ kind: z.literal('working-days'), days: z.number().int().positive().max(260) }),
    z.strictObject({ kind: z.literal('working-week') }),
    z.strictObject({ kind: z.literal('none-stated') }),
  ]);

/** Checks a timescale. Built on first use, as partial-date.ts explains. */
export const timescaleSchema = builtOnFirstUse(buildTimescaleSchema);

export type Timescale = z.infer<ReturnType<typeof buildTimescaleSchema>>;

/** The timescale in plain words, e.g. "within 5 working days". */
export function describeTimescale(timescale: Timescale): string {
  switch (timescale.kind) {
    case 'immediate':
      return 'immediately';
    case 'same-working-day':
      return 'the same working day';
    case 'hours':
      return `within ${countOf(timescale.hours, 'hour')}`;
    case 'working-days':
      return `within ${countOf(timescale.days, 'working day')}`;
    case 'working-week':
      return 'within one working week';
    case 'none-stated':
      return 'no timescale stated';
  }
}
