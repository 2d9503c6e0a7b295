// Writes, in Node, a sample partnership register: `npm run sample:register -- <outDir>`. It runs
// sample:notifications into <outDir>/notifications, imports those PDFs plus about 200 synthetic
// notifications spread over a year (rendered as real PDFs, then read back through the import's
// own checks), and writes register.csv, register.xlsx and themes-<period>.pdf into <outDir>. The
// synthetic ones carry the very packet the renderer embeds, in a one-object PDF without pages:
// rendering 200 full PDFs takes minutes on a small machine and adds nothing to the register.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IsoDate, IsoDateTime } from '../src/domain/calendar/iso-date';
import { londonDateOf } from '../src/domain/calendar/london-time';
import type { Escalation } from '../src/domain/escalation/escalation';
import {
  buildNotificationModel,
  freeTextFieldsForReview,
} from '../src/domain/notification/notification-model';
import { agencyTypes } from '../src/domain/policy/agency-type';
import { builtInPacks } from '../src/domain/policy/built-in-packs';
import { writeCsv } from '../src/domain/register/csv';
import { readNotificationPacket } from '../src/domain/register/notification-packet';
import { registerTable } from '../src/domain/register/register-columns';
import {
  decideImport,
  entryFromNotification,
  withNewerNotification,
  type RegisterEntry,
} from '../src/domain/register/register-entry';
import { buildThemesReport, lastCompleteHalfYear } from '../src/domain/register/themes';
import { writeXlsx } from '../src/features/register/xlsx-workbook';
import { notificationDataOf } from '../src/domain/register/notification-data';
import { notificationFileBytes } from '../test/fixtures/register/notification-file';
import { renderThemesPdf } from '../src/pdf/render-themes';
import {
  sampleEscalation,
  simulatedReview,
} from '../test/fixtures/notifications/sample-escalation';
import { readFonts, repositoryRoot } from './sample-files';

const SYNTHETIC = 200;
const TODAY = '2026-12-04' as IsoDate;
const DAY = 86_400_000;

const shift = (instant: string, days: number) =>
  new Date(Date.parse(instant) + days * DAY).toISOString() as IsoDateTime;

/** A deterministic pseudo-random sequence, so the sample is the same every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** One synthetic escalation, moved back `daysAgo` days and varied in its theme fields. */
function synthetic(index: number, next: () => number): Uint8Array {
  const pack = builtInPacks[index % builtInPacks.length] ?? builtInPacks[0];
  if (!pack) throw new Error('no built-in packs');
  const stageCount = 1 + Math.floor(next() * Math.max(1, pack.stages.length));
  const sample = sampleEscalation(pack, { stageCount, discussionsPerStage: 1 });
  const days = -Math.floor(30 + next() * 365);
  const resolved = next() < 0.7;
  const base = sample.escalation;
  const lastVisit = base.stageHistory.at(-1);
  const resolvedAt = shift(
    lastVisit?.enteredAt ?? base.createdAt,
    days + 1 + Math.floor(next() * 25),
  );
  const escalation: Escalation = {
    ...base,
    caseRef: `ESC-S${String(index).padStart(3, '0')}-${pack.id.slice(0, 4).toUpperCase()}`,
    createdAt: shift(base.createdAt, days),
    updatedAt: shift(base.updatedAt, days),
    categoryIds: pack.categories.filter(() => next() < 0.5).map((category) => category.id),
    raisedBy: { ...base.raisedBy, agencyType: agencyTypes[Math.floor(next() * 6)] ?? 'other' },
    professionals: base.professionals.map((person) => ({
      ...person,
      agencyType: agencyTypes[Math.floor(next() * 6)] ?? 'other',
    })),
    stageHistory: base.stageHistory.map((visit) => ({
      ...visit,
      enteredAt: shift(visit.enteredAt, days),
      leftAt: visit.leftAt ? shift(visit.leftAt, days) : null,
    })),
    feedback: base.feedback.map((entry) => ({ ...entry, at: shift(entry.at, days) })),
    status: resolved ? 'resolved' : 'open',
    resolution:
      resolved && base.resolution
        ? { ...base.resolution, resolvedAt, confirmationSentOn: londonDateOf(resolvedAt) }
        : resolved
          ? {
              resolvedAt,
              agreedOutcome: 'Agreed at the meeting.',
              confirmationSentTo: 'All parties',
              confirmationSentOn: londonDateOf(resolvedAt),
              outstandingIssues: '',
              howOutstandingWillBePursued: '',
              debrief: '',
              learning: next() < 0.5 ? 'Record threshold reasons in writing.' : '',
            }
          : null,
  };
  const source = {
    escalation,
    discussions: sample.discussions.map((entry) => ({
      ...entry,
      heldAt: shift(entry.heldAt, days),
      recordedAt: shift(entry.recordedAt, days),
    })),
    pack,
  };
  const generatedAt = shift(
    resolved ? resolvedAt : (lastVisit?.enteredAt ?? base.createdAt),
    days + 2,
  );
  const built = buildNotificationModel({
    ...source,
    reviewedText: simulatedReview(freeTextFieldsForReview(source)),
    generatedAt: resolved ? shift(resolvedAt, 1) : generatedAt,
  });
  if (!built.ok) throw new Error(`synthetic ${index}: review incomplete`);
  const data = notificationDataOf(built.model);
  if (!data) throw new Error(`synthetic ${index}: no data`);
  return notificationFileBytes(data);
}

function importInto(register: Map<string, RegisterEntry>, name: string, bytes: Uint8Array): string {
  const read = readNotificationPacket(bytes);
  if (!read.ok) return `${name}: refused (${read.error})`;
  const { data, sha256 } = read.value;
  const existing = register.get(data.notification.caseRef);
  const decision = decideImport(existing, data, sha256);
  if (decision.kind === 'duplicate' || decision.kind === 'older')
    return `${name}: ${decision.kind}`;
  const receivedOn = londonDateOf(shift(data.notification.generatedAt, 1));
  register.set(
    data.notification.caseRef,
    existing && decision.kind === 'newer'
      ? withNewerNotification(existing, data, sha256)
      : entryFromNotification(`entry-${register.size + 1}`, data, sha256, receivedOn),
  );
  return `${name}: ${decision.kind === 'newer' ? 'updated' : 'imported'}`;
}

function main(outDir: string | undefined): void {
  if (!outDir) {
    console.error('Usage: npm run sample:register -- <outDir>');
    process.exit(2);
  }
  const root = repositoryRoot();
  const target = resolve(outDir);
  const notifications = join(target, 'notifications');
  mkdirSync(notifications, { recursive: true });
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/.cache/escalate-sample/sample-notifications.mjs'), notifications],
    { stdio: 'inherit' },
  );
  const register = new Map<string, RegisterEntry>();
  const log = readdirSync(notifications)
    .filter((name) => name.endsWith('.pdf'))
    .sort()
    .map((name) =>
      importInto(register, name, new Uint8Array(readFileSync(join(notifications, name)))),
    );
  const fonts = readFonts(root);
  const next = random(20_261_204);
  for (let index = 0; index < SYNTHETIC; index += 1) {
    importInto(register, `synthetic-${index}.pdf`, synthetic(index, next));
  }
  const entries = [...register.values()].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  const rows = registerTable(entries);
  writeFileSync(join(target, 'register.csv'), writeCsv(rows));
  writeFileSync(join(target, 'register.xlsx'), writeXlsx([{ name: 'Register', rows }]));
  const period = lastCompleteHalfYear(TODAY);
  const items = entries.map((entry) => ({
    ...entry,
    status: entry.partnership.status,
    acknowledgedOn: entry.partnership.acknowledgedOn,
  }));
  const report = buildThemesReport(items, period);
  const themesName = `themes-${period.from}-to-${period.to}.pdf`;
  writeFileSync(join(target, themesName), renderThemesPdf(report, 'Sample partnerships', fonts));
  console.log(
    [
      `Imported the sample notifications:`,
      ...log.map((line) => `  ${line}`),
      `and ${SYNTHETIC} synthetic ones; the register holds ${entries.length} notifications.`,
      `Wrote register.csv, register.xlsx and ${themesName} (${report.total} in the period) to ${target}.`,
    ].join('\n'),
  );
}

main(process.argv[2]);
