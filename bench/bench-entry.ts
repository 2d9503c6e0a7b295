// The browser half of `npm run bench`: built by vite.bench.config.ts, loaded in headless Chromium
// by scripts/bench.mjs, which calls these functions and prints the figures against budgets.
import type { ClientRow, DiscussionRow, EscalateDatabase, EscalationRow } from '../src/data/db';
import { readClientLabels, readDashboard, searchEscalations } from '../src/data/escalation-queries';
import {
  openDiscussionRows,
  openEscalationRow,
  toDiscussionRow,
  toEscalationRow,
} from '../src/data/escalations-repository';
import { adjustOpenCounts } from '../src/data/open-counts';
import { lock, seal, setUpVault, unlock } from '../src/data/vault-session';
import { DEFAULT_PBKDF2_ITERATIONS } from '../src/data/vault/key-derivation';
import { anonymise } from '../src/domain/anonymise/anonymise';
import { measureAnonymiser } from '../src/domain/anonymise/evaluate';
import { builtInPacks } from '../src/domain/policy/built-in-packs';
import {
  buildNotificationModel,
  freeTextFieldsForReview,
} from '../src/domain/notification/notification-model';
import { generateNotificationPdf } from '../src/pdf/generate-notification';
import { anonymiserCorpus } from '../test/fixtures/anonymiser/corpus';
import { blindCases } from '../test/fixtures/anonymiser/blind/corpus-blind';
import { devCorpus } from '../test/fixtures/anonymiser/corpus-dev';
import devFirstScore from '../test/fixtures/anonymiser/dev-first-score.json';
import { dev2Corpus } from '../test/fixtures/anonymiser/corpus-dev2';
import dev2FirstScore from '../test/fixtures/anonymiser/dev2-first-score.json';
import { dev3Corpus } from '../test/fixtures/anonymiser/corpus-dev3';
import dev3FirstScore from '../test/fixtures/anonymiser/dev3-first-score.json';
import { dev4Corpus } from '../test/fixtures/anonymiser/corpus-dev4';
import dev4FirstScore from '../test/fixtures/anonymiser/dev4-first-score.json';
import { dev5Corpus } from '../test/fixtures/anonymiser/corpus-dev5';
import dev5FirstScore from '../test/fixtures/anonymiser/dev5-first-score.json';
import { dev6Corpus } from '../test/fixtures/anonymiser/corpus-dev6';
import dev6FirstScore from '../test/fixtures/anonymiser/dev6-first-score.json';
import { dev7Corpus } from '../test/fixtures/anonymiser/corpus-dev7';
import dev7FirstScore from '../test/fixtures/anonymiser/dev7-first-score.json';
import { dev8Corpus } from '../test/fixtures/anonymiser/corpus-dev8';
import dev8FirstScore from '../test/fixtures/anonymiser/dev8-first-score.json';
import { dev9Corpus } from '../test/fixtures/anonymiser/corpus-dev9';
import dev9FirstScore from '../test/fixtures/anonymiser/dev9-first-score.json';
import { dev10Corpus } from '../test/fixtures/anonymiser/corpus-dev10';
import dev10FirstScore from '../test/fixtures/anonymiser/dev10-first-score.json';
import { dev11Corpus } from '../test/fixtures/anonymiser/corpus-dev11';
import dev11FirstScore from '../test/fixtures/anonymiser/dev11-first-score.json';
import { dev12Corpus } from '../test/fixtures/anonymiser/corpus-dev12';
import dev12FirstScore from '../test/fixtures/anonymiser/dev12-first-score.json';
import { dev13Corpus } from '../test/fixtures/anonymiser/corpus-dev13';
import dev13FirstScore from '../test/fixtures/anonymiser/dev13-first-score.json';
import { dev14Corpus } from '../test/fixtures/anonymiser/corpus-dev14';
import dev14FirstScore from '../test/fixtures/anonymiser/dev14-first-score.json';
import { dev15Corpus } from '../test/fixtures/anonymiser/corpus-dev15';
import dev15FirstScore from '../test/fixtures/anonymiser/dev15-first-score.json';
import { dev16Corpus } from '../test/fixtures/anonymiser/corpus-dev16';
import dev16FirstScore from '../test/fixtures/anonymiser/dev16-first-score.json';
import blindFirstScore from '../test/fixtures/anonymiser/blind-first-score.json';
import {
  SAMPLE_GENERATED_AT,
  sampleEscalation as notificationSample,
  simulatedReview,
} from '../test/fixtures/notifications/sample-escalation';
import { sampleDiscussion, sampleEscalation } from '../test/fixtures/escalations/sample-escalation';
import { registerFigures } from './bench-register';
import { dropBenchDatabase, freshBenchDatabase, median, seedInBatches } from './bench-seeding';

const PASSPHRASE = 'bench passphrase lantern orchard';
let db: EscalateDatabase;

function day(offset: number): string {
  return new Date(Date.UTC(2026, 10, 24) + offset * 86_400_000).toISOString();
}

/** Fresh database with `count` escalations and `discussionsEach` discussions each; record 0 gets `bigRecord`. */
async function seed(
  count: number,
  discussionsEach: number,
  bigRecord: number,
  sealed: boolean,
): Promise<void> {
  if (db) await dropBenchDatabase(db);
  const database = await freshBenchDatabase(`${sealed ? 'sealed' : 'plain'}-${count}`);
  db = database;
  await seedInBatches(
    count,
    async (i) => {
      const id = `esc-${i}`;
      const escalation = sampleEscalation(
        {
          id,
          caseRef: `ESC-${String(i).padStart(4, '0')}-BNCH`,
          createdAt: day(-(i % 300)) as never,
          status: i % 3 === 0 ? 'resolved' : 'open',
        },
        day((i % 40) - 20),
      );
      const row: EscalationRow = sealed
        ? await toEscalationRow(escalation)
        : { ...(await toEscalationRow(escalation)), sealed: escalation as never };
      const client = { child: { firstName: 'Bench', lastName: `Child${i}` } };
      const clients: ClientRow[] = sealed
        ? [{ escalationId: id, sealed: await seal('clients', id, client) }]
        : [];
      const discussions: DiscussionRow[] = [];
      const n = i === 0 ? bigRecord : discussionsEach;
      for (let k = 1; k <= n; k++) {
        const discussion = sampleDiscussion({ id: `${id}-d${k}`, escalationId: id, sequence: k });
        discussions.push(
          sealed
            ? await toDiscussionRow(discussion)
            : { ...(await toDiscussionRow(discussion)), sealed: discussion as never },
        );
      }
      return { row, clients, discussions };
    },
    async (batch) => {
      const rows = batch.map((record) => record.row);
      const tables = [
        database.escalations,
        database.clients,
        database.discussions,
        database.openCounts,
      ];
      await database.transaction('rw', tables, async () => {
        await database.escalations.bulkAdd(rows);
        await adjustOpenCounts(database, [], rows);
        await database.clients.bulkAdd(batch.flatMap((record) => record.clients));
        await database.discussions.bulkAdd(batch.flatMap((record) => record.discussions));
      });
    },
  );
}

async function firstScreen(): Promise<void> {
  await readDashboard('2026-11-24T12:00:00.000Z', '2026-11-24T23:59:00.000Z');
}

/** The first screen as the unlocked user sees it: the dashboard, then the names of its rows. */
async function namedFirstScreen(): Promise<void> {
  const data = await readDashboard('2026-11-24T12:00:00.000Z', '2026-11-24T23:59:00.000Z');
  const ids = [...data.overdue, ...data.dueToday, ...data.upcoming].map((row) => row.id);
  const labels = await readClientLabels(ids);
  if (labels.size !== ids.length) throw new Error('names missing');
}

async function search(): Promise<void> {
  await searchEscalations({ status: 'open', createdFrom: '2026-06-01' }, { offset: 0, limit: 25 });
}

async function openRecord(): Promise<void> {
  const row = await db.escalations.get('esc-0');
  const discussions = await db.discussions
    .where('[escalationId+sequence]')
    .between(['esc-0', 0], ['esc-0', Infinity])
    .toArray();
  if (!row) throw new Error('no record');
  await Promise.all([openEscalationRow(row), openDiscussionRows(discussions)]);
}

async function decryptList(n: number): Promise<void> {
  const rows = await db.escalations.limit(n).toArray();
  await Promise.all(rows.map(openEscalationRow));
}

/** Records timings at a given size. */
async function recordTimings(count: number, discussionsEach: number) {
  await seed(count, discussionsEach, 200, true);
  return {
    dashboard: await median(firstScreen),
    namedDashboard: await median(namedFirstScreen),
    search: await median(search),
    openRecord: await median(openRecord),
  };
}

async function pdfTiming(pages: 'one' | 'ten') {
  const pack = builtInPacks.find((p) => p.id === 'wiltshire-scb-2013') ?? builtInPacks[0];
  if (!pack) throw new Error('no packs');
  const options =
    pages === 'one'
      ? { stageCount: 1, discussionsPerStage: 1 }
      : { stageCount: 4, discussionsPerStage: 3, long: true };
  const source = { ...notificationSample(pack, options), pack };
  const model = buildNotificationModel({
    ...source,
    reviewedText: simulatedReview(freeTextFieldsForReview(source)),
    generatedAt: SAMPLE_GENERATED_AT,
  });
  if (!model.ok) throw new Error('unreviewed');
  let pdf = new Blob();
  const ms = await median(async () => {
    pdf = await generateNotificationPdf(model.model);
  }, 5);
  const pagesCount = (await pdf.text()).match(/\/Type \/Page\b/g)?.length ?? 0;
  return { ms, bytes: pdf.size, pages: pagesCount };
}

/** Median time to anonymise one 100,000-character field (the app's limit) built from corpus notes. */
async function longFieldTiming() {
  const LIMIT = 100_000;
  const notes = anonymiserCorpus.map((note) => note.text).join('\n\n');
  const text = notes.repeat(Math.ceil(LIMIT / notes.length)).slice(0, LIMIT);
  const note = anonymiserCorpus[0];
  if (!note) throw new Error('empty corpus');
  const ms = await median(async () => {
    anonymise(text, note.client, note.context);
  }, 3);
  return { ms, characters: text.length };
}

/**
 * Fields of one phrase pasted over and over to the limit: the shapes that once made a finder compare
 * every match with every other (a school's name, dates, names, addresses, unbroken runs, a record's
 * detail as long as a field). The slowest one's time.
 */
async function repeatedFieldTiming() {
  const LIMIT = 100_000;
  const phrases = [
    'Oak Road Primary School ',
    'MR JOHN SMITH ',
    'Tyler-Jay ',
    '12 Oak Road ',
    'DOB 01/02/2019 ',
    'St Mary’s C of E Primary, ',
    '"Lulu" ',
    // A field of blank lines: a look-behind over spaces once cost the square of its length.
    '\n',
    // Unbroken runs (no space in 100,000 characters): finders that start a match at every letter of
    // a run once read the rest of the run from each one.
    'abcdefghij',
    'ABCDEFGHIJ',
    "O'B",
    '0123456789',
    'ab.cd_ef-',
  ];
  const client = {
    child: { firstName: 'Amy', lastName: 'Example' },
    school: 'Oak Road Primary School',
  };
  let slowest = { ms: 0, phrase: '' };
  for (const phrase of phrases) {
    const text = phrase.repeat(Math.ceil(LIMIT / phrase.length)).slice(0, LIMIT);
    const ms = await median(async () => {
      anonymise(text, client);
    }, 3);
    if (ms > slowest.ms) slowest = { ms, phrase: phrase.trim() || 'blank lines' };
  }
  // The same limit in the record: a surname as long as a field, with a date in every phrase of the
  // note (each date was once checked against everyone in the record, built again each time).
  const surname = 'Example'.repeat(LIMIT / 10);
  const dated = 'seen 01/02/2024 by Amy '.repeat(LIMIT / 25);
  const ms = await median(async () => {
    anonymise(dated, { child: { firstName: 'Amy', lastName: surname } });
  }, 3);
  if (ms > slowest.ms) slowest = { ms, phrase: 'a 70,000-character surname in the record' };
  return slowest;
}

const api = {
  async unlock() {
    await seed(0, 0, 0, true);
    await lock();
    await setUpVault(PASSPHRASE);
    await lock();
    const ms = await median(async () => {
      await unlock(PASSPHRASE);
    }, 5);
    return { ms, iterations: DEFAULT_PBKDF2_ITERATIONS };
  },
  async records(small: number, large: number, discussionsEach: number) {
    const atSmall = await recordTimings(small, discussionsEach);
    const atLarge = await recordTimings(large, discussionsEach);
    const decrypt1000 = await median(() => decryptList(1000), 5);
    await seed(large, 0, 0, false);
    const plainDashboard = await median(firstScreen);
    return { atSmall, atLarge, decrypt1000, plainDashboard };
  },
  async register(small: number, large: number, imports: number) {
    return registerFigures(small, large, imports);
  },
  async pdf() {
    return { one: await pdfTiming('one'), ten: await pdfTiming('ten') };
  },
  async anonymiser() {
    return {
      tuning: measureAnonymiser(anonymiserCorpus),
      blind: { notes: blindCases.length, ...measureAnonymiser(blindCases) },
      blindFirst: blindFirstScore,
      heldOut: (
        [
          ['dev', devCorpus, devFirstScore],
          ['dev2', dev2Corpus, dev2FirstScore],
          ['dev3', dev3Corpus, dev3FirstScore],
          ['dev4', dev4Corpus, dev4FirstScore],
          ['dev5', dev5Corpus, dev5FirstScore],
          ['dev6', dev6Corpus, dev6FirstScore],
          ['dev7', dev7Corpus, dev7FirstScore],
          ['dev8', dev8Corpus, dev8FirstScore],
          ['dev9', dev9Corpus, dev9FirstScore],
          ['dev10', dev10Corpus, dev10FirstScore],
          ['dev11', dev11Corpus, dev11FirstScore],
          ['dev12', dev12Corpus, dev12FirstScore],
          ['dev13', dev13Corpus, dev13FirstScore],
          ['dev14', dev14Corpus, dev14FirstScore],
          ['dev15', dev15Corpus, dev15FirstScore],
          ['dev16', dev16Corpus, dev16FirstScore],
        ] as const
      ).map(([name, corpus, first]) => ({
        name,
        notes: corpus.length,
        ...measureAnonymiser(corpus),
        first,
      })),
      longField: await longFieldTiming(),
      repeatedField: await repeatedFieldTiming(),
    };
  },
};

(window as unknown as { escalateBench: typeof api }).escalateBench = api;
document.body.dataset.ready = 'true';
