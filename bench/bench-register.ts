// The register's half of the browser benchmark: importing 1,000 notification PDFs, the register's
// first screen, a filter and the themes at 100 and 10,000 entries, and the themes report PDF for
// 10,000. The PDFs are made here, in the page: one real notification rendered by the app, then
// 1,000 copies each carrying its own case reference in a fresh packet of the same length.
import { setDatabaseForTests } from '../src/data/database';
import type { EscalateDatabase } from '../src/data/db';
import { recountRegisterCounts } from '../src/data/register-counts';
import { readRegisterPage, readThemes } from '../src/data/register-queries';
import {
  importNotificationFiles,
  registerTables,
  toRegisterRow,
} from '../src/data/register-repository';
import { setUpVault } from '../src/data/vault-session';
import type { IsoDate, IsoDateTime } from '../src/domain/calendar/iso-date';
import { CASE_REFERENCE_ALPHABET } from '../src/domain/escalation/case-reference';
import { agencyTypes } from '../src/domain/policy/agency-type';
import { builtInPacks } from '../src/domain/policy/built-in-packs';
import {
  notificationDataOf,
  type NotificationData,
} from '../src/domain/register/notification-data';
import { notificationPacket } from '../src/domain/register/notification-packet';
import { disagreementThemes } from '../src/domain/register/notification-themes';
import { entryFromNotification } from '../src/domain/register/register-entry';
import { NO_FILTER } from '../src/domain/register/register-filter';
import { testNotificationData } from '../src/domain/register/register-test-data';
import type { Period } from '../src/domain/register/themes';
import { generateNotificationPdf } from '../src/pdf/generate-notification';
import { generateThemesPdf } from '../src/pdf/generate-themes';
import { sampleNotificationModel } from '../test/fixtures/notifications/sample-notification';
import {
  dropBenchDatabase,
  freshBenchDatabase,
  median,
  middle,
  seedInBatches,
  time,
} from './bench-seeding';

const PASSPHRASE = 'bench passphrase register orchard';
const RECEIVED = '2026-11-24' as IsoDate;
const NOW = '2026-11-24T10:00:00.000Z' as IsoDateTime;
/** The period the themes look at: the last complete half-year before the bench's "today". */
const PERIOD: Period = { from: '2026-04-01' as IsoDate, to: '2026-09-30' as IsoDate };
const NEWEST_FIRST = { key: 'received', direction: 'descending' } as const;
const PAGE_SIZE = 50;

let db: EscalateDatabase | undefined;
/** Databases made by this run, deleted at the next run's start. */
const made: EscalateDatabase[] = [];

/**
 * An empty database, made current. The first has its own vault; later ones (`sameVault`) take its
 * header and are sealed with the same unlocked key, so two registers can be timed turn about.
 */
async function freshRegister(name: string, sameVault = false): Promise<void> {
  const vault = sameVault && db ? await db.settings.toArray() : null;
  db = await freshBenchDatabase(`register-${name}`);
  made.push(db);
  if (vault) await db.settings.bulkPut(vault);
  else await setUpVault(PASSPHRASE);
}

async function dropRegisters(): Promise<void> {
  for (const database of made.splice(0)) await dropBenchDatabase(database);
  db = undefined;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const bytesOf = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** `ESC-XXXX-BNCH` for `index`: the same length as every app-made case reference. */
function benchCaseRef(index: number): string {
  let code = '';
  let rest = index;
  for (let place = 0; place < 4; place += 1) {
    code += CASE_REFERENCE_ALPHABET.charAt(rest % CASE_REFERENCE_ALPHABET.length);
    rest = Math.floor(rest / CASE_REFERENCE_ALPHABET.length);
  }
  return `ESC-${code}-BNCH`;
}

/** `count` real notification PDFs, each with its own case reference. */
async function notificationPdfs(count: number): Promise<{ files: Uint8Array[]; kb: number }> {
  const pack = builtInPacks.find((candidate) => candidate.id === 'wiltshire-scb-2013');
  if (!pack) throw new Error('no Wiltshire pack');
  const model = sampleNotificationModel(pack);
  const data = notificationDataOf(model);
  if (!data || !model.caseRef) throw new Error('the sample carries no data');
  const pdf = latin1(new Uint8Array(await (await generateNotificationPdf(model)).arrayBuffer()));
  const packet = notificationPacket(data);
  const at = pdf.indexOf(packet);
  if (at < 0) throw new Error('the rendered PDF does not carry the packet as written');
  const json = JSON.stringify(data);
  const files = Array.from({ length: count }, (_, index) => {
    const next = JSON.parse(
      json.split(model.caseRef as string).join(benchCaseRef(index)),
    ) as NotificationData;
    const replaced = notificationPacket(next);
    if (replaced.length !== packet.length) throw new Error('packet length changed');
    return bytesOf(pdf.slice(0, at) + replaced + pdf.slice(at + packet.length));
  });
  return { files, kb: pdf.length / 1024 };
}

/** Imports `count` notification PDFs into an empty register, once (a second run would be duplicates). */
async function importTiming(count: number) {
  const { files, kb } = await notificationPdfs(count);
  await dropRegisters();
  await freshRegister(`import-${count}`);
  const chosen = files.map((bytes, index) => ({
    name: `notification-${index}.pdf`,
    size: bytes.length,
    bytes: async () => bytes,
  }));
  const start = performance.now();
  const results = await importNotificationFiles(chosen, RECEIVED, NOW);
  const ms = performance.now() - start;
  const imported = results.filter((result) => result.outcome === 'imported').length;
  if (imported !== count) throw new Error(`only ${imported} of ${count} imported`);
  return { ms, count, kb };
}

function day(offset: number): string {
  return new Date(Date.UTC(2026, 10, 24) - offset * 86_400_000).toISOString().slice(0, 10);
}

/** A register of `count` entries received over the last two years, varied in every fact. */
async function seedRegister(count: number): Promise<EscalateDatabase> {
  await freshRegister(`entries-${count}`, true);
  const database = db;
  if (!database) throw new Error('no database');
  await seedInBatches(
    count,
    (index) => {
      const theme = disagreementThemes[index % disagreementThemes.length] ?? 'other';
      const resolved = index % 3 !== 0;
      const received = day(index % 730);
      const data = testNotificationData(benchCaseRef(index), `${received}T09:00:00.000Z`, {
        categories: [{ id: theme, label: theme, theme }],
        about: [theme],
        receivingAgencyTypes: [agencyTypes[index % agencyTypes.length] ?? 'other'],
        ending: resolved ? 'resolved' : 'open',
        endedOn: resolved ? (received as IsoDate) : null,
        workingDaysToResolution: resolved ? 1 + (index % 30) : null,
      });
      const entry = entryFromNotification(
        `entry-${index}`,
        data,
        index.toString(16).padStart(64, '0'),
        received as IsoDate,
      );
      return toRegisterRow(entry);
    },
    async (rows) => {
      await database.registerEntries.bulkAdd(rows);
    },
  );
  // Written in bulk, as a restore writes them, so counted once as a restore counts them.
  await database.transaction('rw', registerTables(database), () => recountRegisterCounts(database));
  return database;
}

/**
 * What the register page reads for its first screen: the newest page of 50, opened, with the
 * register's total (and the filters' choices).
 */
async function firstScreen(): Promise<void> {
  const page = await readRegisterPage({
    filter: NO_FILTER,
    sort: NEWEST_FIRST,
    page: 0,
    pageSize: PAGE_SIZE,
  });
  if (page.entries.length !== Math.min(PAGE_SIZE, page.total)) throw new Error('page not full');
}

/**
 * A filter applied (unresolved, about communication): its count, and its first page (of `size`)
 * opened. Returns how many rows the page shows.
 */
async function filter(size = PAGE_SIZE): Promise<number> {
  const page = await readRegisterPage({
    filter: { ...NO_FILTER, resolved: 'unresolved', theme: 'communication' },
    sort: NEWEST_FIRST,
    page: 0,
    pageSize: size,
  });
  if (page.entries.some((entry) => entry.facts.ending === 'resolved'))
    throw new Error('unfiltered');
  return page.entries.length;
}

/**
 * Times `run` on the small and the large register turn about (the median of each), so a busy
 * machine slows both alike rather than whichever happened to run in the busy moment.
 */
async function turnAbout(
  small: EscalateDatabase,
  large: EscalateDatabase,
  run: () => Promise<unknown>,
  runs = 9,
): Promise<{ small: number; large: number }> {
  const times = { small: [] as number[], large: [] as number[] };
  for (let i = -1; i < runs; i++) {
    for (const [which, database] of [
      ['small', small],
      ['large', large],
    ] as const) {
      setDatabaseForTests(database);
      const ms = await time(run);
      if (i >= 0) times[which].push(ms); // the first turn warms up
    }
  }
  return { small: middle(times.small), large: middle(times.large) };
}

/** The register's figures, for bench/bench-entry.ts. */
export async function registerFigures(small: number, large: number, imports: number) {
  const importing = await importTiming(imports);
  const smallDb = await seedRegister(small);
  const largeDb = await seedRegister(large);
  const first = await turnAbout(smallDb, largeDb, firstScreen);
  const filtered = await turnAbout(smallDb, largeDb, () => filter());
  setDatabaseForTests(smallDb);
  const smallShown = await filter();
  setDatabaseForTests(largeDb);
  const largeShown = await filter();
  // The small register has fewer matches than a page: the same filter showing as many rows at
  // both sizes tells the register's growth apart from the page's.
  const sameRows = await turnAbout(smallDb, largeDb, () => filter(smallShown));
  const themes = await turnAbout(smallDb, largeDb, () => readThemes(PERIOD));
  const atSmall = {
    firstScreen: first.small,
    filter: filtered.small,
    filterShown: smallShown,
    filterSameRows: sameRows.small,
    themes: themes.small,
  };
  const atLarge = {
    firstScreen: first.large,
    filter: filtered.large,
    filterShown: largeShown,
    filterSameRows: sameRows.large,
    themes: themes.large,
  };
  const everything: Period = { from: day(730) as IsoDate, to: RECEIVED };
  const { report } = await readThemes(everything);
  let bytes = 0;
  const themesPdf = await median(async () => {
    bytes = (await generateThemesPdf(report, 'Bench Safeguarding Partnership')).size;
  }, 3);
  return { importing, atSmall, atLarge, themesPdf: { ms: themesPdf, bytes, count: report.total } };
}
