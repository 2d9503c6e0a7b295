// Starting a record: what is checked, where it starts, and when its first stage is due.
import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDate } from '../calendar/iso-date';
import { creationAudit, startEscalation } from './escalation-machine';
import {
  at,
  CASE_REF,
  codeOf,
  fakePack,
  socialWorker,
  started,
  startInput,
  valueOf,
  WEDNESDAY,
} from './escalation.fixture';
import type { PackForMachine } from './escalation-pack';

const context = { now: WEDNESDAY, id: 'esc-1', caseRef: CASE_REF };
const noRoutes: PackForMachine = { ...fakePack, urgentRoutes: [] };
const withInjuryRoute: PackForMachine = {
  ...fakePack,
  urgentRoutes: [
    ...fakePack.urgentRoutes,
    {
      id: 'injury',
      situation: 'suspected-non-accidental-injury',
      title: 'Suspected non-accidental injury',
      timescale: { kind: 'immediate' },
    },
  ],
};

describe('startEscalation', () => {
  it('starts an open record at revision 1 at the first stage, due after its working days', () => {
    const record = started();
    expect(record).toMatchObject({
      id: 'esc-1',
      caseRef: CASE_REF,
      packId: 'fake-pack',
      packVersion: 2,
      createdAt: WEDNESDAY,
      updatedAt: WEDNESDAY,
      revision: 1,
      isExample: false,
      status: 'open',
      feedback: [],
      resolution: null,
      referral: null,
      withdrawal: null,
    });
    expect(record.stageHistory).toEqual([
      {
        kind: 'stage',
        stageId: 'practitioners',
        enteredAt: WEDNESDAY,
        dueDate: '2026-03-06',
        dueAt: '2026-03-06T17:00:00.000Z',
        leftAt: null,
        reason: '',
      },
    ]);
  });

  it('counts the due date past the Easter bank holidays', () => {
    // Thursday 2 April 2026; Good Friday and Easter Monday do not count: due Wednesday 8 April.
    const record = started(at('2026-04-02T09:00:00.000Z'));
    expect(record.stageHistory[0]).toMatchObject({
      dueDate: '2026-04-08',
      dueAt: '2026-04-08T16:00:00.000Z',
    });
  });

  it('counts against the Scottish calendar when given it (2 January is a holiday there)', () => {
    const newYearsEve = { ...context, now: at('2025-12-31T10:00:00.000Z') };
    const calendar = { region: 'scotland' as const };
    const record = valueOf(startEscalation(startInput(), fakePack, { ...newYearsEve, calendar }));
    expect(record.stageHistory[0]?.dueDate).toBe('2026-01-06');
    const english = valueOf(startEscalation(startInput(), fakePack, newYearsEve));
    expect(english.stageHistory[0]?.dueDate).toBe('2026-01-05');
  });

  it('skips the days the organisation is closed', () => {
    const calendar = { closedDays: [isoDate('2026-03-05')] };
    const record = valueOf(startEscalation(startInput(), fakePack, { ...context, calendar }));
    expect(record.stageHistory[0]?.dueDate).toBe('2026-03-09');
  });

  it('trims the text it stores and drops repeated categories', () => {
    const record = started(WEDNESDAY, {
      categoryIds: ['thresholds', 'communication', 'thresholds'],
      statement: {
        whatIsEscalated: '  No visit.  ',
        outcomeSought: '\nA visit.\t',
        outcomeSoughtBy: null,
      },
    });
    expect(record.statement).toEqual({
      whatIsEscalated: 'No visit.',
      outcomeSought: 'A visit.',
      outcomeSoughtBy: null,
    });
    expect(record.categoryIds).toEqual(['thresholds', 'communication']);
  });

  it('keeps the theme choices made at the start, once each, and none when nothing is chosen', () => {
    const themes = {
      about: ['communication', 'communication', 'information-sharing'] as const,
      agencyTypes: ['police', 'health', 'police'] as const,
    };
    const chosen = started(WEDNESDAY, {
      themes: { about: [...themes.about], agencyTypes: [...themes.agencyTypes] },
    });
    expect(chosen.themes).toEqual({
      about: ['communication', 'information-sharing'],
      agencyTypes: ['police', 'health'],
    });
    const none = started(WEDNESDAY, { themes: { about: [], agencyTypes: [] } });
    expect(none).not.toHaveProperty('themes');
    expect(started()).not.toHaveProperty('themes');
  });

  it('marks synthetic training records as examples only when asked', () => {
    expect(started(WEDNESDAY, { isExample: true }).isExample).toBe(true);
  });

  it.each([
    [
      'statement.whatIsEscalated',
      { whatIsEscalated: '   ', outcomeSought: 'x', outcomeSoughtBy: null },
    ],
    ['statement.outcomeSought', { whatIsEscalated: 'x', outcomeSought: '', outcomeSoughtBy: null }],
  ])('refuses a blank %s', (field, statement) => {
    const result = startEscalation(startInput({ statement }), fakePack, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'required', field } });
  });

  it('refuses a blank role or agency for the person raising the concern', () => {
    const raisedBy = { agencyType: 'health' as const, role: 'Health visitor', agency: ' ' };
    const result = startEscalation(startInput({ raisedBy }), fakePack, context);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'required', field: 'raisedBy.agency' },
    });
  });

  it('refuses a professional with neither name nor role, or with no agency', () => {
    const nameless = { ...socialWorker, id: 'p1', name: '', role: ' ' };
    const noAgency = { ...socialWorker, id: 'p2', agency: '' };
    const first = startEscalation(startInput({ professionals: [nameless] }), fakePack, context);
    const second = startEscalation(startInput({ professionals: [noAgency] }), fakePack, context);
    expect(first).toMatchObject({ ok: false, error: { field: 'professionals[0].name' } });
    expect(second).toMatchObject({ ok: false, error: { field: 'professionals[0].agency' } });
  });

  it('refuses text longer than three pages', () => {
    const statement = {
      whatIsEscalated: 'x'.repeat(10_001),
      outcomeSought: 'x',
      outcomeSoughtBy: null,
    };
    expect(codeOf(startEscalation(startInput({ statement }), fakePack, context))).toBe('too-long');
  });

  it('refuses a category the pack does not have, and no category when the pack has some', () => {
    const unknown = startEscalation(startInput({ categoryIds: ['weather'] }), fakePack, context);
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'unknown-category', field: 'categoryIds' },
    });
    expect(codeOf(startEscalation(startInput({ categoryIds: [] }), fakePack, context))).toBe(
      'no-category',
    );
  });

  it('accepts no category when the pack lists none', () => {
    const uncategorised = { ...fakePack, categories: [] };
    expect(startEscalation(startInput({ categoryIds: [] }), uncategorised, context).ok).toBe(true);
  });

  it('accepts an outcome sought by today (UK time) but refuses yesterday', () => {
    const late = at('2026-07-01T23:30:00.000Z'); // already 2 July in London
    const today = {
      whatIsEscalated: 'x',
      outcomeSought: 'y',
      outcomeSoughtBy: isoDate('2026-07-02'),
    };
    const yesterday = { ...today, outcomeSoughtBy: isoDate('2026-07-01') };
    const ctx = { ...context, now: late };
    expect(startEscalation(startInput({ statement: today }), fakePack, ctx).ok).toBe(true);
    const refused = startEscalation(startInput({ statement: yesterday }), fakePack, ctx);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'date-in-past', field: 'statement.outcomeSoughtBy' },
    });
    expect(refused.ok || refused.error.message).toContain('1 July 2026');
  });

  it('refuses a date sought that is not a real date', () => {
    const statement = {
      whatIsEscalated: 'x',
      outcomeSought: 'y',
      outcomeSoughtBy: '2026-02-30' as IsoDate,
    };
    const result = startEscalation(startInput({ statement }), fakePack, context);
    expect(codeOf(result)).toBe('invalid-date');
  });

  it('refuses a case reference that could carry identifying details', () => {
    const result = startEscalation(startInput(), fakePack, {
      ...context,
      caseRef: 'SMITH-2015-03-01',
    });
    expect(codeOf(result)).toBe('invalid-case-reference');
  });

  it('refuses a pack with no stages rather than throwing', () => {
    expect(codeOf(startEscalation(startInput(), { ...fakePack, stages: [] }, context))).toBe(
      'unknown-stage',
    );
  });
});

describe('startEscalation: urgent starts', () => {
  it('starts a child at imminent risk on the imminent-risk route, due by its timescale', () => {
    const record = started(WEDNESDAY, { urgency: 'imminent-risk' });
    expect(record.stageHistory[0]).toMatchObject({
      kind: 'urgent-route',
      stageId: 'imminent',
      dueAt: '2026-03-04T12:00:00.000Z',
      reason: 'Started as urgent: a child or adult at imminent risk.',
    });
  });

  it('starts suspected non-accidental injury on its own route when the pack has one', () => {
    const record = started(
      WEDNESDAY,
      { urgency: 'suspected-non-accidental-injury' },
      withInjuryRoute,
    );
    expect(record.stageHistory[0]).toMatchObject({
      kind: 'urgent-route',
      stageId: 'injury',
      dueAt: WEDNESDAY,
    });
  });

  it('falls back to the imminent-risk route for suspected non-accidental injury, and says so', () => {
    const record = started(WEDNESDAY, { urgency: 'suspected-non-accidental-injury' });
    expect(record.stageHistory[0]?.stageId).toBe('imminent');
    expect(record.stageHistory[0]?.reason).toContain('route for imminent risk applies');
  });

  it('falls back to the first stage, due immediately, when the pack has no urgent route', () => {
    const record = started(WEDNESDAY, { urgency: 'imminent-risk' }, noRoutes);
    expect(record.stageHistory[0]).toMatchObject({
      kind: 'stage',
      stageId: 'practitioners',
      dueAt: WEDNESDAY,
    });
    expect(record.stageHistory[0]?.reason).toContain('no urgent route');
  });
});

describe('creationAudit', () => {
  it('says where the record started and when it is due', () => {
    const audit = creationAudit(started(), fakePack);
    expect(audit).toEqual({
      at: WEDNESDAY,
      action: 'created',
      detail:
        'Started escalation ESC-7KQ4-M2XD at “Practitioner to practitioner” (step 1 of 4) (due 6 March 2026 at 17:00).',
    });
  });

  it('carries the reason for an urgent start', () => {
    const audit = creationAudit(started(WEDNESDAY, { urgency: 'imminent-risk' }), fakePack);
    expect(audit.detail).toContain('the urgent route “Child at imminent risk”');
    expect(audit.detail).toContain('Started as urgent');
  });
});
