// Calendar dates and instants as branded strings, so a date is never mistaken for free text or a timestamp.

declare const isoDateBrand: unique symbol;
declare const isoDateTimeBrand: unique symbol;

/** A calendar date, `YYYY-MM-DD`, with no time zone. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/** An instant, as produced by `Date.prototype.toISOString()` (UTC, `YYYY-MM-DDTHH:mm:ss.sssZ`). */
export type IsoDateTime = string & { readonly [isoDateTimeBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date in `YYYY-MM-DD` form (so 2023-02-29 is false). */
export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Checks and brands a `YYYY-MM-DD` string; throws on anything else (use at trusted boundaries only). */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${value}`);
  return value;
}

/** True when `value` is an ISO 8601 UTC instant as written by `toISOString()`. */
export function isIsoDateTime(value: string): value is IsoDateTime {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(value) &&
    isIsoDate(value.slice(0, 10)) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** Checks and brands an instant string; throws on anything else. */
export function isoDateTime(value: string): IsoDateTime {
  if (!isIsoDateTime(value)) throw new RangeError(`Not an ISO instant: ${value}`);
  return value;
}

/** The UTC calendar date of an instant. */
export function dateOf(instant: IsoDateTime): IsoDate {
  return instant.slice(0, 10) as IsoDate;
}
