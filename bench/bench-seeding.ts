// What both halves of the browser benchmark share: a fresh database per seeded size, rows written
// in batches, and the median timing.
import { Dexie } from 'dexie';
import { setDatabaseForTests } from '../src/data/database';
import { createDatabase, type EscalateDatabase } from '../src/data/db';

/** Rows made and written this many at a time: few transactions, without holding a whole size. */
const BATCH = 500;

/**
 * An empty database named `bench-<name>` (one left by an earlier run is deleted first), opened and
 * made the app's.
 */
export async function freshBenchDatabase(name: string): Promise<EscalateDatabase> {
  const db = createDatabase(`bench-${name}`);
  await Dexie.delete(db.name);
  setDatabaseForTests(db);
  await db.open();
  return db;
}

/** Closes and deletes a database from `freshBenchDatabase`. */
export async function dropBenchDatabase(db: EscalateDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/**
 * Makes `count` items with `make(index)` (in order) and hands them to `write` a batch at a time,
 * waiting for each write before making the next batch.
 */
export async function seedInBatches<T>(
  count: number,
  make: (index: number) => Promise<T>,
  write: (batch: T[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < count; start += BATCH) {
    const batch: T[] = [];
    for (let index = start; index < Math.min(count, start + BATCH); index += 1) {
      batch.push(await make(index));
    }
    await write(batch);
  }
}

/** How long one run of `run` takes, in milliseconds. */
export async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The middle of `times` (the upper middle of an even count). */
export const middle = (times: number[]): number =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

/** The median of `runs` timings of `run`, after one warm-up. */
export async function median(run: () => Promise<unknown>, runs = 7): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await time(run));
  return middle(times);
}
