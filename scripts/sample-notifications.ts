// Writes, in Node, a filled Notification of an Escalation (from the synthetic records in
// test/fixtures/notifications) and a blank form for every built-in policy pack, with the sample
// record's case-file export (`<pack-id>-record.pdf`) and its due dates (`<pack-id>.ics`):
// `npm run sample:notifications -- <outDir>`. Bundled for Node by vite.sample.config.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtInPacks } from '../src/domain/policy/built-in-packs';
import type { PolicyPack } from '../src/domain/policy/policy-pack';
import {
  buildBlankFormModel,
  type NotificationModel,
} from '../src/domain/notification/notification-model';
import { buildCalendar } from '../src/domain/calendar/ics-calendar';
import { buildCaseFile } from '../src/domain/escalation/case-file';
import { dueReminders } from '../src/domain/escalation/due-reminders';
import { renderCaseFilePdf } from '../src/pdf/render-case-file';
import { renderNotificationPdf, type NotificationFonts } from '../src/pdf/render-notification';
import { sampleCaseFileInput } from '../test/fixtures/notifications/sample-case-file';
import {
  SAMPLE_GENERATED_AT,
  sampleCaseRef,
} from '../test/fixtures/notifications/sample-escalation';
import { sampleNotificationModel } from '../test/fixtures/notifications/sample-notification';
import { readFonts, repositoryRoot } from './sample-files';

function samples(): { name: string; model: NotificationModel }[] {
  return builtInPacks.flatMap((pack) => [
    { name: `${pack.id}-filled.pdf`, model: sampleNotificationModel(pack) },
    { name: `${pack.id}-blank.pdf`, model: buildBlankFormModel(pack) },
    ...(pack.notificationForm.layout === 'table-row'
      ? [
          {
            name: `${pack.id}-filled-long.pdf`,
            // A second, longer record with its own case reference, so a register holds it
            // beside the pack's sample rather than as a version of it.
            model: sampleNotificationModel(pack, {
              stageCount: 4,
              discussionsPerStage: 3,
              long: true,
              caseRef: `ESC-9${sampleCaseRef(pack.id).slice(5)}`,
            }),
          },
        ]
      : []),
  ]);
}

/** The sample record's case-file export and its due dates as a calendar file, for `pack`. */
function recordFiles(pack: PolicyPack, fonts: NotificationFonts): [string, Uint8Array | string][] {
  const input = sampleCaseFileInput(pack);
  const { escalation } = input;
  const due = escalation.stageHistory.flatMap((visit) =>
    visit.dueAt
      ? [{ ...escalation, stageId: visit.stageId, dueAt: visit.dueAt, id: escalation.id }]
      : [],
  );
  return [
    [`${pack.id}-record.pdf`, renderCaseFilePdf(buildCaseFile(input), fonts)],
    [`${pack.id}.ics`, buildCalendar(dueReminders(due, [pack]), SAMPLE_GENERATED_AT)],
  ];
}

function main(outDir: string | undefined): void {
  if (!outDir) {
    console.error('Usage: npm run sample:notifications -- <outDir>');
    process.exit(2);
  }
  const target = resolve(outDir);
  mkdirSync(target, { recursive: true });
  const fonts = readFonts(repositoryRoot());
  const written = samples().map(({ name, model }) => {
    const bytes = renderNotificationPdf(model, fonts);
    writeFileSync(join(target, name), bytes);
    return `${name} (${Math.round(bytes.length / 1024)} KB)`;
  });
  for (const pack of builtInPacks) {
    for (const [name, content] of recordFiles(pack, fonts)) {
      writeFileSync(join(target, name), content);
      written.push(`${name} (${Math.max(1, Math.round(content.length / 1024))} KB)`);
    }
  }
  console.log(`Wrote ${written.length} sample files to ${target}:\n  ${written.join('\n  ')}`);
}

main(process.argv[2]);
