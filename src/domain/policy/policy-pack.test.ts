import { describe, expect, it } from 'vitest';
import {
  checkPolicyPackSize,
  packRef,
  parsePolicyPack,
  parsePolicyPackText,
  POLICY_PACK_MAX_BYTES,
  type PolicyPackInput,
} from './policy-pack';

/** The smallest pack that passes: two stages, a form with one field. */
function minimalPack(): PolicyPackInput {
  return {
    format: 'escalate-policy-pack',
    formatVersion: 1,
    id: 'test-partnership-2025',
    version: 1,
    title: 'Test escalation policy',
    partnership: {
      name: 'Test Partnership',
      shortName: 'TP',
      area: 'Testshire',
      audience: 'children',
    },
    provenance: {
      sourceTitle: 'Test',
      citation: 'Test, 2025',
      published: '2025-01',
      reviewed: null,
    },
    stages: [stage('stage-1', 'stage-2'), stage('stage-2', null)],
    notificationForm: {
      id: 'test-form',
      title: 'Notification',
      origin: 'app-designed',
      originNote: 'The partnership has no form; the app designed this one.',
      source: '§1',
      layout: 'form',
      completedBy: { text: 'The manager.', source: '§1' },
      trigger: { event: 'stage-reached', atStageId: 'stage-2', text: 'At stage 2.', source: '§1' },
      recipient: { role: 'Business manager', mailbox: null, source: '§1' },
      fields: [{ id: 'test-date', label: 'Date', binding: 'notification-date', required: true }],
    },
  };
}

function stage(id: string, next: string | null): PolicyPackInput['stages'][number] {
  return {
    id,
    label: id,
    title: `Title of ${id}`,
    titleFromSource: true,
    whoActs: { text: 'Managers.', source: '§2' },
    actions: [{ id: `${id}-talk`, text: 'Talk.', source: '§2' }],
    timescale: { kind: 'working-days', days: 2 },
    timescaleSource: '§2',
    notifiesPartnership: false,
    ifUnresolved: { text: 'Go on.', source: '§2', nextStageId: next },
  };
}

/** The pack as plain JSON with `change` applied, so tests can break it freely. */
function packWith(
  change: (pack: Record<string, unknown> & { stages: Record<string, unknown>[] }) => void,
) {
  const pack = JSON.parse(JSON.stringify(minimalPack())) as Record<string, unknown> & {
    stages: Record<string, unknown>[];
  };
  change(pack);
  return pack;
}

function messages(json: unknown): string[] {
  const result = parsePolicyPack(json);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

describe('parsePolicyPack', () => {
  it('accepts a minimal pack and fills in the optional lists', () => {
    const result = parsePolicyPack(minimalPack());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.urgentRoutes).toEqual([]);
    expect(result.pack.stages[0]?.roles).toEqual([]);
    expect(result.pack.stages[0]?.actions[0]?.timescale).toBeNull();
  });

  it('names the path and the allowed kinds when a timescale kind does not exist', () => {
    const pack = packWith((p) => {
      p.stages.push(stage('stage-3', null));
      (p.stages[1] as { ifUnresolved: { nextStageId: string } }).ifUnresolved.nextStageId =
        'stage-3';
      p.stages[2] = { ...p.stages[2], timescale: { kind: 'fortnight' } };
    });
    expect(messages(pack)).toEqual([
      'stages[2].timescale.kind: "fortnight" is not a timescale; use one of immediate, same-working-day, hours, working-days, working-week, none-stated',
    ]);
  });

  it('refuses a timescale unit the kind does not have', () => {
    const pack = packWith((p) => {
      p.stages[0] = { ...p.stages[0], timescale: { kind: 'working-days', weeks: 2 } };
    });
    expect(messages(pack)).toEqual([
      'stages[0].timescale.days: is missing; expected a number',
      'stages[0].timescale.weeks: "weeks" is not a field here; remove it or check its spelling',
    ]);
  });

  it('reports each unknown field by its path', () => {
    const pack = packWith((p) => {
      p['colour'] = 'blue';
      p.stages[1] = { ...p.stages[1], owner: 'me' };
    });
    expect(messages(pack)).toEqual([
      'stages[1].owner: "owner" is not a field here; remove it or check its spelling',
      'colour: "colour" is not a field here; remove it or check its spelling',
    ]);
  });

  it('says what type was expected and what was found', () => {
    const pack = packWith((p) => {
      p['version'] = '2';
      p.stages[0] = { ...p.stages[0], notifiesPartnership: 'yes' };
    });
    expect(messages(pack)).toEqual([
      'version: expected a number but found text ("2")',
      'stages[0].notifiesPartnership: expected true or false but found text ("yes")',
    ]);
  });

  it('refuses a version that is not a positive whole number', () => {
    expect(messages(packWith((p) => (p['version'] = 1.5)))).toEqual([
      'version: expected a whole number but found the number 1.5',
    ]);
    expect(messages(packWith((p) => (p['version'] = 0)))).toEqual(['version: must be more than 0']);
  });

  it('explains a missing stages list', () => {
    expect(messages(packWith((p) => delete (p as Record<string, unknown>)['stages']))).toEqual([
      'stages: is missing; a pack needs a list of at least one stage',
    ]);
  });

  it('explains an empty stages list', () => {
    expect(messages(packWith((p) => (p.stages = [])))).toEqual([
      'stages: is empty; a pack needs at least one stage',
    ]);
  });

  it('refuses two stages with the same id', () => {
    const pack = packWith((p) => {
      p.stages[1] = { ...p.stages[1], id: 'stage-1' };
      (p.stages[0] as { ifUnresolved: { nextStageId: null } }).ifUnresolved.nextStageId = null;
      (p['notificationForm'] as { trigger: { atStageId: string } }).trigger.atStageId = 'stage-1';
    });
    expect(messages(pack)).toEqual([
      'stages[1].id: duplicate stage id "stage-1" (already used by stages[0]); every id in a pack must be unique',
    ]);
  });

  it('refuses an id used twice anywhere in the pack', () => {
    const pack = packWith((p) => {
      const form = p['notificationForm'] as { fields: { id: string }[] };
      form.fields.push({ ...form.fields[0], id: 'stage-1-talk' } as { id: string });
    });
    expect(messages(pack)).toEqual([
      'notificationForm.fields[1].id: duplicate field id "stage-1-talk" (already used by stages[0].actions[0]); every id in a pack must be unique',
    ]);
  });

  it('refuses a reference to a stage that does not exist', () => {
    const pack = packWith((p) => {
      (p['notificationForm'] as { trigger: { atStageId: string } }).trigger.atStageId = 'stage-9';
    });
    expect(messages(pack)).toEqual([
      'notificationForm.trigger.atStageId: "stage-9" is not the id of any stage; use one of stage-1, stage-2',
    ]);
  });

  it('refuses an unresolved stage that moves backwards', () => {
    const pack = packWith((p) => {
      (p.stages[1] as { ifUnresolved: { nextStageId: string } }).ifUnresolved.nextStageId =
        'stage-1';
    });
    expect(messages(pack)).toEqual([
      'stages[1].ifUnresolved.nextStageId: "stage-1" does not come after this stage; an unresolved stage can only move on to a later one',
    ]);
  });

  it('refuses a reference to a directory that does not exist', () => {
    const pack = packWith((p) => (p.stages[0] = { ...p.stages[0], directoryIds: ['slo-table'] }));
    expect(messages(pack)).toEqual([
      'stages[0].directoryIds[0]: "slo-table" is not the id of any directory; this pack has no directories',
    ]);
  });

  it('refuses a file that is not a policy pack', () => {
    expect(messages({ ...minimalPack(), format: 'escalate-backup' })).toEqual([
      'format: "escalate-backup" is not "escalate-policy-pack"; this file is not an Escalate policy pack',
    ]);
    expect(messages([])).toEqual([
      'The file must hold one JSON object (a policy pack), but it holds a list.',
    ]);
  });

  it('refuses a newer format version than the app reads', () => {
    expect(messages({ ...minimalPack(), formatVersion: 2 })).toEqual([
      'formatVersion: the number 2 is not 1; this app reads version 1 of the policy pack format',
    ]);
  });

  it('names the allowed values of an enum', () => {
    const pack = packWith((p) => ((p['partnership'] as { audience: string }).audience = 'kids'));
    expect(messages(pack)).toEqual([
      'partnership.audience: "kids" is not an audience; use one of children, adults, both',
    ]);
  });

  it('refuses ids that are not kebab-case and dates that do not exist', () => {
    const pack = packWith((p) => {
      p['id'] = 'My Pack';
      (p['provenance'] as { published: string }).published = '2013-13';
    });
    expect(messages(pack)).toEqual([
      'id: "My Pack" is not an id; use lower-case letters, digits and single hyphens, e.g. stage-one',
      'provenance.published: "2013-13" is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only a month or a year',
    ]);
  });

  it('refuses a review date before the publication date', () => {
    const pack = packWith(
      (p) => ((p['provenance'] as { reviewed: string }).reviewed = '2024-12-31'),
    );
    expect(messages(pack)).toEqual([
      'provenance.reviewed: 2024-12-31 is before the published date 2025-01; a pack cannot be reviewed before it was published',
    ]);
  });

  it('requires a form that is not the partnership’s own to say so', () => {
    const pack = packWith((p) => {
      (p['notificationForm'] as { originNote?: string | null }).originNote = null;
    });
    expect(messages(pack)).toEqual([
      'notificationForm.originNote: is missing; an app-designed form must say plainly that it is not the partnership’s own',
    ]);
  });

  it('lists at most 50 problems and says how many more there were', () => {
    const pack = packWith((p) => {
      for (let i = 0; i < 60; i += 1) p[`extra${i}`] = i;
    });
    const list = messages(pack);
    expect(list).toHaveLength(51);
    expect(list[50]).toBe('… and 10 more problems not listed here.');
  });
});

describe('parsePolicyPackText', () => {
  it('parses the text of a valid pack', () => {
    expect(parsePolicyPackText(JSON.stringify(minimalPack())).ok).toBe(true);
  });

  it('explains text that is not JSON', () => {
    const result = parsePolicyPackText('{ "format": "escalate-policy-pack", ');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe('');
    expect(result.errors[0]?.message).toMatch(
      /^The file is not valid JSON \(.+\)\. A policy pack is a JSON file; check that you chose the right file and that it was not cut short\.$/,
    );
  });

  it('refuses a 20 MB file with its size', () => {
    const result = parsePolicyPackText(' '.repeat(20 * 1024 * 1024));
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message:
            'The file is 20.0 MB; a policy pack can be at most 2 MB. Policy packs are small text files, so this is probably not a policy pack.',
        },
      ],
    });
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const justOver = 'é'.repeat(POLICY_PACK_MAX_BYTES / 2 + 1);
    expect(parsePolicyPackText(justOver).ok).toBe(false);
    expect(checkPolicyPackSize(POLICY_PACK_MAX_BYTES)).toBeNull();
    expect(checkPolicyPackSize(POLICY_PACK_MAX_BYTES + 1)?.message).toMatch(/at most 2 MB/);
  });
});

describe('packRef', () => {
  it('keeps only the id and version a record stores', () => {
    const result = parsePolicyPack(minimalPack());
    if (!result.ok) throw new Error('minimal pack should parse');
    expect(packRef(result.pack)).toEqual({ id: 'test-partnership-2025', version: 1 });
  });
});
