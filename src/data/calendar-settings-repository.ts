// The user's working-day calendar: which UK bank holidays apply, and their organisation's own
// closure days. Every due date is counted with these.
import type { Region } from '../domain/calendar/working-days';
import type { IsoDate } from '../domain/calendar/iso-date';
import { readSetting, useSetting, writeSetting } from './settings-repository';

export interface CalendarSettings {
  region: Region;
  closedDays: IsoDate[];
}

const KEY = 'calendar.settings';
export const DEFAULT_CALENDAR: CalendarSettings = { region: 'england-and-wales', closedDays: [] };

/** The calendar settings, live (undefined while loading). */
export function useCalendarSettings(): CalendarSettings | undefined {
  return useSetting<CalendarSettings>(KEY, DEFAULT_CALENDAR);
}

/** The calendar settings, once. */
export function readCalendarSettings(): Promise<CalendarSettings> {
  return readSetting<CalendarSettings>(KEY, DEFAULT_CALENDAR);
}

/** Saves the calendar settings; closure days are kept sorted and without repeats. */
export function saveCalendarSettings(settings: CalendarSettings): Promise<void> {
  const closedDays = [...new Set(settings.closedDays)].sort();
  return writeSetting(KEY, { region: settings.region, closedDays });
}
