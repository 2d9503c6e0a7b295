import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from './calendar/iso-date';
import {
  readableStageTitle,
  describeDateText,
  longDateOf,
  longDateTime,
  METHOD_LABELS,
  shortDate,
  stageName,
  statusLabel,
} from './record-vocabulary';

const pack = {
  stages: [
    { id: 'one', label: 'Stage 1', title: 'Practitioners' },
    { id: 'two', label: null, title: 'Line managers' },
  ],
  urgentRoutes: [{ id: 'imminent', title: 'Child at imminent risk' }],
};

describe('record vocabulary', () => {
  it('dates an instant late on a summer evening by the London calendar, not UTC', () => {
    const instant = '2026-06-30T23:30:00.000Z' as IsoDateTime;
    expect(longDateOf(instant)).toBe('1 July 2026');
    expect(longDateTime(instant)).toBe('1 July 2026 at 00:30');
  });

  it('keeps GMT in winter', () => {
    expect(longDateTime('2026-12-01T23:30:00.000Z' as IsoDateTime)).toBe(
      '1 December 2026 at 23:30',
    );
  });

  it('shortens months for narrow columns', () => {
    expect(shortDate('2026-11-24' as IsoDate)).toBe('24 Nov 2026');
  });

  it('names dates read from files in UK words, and leaves anything else as written', () => {
    expect(describeDateText('2026-03-29T00:30:00Z')).toBe('29 March 2026 at 00:30');
    expect(describeDateText('2026-08-01T23:15:00.000Z', { withTime: false })).toBe('2 August 2026');
    expect(describeDateText('2026-02-03')).toBe('3 February 2026');
    expect(describeDateText('last week')).toBe('last week');
  });

  it('spells email one way everywhere', () => {
    expect(METHOD_LABELS.email).toBe('Email');
  });

  it('names stages and urgent routes, falling back to the id', () => {
    expect(stageName(pack, { stageId: 'one' })).toBe('Stage 1: Practitioners');
    expect(stageName(pack, { stageId: 'two' })).toBe('Line managers');
    expect(stageName(pack, { stageId: 'imminent' })).toBe('Urgent route: Child at imminent risk');
    expect(stageName(pack, { stageId: 'gone' })).toBe('gone');
  });

  it('names statuses, and shows an unknown one as stored', () => {
    expect(statusLabel('referred-to-partnership')).toBe('Referred to the partnership');
    expect(statusLabel('archived')).toBe('archived');
  });
});

describe('a stage title as the app’s screens show it', () => {
  it('reads a "who: who" title as "who to who", so no word is repeated after a label', () => {
    expect(readableStageTitle('Manager: Manager')).toBe('Manager to Manager');
    expect(readableStageTitle('Professional : Professional')).toBe('Professional to Professional');
    expect(readableStageTitle('Senior Manager: Senior Manager')).toBe(
      'Senior Manager to Senior Manager',
    );
  });

  it('keeps any other title as the policy words it', () => {
    expect(readableStageTitle('Refer via the WSCB')).toBe('Refer via the WSCB');
    expect(readableStageTitle('Review: panel decision')).toBe('Review: panel decision');
  });
});
