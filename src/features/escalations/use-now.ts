// The current time for screens that show what is due, re-read every minute.
import { useEffect, useState } from 'react';
import type { IsoDate, IsoDateTime } from '../../domain/calendar/iso-date';
import { londonDateOf, londonInstant } from '../../domain/calendar/london-time';

export interface Now {
  now: IsoDateTime;
  today: IsoDate;
  /** The last minute of today in UK time. */
  endOfToday: IsoDateTime;
}

function read(): Now {
  const now = new Date().toISOString() as IsoDateTime;
  const today = londonDateOf(now);
  return { now, today, endOfToday: londonInstant(today, 24 * 60 - 1) };
}

export function useNow(everyMs = 60_000): Now {
  const [value, setValue] = useState(read);
  useEffect(() => {
    const timer = setInterval(() => setValue(read()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return value;
}
