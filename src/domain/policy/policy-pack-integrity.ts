// The rules a policy pack must keep across fields: every id unique, every reference to an id
// pointing at something that exists, dates in order. Messages name no path; the caller adds it.
import type { z } from 'zod';
import { formatPath, type PathSegment } from './policy-pack-errors';
import type { PolicyPackShape } from './policy-pack-shape';

type Context = z.RefinementCtx<PolicyPackShape>;

/** Adds an issue to `ctx` for every cross-field rule `pack` breaks. */
export function checkPackIntegrity(pack: PolicyPackShape, ctx: Context): void {
  checkUniqueIds(pack, ctx);
  checkStageReferences(pack, ctx);
  checkDirectoryReferences(pack, ctx);
  checkDates(pack, ctx);
  checkFormOrigin(pack, ctx);
}

const ID_NOUNS: Readonly<Record<string, string>> = {
  stages: 'stage id',
  actions: 'action id',
  categories: 'category id',
  scopeNotes: 'scope note id',
  urgentRoutes: 'urgent route id',
  specificProcesses: 'specific process id',
  directories: 'directory id',
  ladders: 'ladder id',
  entries: 'directory entry id',
  fields: 'field id',
  localSlots: 'local slot id',
  notificationForm: 'form id',
};

function checkUniqueIds(pack: PolicyPackShape, ctx: Context): void {
  const seen = new Map<string, string>();
  const visit = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (path.length > 0 && typeof record['id'] === 'string') {
      const id = record['id'];
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, formatPath(path));
      } else {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `duplicate ${nounFor(path)} "${id}" (already used by ${first}); every id in a pack must be unique`,
        });
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(pack, []);
}

function nounFor(path: readonly PathSegment[]): string {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  return (key !== undefined && ID_NOUNS[key]) || 'id';
}

function checkStageReferences(pack: PolicyPackShape, ctx: Context): void {
  if (pack.stages.length === 0) return; // already reported: a pack needs at least one stage
  const order = new Map(pack.stages.map((stage, index) => [stage.id, index]));
  const known = `use one of ${pack.stages.map((stage) => stage.id).join(', ')}`;
  const unknownStage = (id: string) => `"${id}" is not the id of any stage; ${known}`;

  pack.stages.forEach((stage, index) => {
    const next = stage.ifUnresolved.nextStageId;
    if (next === null) return;
    const nextIndex = order.get(next);
    const path = ['stages', index, 'ifUnresolved', 'nextStageId'];
    if (nextIndex === undefined) {
      ctx.addIssue({ code: 'custom', path, message: unknownStage(next) });
    } else if (nextIndex <= index) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `"${next}" does not come after this stage; an unresolved stage can only move on to a later one`,
      });
    }
  });

  const trigger = pack.notificationForm.trigger;
  const triggerPath = ['notificationForm', 'trigger', 'atStageId'];
  if (trigger.atStageId !== null && !order.has(trigger.atStageId)) {
    ctx.addIssue({ code: 'custom', path: triggerPath, message: unknownStage(trigger.atStageId) });
  }
  if (trigger.event === 'stage-reached' && trigger.atStageId === null) {
    ctx.addIssue({
      code: 'custom',
      path: triggerPath,
      message: `is missing; a form sent when a stage is reached must name that stage (${known})`,
    });
  }

  pack.localSlots.forEach((slot, index) => {
    if (slot.stageId !== null && !order.has(slot.stageId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['localSlots', index, 'stageId'],
        message: unknownStage(slot.stageId),
      });
    }
  });
}

function checkDirectoryReferences(pack: PolicyPackShape, ctx: Context): void {
  const ids = new Set(pack.directories.map((directory) => directory.id));
  const known =
    ids.size === 0 ? 'this pack has no directories' : `use one of ${[...ids].join(', ')}`;
  const check = (list: 'stages' | 'urgentRoutes', directoryIds: string[], index: number) =>
    directoryIds.forEach((id, position) => {
      if (ids.has(id)) return;
      ctx.addIssue({
        code: 'custom',
        path: [list, index, 'directoryIds', position],
        message: `"${id}" is not the id of any directory; ${known}`,
      });
    });
  pack.stages.forEach((stage, index) => check('stages', stage.directoryIds, index));
  pack.urgentRoutes.forEach((route, index) => check('urgentRoutes', route.directoryIds, index));
}

function checkDates(pack: PolicyPackShape, ctx: Context): void {
  const { published, reviewed } = pack.provenance;
  if (published === null || reviewed === null) return;
  const length = Math.min(published.length, reviewed.length);
  if (reviewed.slice(0, length) < published.slice(0, length)) {
    ctx.addIssue({
      code: 'custom',
      path: ['provenance', 'reviewed'],
      message: `${reviewed} is before the published date ${published}; a pack cannot be reviewed before it was published`,
    });
  }
}

function checkFormOrigin(pack: PolicyPackShape, ctx: Context): void {
  const form = pack.notificationForm;
  if (form.origin === 'partnership' || form.originNote !== null) return;
  ctx.addIssue({
    code: 'custom',
    path: ['notificationForm', 'originNote'],
    message: `is missing; ${form.origin === 'app-designed' ? 'an app-designed' : 'a reconstructed'} form must say plainly that it is not the partnership’s own`,
  });
}
