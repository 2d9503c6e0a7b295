import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../calendar/iso-date';
import type { Discussion, StageVisit } from '../escalation/escalation';
import type { PolicyPack } from '../policy/policy-pack';
import { builtInPacks, findBuiltInPack } from '../policy/built-in-packs';
import {
  FICTIONAL_CLIENT,
  SAMPLE_CASE_REF,
  sampleCaseRef,
  SAMPLE_GENERATED_AT,
  sampleEscalation,
  simulatedReview,
} from '../../../test/fixtures/notifications/sample-escalation';
import {
  buildBlankFormModel,
  buildNotificationModel,
  freeTextFieldsForReview,
  PROTECTIVE_MARKING,
  type NotificationModel,
} from './notification-model';
import { blankFormFileName, notificationFileName } from './notification-file-name';

function pack(id: string): PolicyPack {
  const found = findBuiltInPack(id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

function build(policy: PolicyPack, sample = sampleEscalation(policy)): NotificationModel {
  const source = { ...sample, pack: policy };
  const reviewedText = simulatedReview(freeTextFieldsForReview(source));
  const result = buildNotificationModel({
    ...source,
    reviewedText,
    generatedAt: SAMPLE_GENERATED_AT,
  });
  if (!result.ok)
    throw new Error(`unreviewed: ${result.unreviewed.map((item) => item.key).join()}`);
  return result.model;
}

const CLIENT_IDENTIFIERS = Object.values(FICTIONAL_CLIENT);

describe('the Wiltshire notification (table-row)', () => {
  const wiltshire = pack('wiltshire-scb-2013');

  it('has exactly the seven columns of the WSCB form, in order', () => {
    const model = build(wiltshire);
    if (model.body.kind !== 'table-row') throw new Error('not a table');
    expect(model.body.columns.map((column) => column.label)).toEqual([
      'Date',
      'Escalation Stage',
      'Name and agency of professionals involved',
      'Issue/Concern',
      'Record of discussions',
      'Outcome',
      'Date referred to WSCB (if necessary)',
    ]);
  });

  it('has one row per stage the escalation went through, each with that stage’s discussions', () => {
    const model = build(wiltshire);
    if (model.body.kind !== 'table-row') throw new Error('not a table');
    expect(model.body.rows).toHaveLength(3);
    const [first, second, third] = model.body.rows;
    expect(first?.[1]).toBe('Pre-escalation: Professional : Professional');
    expect(second?.[1]).toBe('Stage One: Manager: Manager');
    expect(first?.[4]).toContain('stage 1, discussion 2');
    expect(first?.[4]).not.toContain('stage 2');
    expect(second?.[4]).toContain('stage 2, discussion 1');
    expect(second?.[3]).toContain('Reason for escalating: No agreement: [child] is still at home');
    expect(first?.[5]).toBe(
      'Not resolved at this stage: moved to Stage One: Manager: Manager on 5 Nov 2026.',
    );
    expect(third?.[5]).toContain('Single assessment agreed for [child]');
    expect(third?.[5]).toContain(
      'How they will be pursued: Raised at the next core group meeting.',
    );
  });

  it('names an urgent route and puts its discussions in its row', () => {
    const sample = sampleEscalation(wiltshire, { stageCount: 1, discussionsPerStage: 1 });
    const urgent = { ...(sample.escalation.stageHistory[0] as StageVisit) };
    const visits: StageVisit[] = [
      { ...urgent, kind: 'urgent-route', stageId: 'wilts-imminent-risk' },
    ];
    const discussions = sample.discussions.map((entry) => ({
      ...entry,
      stageId: 'wilts-imminent-risk',
    }));
    const model = build(wiltshire, {
      escalation: { ...sample.escalation, stageHistory: visits },
      discussions,
    });
    if (model.body.kind !== 'table-row') throw new Error('not a table');
    expect(model.body.rows).toHaveLength(1);
    expect(model.body.rows[0]?.[1]).toBe('Urgent route: Child at imminent risk of harm');
    expect(model.body.rows[0]?.[4]).toContain('stage 1, discussion 1');
  });

  it('keeps professionals’ names, roles and agencies', () => {
    const model = build(wiltshire);
    const text = JSON.stringify(model);
    expect(text).toContain('Zoë Fairweather-Quill, Social worker, Northshire Children’s Services');
    expect(text).toContain('Siobhán Ó Briain');
    expect(text).toContain('Łukasz Wiśniewski-Pemberton');
  });

  it('dates the referral to WSCB in the row of the stage at which the WSCB was told', () => {
    const model = build(wiltshire, sampleEscalation(wiltshire, { stageCount: 4 }));
    if (model.body.kind !== 'table-row') throw new Error('not a table');
    expect(model.body.rows.map((row) => row[6])).toEqual(['', '', '', '11 Nov 2026']);
  });
});

describe('every printed field is filled from the record or written at review', () => {
  function typedLabels(policy: PolicyPack, sample = sampleEscalation(policy)): string[] {
    return freeTextFieldsForReview({ ...sample, pack: policy })
      .filter((item) => item.origin === 'typed-at-notify')
      .map((item) => item.label);
  }

  it('asks at review for Cambridgeshire’s outstanding issues on an open record at the Chair stage', () => {
    const cambs = pack('cambridgeshire-lscb-2013');
    expect(sampleEscalation(cambs).escalation.status).toBe('open');
    expect(typedLabels(cambs)).toContain('Outstanding issues and how they will be pursued');
  });

  it('asks at review for South Tyneside’s learning and the LSCP’s outstanding issues when none is recorded', () => {
    const st = pack('south-tyneside-joint-2024');
    expect(typedLabels(st)).toContain('Practice or policy issues and learning identified');
    const lscp = pack('unnamed-lscp-resolution-procedure');
    const sample = sampleEscalation(lscp);
    const open = {
      ...sample,
      escalation: { ...sample.escalation, status: 'open' as const, resolution: null },
    };
    expect(typedLabels(lscp, open)).toContain('How any outstanding issues will be pursued');
  });

  it('prints no form field empty once reviewed', () => {
    for (const policy of builtInPacks) {
      const model = build(policy);
      if (model.body.kind !== 'form') continue;
      for (const field of model.body.fields) expect(field.value, field.label).not.toBe('');
    }
  });
});

describe('South Tyneside’s actions taken to attempt to resolve it', () => {
  it('lists the stages reached and the discussions logged, as reviewed', () => {
    const st = pack('south-tyneside-joint-2024');
    const model = build(st);
    if (model.body.kind !== 'form') throw new Error('not a form');
    const actions = model.body.fields.find((field) => field.binding === 'actions-taken');
    expect(actions?.value).toMatch(/– Stage 2: Escalation and Resolution/);
    expect(actions?.value).toContain('Discussions:');
    expect(actions?.value).toContain('Discussed the “threshold” decision for [child]');
    expect(actions?.value).not.toContain(FICTIONAL_CLIENT.firstName);
  });
});

describe('a notification the policy does not ask for says so', () => {
  it('keeps the form’s own title, with no warning, when the policy asks for it', () => {
    for (const policy of builtInPacks) {
      const model = build(policy);
      expect(model.title).toBe(policy.notificationForm.title);
      expect(model.notice).toBeNull();
    }
  });

  it('never calls a resolved Cambridgeshire case an unresolved disagreement for the Chair', () => {
    const cambs = pack('cambridgeshire-lscb-2013');
    const sample = sampleEscalation(cambs, { stageCount: 2 });
    const resolved = {
      ...sample,
      escalation: { ...sample.escalation, status: 'resolved' as const },
    };
    const model = build(cambs, resolved);
    expect(model.title).toBe('Summary of an escalation: not a notification the policy asks for');
    expect(model.title).not.toContain('unresolved');
    expect(model.notice).toContain(`The policy does not ask for “${cambs.notificationForm.title}”`);
    expect(model.notice).toContain('(Source: §2.10)');
  });

  it('never presents a case resolved at Lincolnshire Step 2 as a referral to the review group', () => {
    const lincs = pack('lincolnshire-scb-2010');
    const sample = sampleEscalation(lincs, { stageCount: 2 });
    const model = build(lincs, {
      ...sample,
      escalation: { ...sample.escalation, status: 'resolved' as const },
    });
    expect(model.title).not.toContain('Referral');
    expect(model.notice).toContain('without reaching Step 4');
  });

  it('warns on an LSCP outcome record made while the disagreement is still open', () => {
    const lscp = pack('unnamed-lscp-resolution-procedure');
    const sample = sampleEscalation(lscp);
    const model = build(lscp, {
      ...sample,
      escalation: { ...sample.escalation, status: 'open' as const, resolution: null },
    });
    expect(model.notice).toContain('It is not resolved yet');
    expect(model.title).not.toBe(lscp.notificationForm.title);
  });
});

describe('free text comes only from the review', () => {
  it('never prints the record’s own free text, even where it names the client', () => {
    for (const policy of builtInPacks) {
      const text = JSON.stringify(build(policy));
      for (const identifier of CLIENT_IDENTIFIERS) expect(text).not.toContain(identifier);
      expect(text).toContain('[child]');
    }
  });

  it('prints every listed free-text value, exactly as reviewed', () => {
    for (const policy of builtInPacks) {
      const source = { ...sampleEscalation(policy), pack: policy };
      const items = freeTextFieldsForReview(source);
      const reviewedText = Object.fromEntries(items.map((item, index) => [item.key, `⟦${index}⟧`]));
      const result = buildNotificationModel({
        ...source,
        reviewedText,
        generatedAt: SAMPLE_GENERATED_AT,
      });
      if (!result.ok) throw new Error('unexpectedly unreviewed');
      const text = JSON.stringify(result.model);
      items.forEach((_, index) => expect(text).toContain(`⟦${index}⟧`));
      expect(text).not.toContain('Discussed the “threshold” decision');
    }
  });

  it('refuses to build the model while any free-text value is unreviewed', () => {
    const wiltshire = pack('wiltshire-scb-2013');
    const source = { ...sampleEscalation(wiltshire), pack: wiltshire };
    const reviewedText = simulatedReview(freeTextFieldsForReview(source));
    delete reviewedText['discussion.d-3.summary'];
    const result = buildNotificationModel({
      ...source,
      reviewedText,
      generatedAt: SAMPLE_GENERATED_AT,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.unreviewed.map((item) => item.key)).toEqual(['discussion.d-3.summary']);
    expect(result).not.toHaveProperty('model');
  });

  it('lists each value once, with the record’s text, and fields typed at notification time empty', () => {
    const lincolnshire = pack('lincolnshire-scb-2010');
    const items = freeTextFieldsForReview({
      ...sampleEscalation(lincolnshire),
      pack: lincolnshire,
    });
    const keys = items.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(items.find((item) => item.key === 'statement.whatIsEscalated')?.text).toContain(
      FICTIONAL_CLIENT.firstName,
    );
    expect(items.filter((item) => item.origin === 'typed-at-notify')).toEqual([
      {
        key: 'field.lincs-form-plan',
        label: expect.stringContaining('Plan or forum') as string,
        text: '',
        origin: 'typed-at-notify',
      },
      {
        key: 'field.lincs-form-completed-by',
        label: 'Referred by (role and agency)',
        text: '',
        origin: 'typed-at-notify',
      },
    ]);
  });

  it('asks the joint children’s and adults’ partnership’s user who the client is', () => {
    const southTyneside = pack('south-tyneside-joint-2024');
    const items = freeTextFieldsForReview({
      ...sampleEscalation(southTyneside),
      pack: southTyneside,
    });
    expect(items.map((item) => item.key)).toContain('field.st-form-client-group');
  });
});

describe('form layouts', () => {
  it('lists the pack’s fields in the pack’s order with the record’s values', () => {
    for (const policy of builtInPacks.filter((p) => p.notificationForm.layout === 'form')) {
      const model = build(policy);
      if (model.body.kind !== 'form') throw new Error('not a form');
      expect(model.body.fields.map((field) => field.label)).toEqual(
        policy.notificationForm.fields.map((field) => field.label),
      );
      const caseField = model.body.fields.find((field) => field.binding === 'case-reference');
      expect(caseField?.value).toBe(sampleCaseRef(policy.id));
    }
  });

  it('shows the latest correction of a discussion instead of the original', () => {
    const cambridgeshire = pack('cambridgeshire-lscb-2013');
    const sample = sampleEscalation(cambridgeshire);
    const original = sample.discussions[0] as Discussion;
    const correction: Discussion = {
      ...original,
      id: 'd-correction',
      sequence: 99,
      summary: 'Corrected summary of the first call.',
      amends: original.id,
    };
    const model = build(cambridgeshire, {
      ...sample,
      discussions: [...sample.discussions, correction],
    });
    const text = JSON.stringify(model);
    expect(text).toContain('Corrected summary of the first call.');
    expect(text).not.toContain('stage 1, discussion 1.');
  });

  it('carries the frame every page prints', () => {
    const southTyneside = pack('south-tyneside-joint-2024');
    const model = build(southTyneside);
    expect(model).toMatchObject({
      blank: false,
      caseRef: SAMPLE_CASE_REF,
      protectiveMarking: PROTECTIVE_MARKING,
      partnershipName: southTyneside.partnership.name,
      title: southTyneside.notificationForm.title,
      generatedOn: '2026-11-24',
      recipient: { role: southTyneside.notificationForm.recipient.role, mailbox: null },
    });
    expect(model.formNote).toBe(southTyneside.notificationForm.originNote);
  });

  it('dates the notification in UK time', () => {
    const wiltshire = pack('wiltshire-scb-2013');
    const sample = sampleEscalation(wiltshire);
    const source = { ...sample, pack: wiltshire };
    const result = buildNotificationModel({
      ...source,
      reviewedText: simulatedReview(freeTextFieldsForReview(source)),
      generatedAt: '2026-06-30T23:30:00.000Z' as IsoDateTime,
    });
    expect(result.ok && result.model.generatedOn).toBe('2026-07-01');
  });
});

describe('blank forms', () => {
  it('have the form’s columns or fields and nothing from any record', () => {
    for (const policy of builtInPacks) {
      const model = buildBlankFormModel(policy);
      expect(model).toMatchObject({ blank: true, caseRef: null, generatedAt: null });
      if (model.body.kind === 'table-row') expect(model.body.rows).toEqual([]);
      else expect(model.body.fields.every((field) => field.value === '')).toBe(true);
      expect(model.body.kind).toBe(policy.notificationForm.layout);
    }
  });
});

describe('notificationFileName', () => {
  it('names the file by case reference and date only', () => {
    expect(notificationFileName('ESC-7KQ4-M2XD', '2026-11-24' as IsoDate)).toBe(
      'notification-ESC-7KQ4-M2XD-2026-11-24.pdf',
    );
    expect(notificationFileName(null, '2026-11-24' as IsoDate)).toBe(
      'notification-blank-2026-11-24.pdf',
    );
    expect(notificationFileName('ESC/../x y', '2026-11-24' as IsoDate)).toBe(
      'notification-ESC-x-y-2026-11-24.pdf',
    );
  });

  it('names each blank form by its partnership, so no two partnerships’ forms share a name', () => {
    const names = builtInPacks.map((policy) =>
      blankFormFileName(policy.partnership.shortName, '2026-11-24' as IsoDate),
    );
    expect(names).toContain('notification-blank-WSCB-2026-11-24.pdf');
    expect(names).toContain('notification-blank-STSCP-STSAB-2026-11-24.pdf');
    expect(names).toContain('notification-blank-Cambridgeshire-LSCB-2026-11-24.pdf');
    expect(new Set(names).size).toBe(builtInPacks.length);
  });
});
