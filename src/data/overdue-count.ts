// How many open records are overdue, for the app icon's badge. Apart from the other queries because
// the layout counts this on every page: it needs only the database's clear index, so the first load
// carries neither the record repository nor the record schemas.
import { getDatabase } from './database';

/** How many open records are overdue at `now` (for the app icon's badge). */
export function countOverdue(now: string): Promise<number> {
  return getDatabase()
    .escalations.where('[status+dueSort]')
    .between(['open', ''], ['open', now], true, false)
    .count();
}
