// How many open records are overdue, for the app icon's badge. Kept apart from the record queries
// so the app shell, which shows the badge on every page, does not load them on first paint.
import { getDatabase } from './database';

/** How many open records are overdue at `now` (an ISO date-time); reads the index only. */
export function countOverdue(now: string): Promise<number> {
  return getDatabase()
    .escalations.where('[status+dueSort]')
    .between(['open', ''], ['open', now], true, false)
    .count();
}
