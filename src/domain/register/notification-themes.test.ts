import { describe, expect, it } from 'vitest';
import type { IsoDateTime } from '../calendar/iso-date';
import { findBuiltInPack } from '../policy/built-in-packs';
import { sampleEscalation } from '../../../test/fixtures/notifications/sample-escalation';
import { notificationThemesOf, themeOfCategory } from './notification-themes';

const pack = findBuiltInPack('south-tyneside-joint-2024');
if (!pack) throw new Error('no South Tyneside pack');

describe('notificationThemesOf', () => {
  const { escalation } = sampleEscalation(pack);

  it('counts working days from the first stage to resolution, skipping weekends', () => {
    const themes = notificationThemesOf(
      {
        ...escalation,
        status: 'resolved',
        stageHistory: escalation.stageHistory.map((visit, index) =>
          index === 0 ? { ...visit, enteredAt: '2026-11-06T09:00:00.000Z' as IsoDateTime } : visit,
        ),
        resolution: {
          ...(escalation.resolution ?? {
            agreedOutcome: '',
            confirmationSentTo: '',
            confirmationSentOn: null,
            outstandingIssues: '',
            howOutstandingWillBePursued: '',
            debrief: '',
            learning: 'Write threshold reasons down.',
          }),
          resolvedAt: '2026-11-16T12:00:00.000Z' as IsoDateTime,
        },
      },
      pack,
    );
    // Friday 6 November to Monday 16 November 2026: six working days after the start.
    expect(themes.startedOn).toBe('2026-11-06');
    expect(themes.endedOn).toBe('2026-11-16');
    expect(themes.workingDaysToResolution).toBe(6);
    expect(themes.ending).toBe('resolved');
    expect(themes.learningIdentified).toBe(true);
  });

  it('lists the other agencies by type once each, never the raising agency', () => {
    const themes = notificationThemesOf(
      {
        ...escalation,
        professionals: [
          { id: 'a', name: 'A', role: 'r', agency: 'Council', agencyType: 'childrens-social-care' },
          { id: 'b', name: 'B', role: 'r', agency: 'Council', agencyType: 'childrens-social-care' },
          {
            id: 'c',
            name: 'C',
            role: 'r',
            agency: escalation.raisedBy.agency,
            agencyType: 'education',
          },
          { id: 'd', name: 'D', role: 'r', agency: 'Clinic', agencyType: 'health' },
          { id: 'e', name: 'E', role: 'r', agency: 'Unknown', agencyType: null },
        ],
      },
      pack,
    );
    expect(themes.raisingAgencyType).toBe('education');
    expect(themes.receivingAgencyTypes).toEqual(['childrens-social-care', 'health']);
  });

  it('names the stage reached as the form does, with its place among the stages', () => {
    const themes = notificationThemesOf(escalation, pack);
    const last = escalation.stageHistory.at(-1);
    expect(themes.stageReached?.id).toBe(last?.stageId);
    expect(themes.stageReached?.order).toBe(
      pack.stages.findIndex((stage) => stage.id === last?.stageId) + 1,
    );
    const open = notificationThemesOf({ ...escalation, status: 'open', resolution: null }, pack);
    expect(open.endedOn).toBeNull();
    expect(open.workingDaysToResolution).toBeNull();
  });

  it('keeps the pack’s category words and files them under a common theme', () => {
    const themes = notificationThemesOf(
      { ...escalation, categoryIds: ['safeguarding-plans'] },
      pack,
    );
    expect(themes.categories).toEqual([
      {
        id: 'safeguarding-plans',
        label: pack.categories.find((category) => category.id === 'safeguarding-plans')?.label,
        theme: 'assessment-or-plan',
      },
    ]);
    expect(themeOfCategory('differing-views-of-thresholds')).toBe('levels-of-need');
    expect(themeOfCategory('something-local')).toBe('other');
  });

  it('takes the practitioner’s choices at resolution over what the record says', () => {
    const resolution = {
      resolvedAt: '2026-11-16T12:00:00.000Z' as IsoDateTime,
      agreedOutcome: 'Assessment agreed.',
      confirmationSentTo: '',
      confirmationSentOn: null,
      outstandingIssues: '',
      howOutstandingWillBePursued: '',
      debrief: '',
      learning: '',
    };
    const resolved = { ...escalation, status: 'resolved' as const, categoryIds: ['thresholds'] };
    const derived = notificationThemesOf({ ...resolved, resolution }, pack);
    expect(derived.about).toEqual(['levels-of-need']);
    expect(derived.resolvedHow).toBeNull();
    expect(derived.learningIdentified).toBe(false);

    const chosen = notificationThemesOf(
      {
        ...resolved,
        resolution: {
          ...resolution,
          themes: {
            about: ['communication', 'information-sharing'],
            agencyTypes: ['police'],
            resolvedHow: 'senior-decision',
            learningIdentified: true,
          },
        },
      },
      pack,
    );
    expect(chosen).toMatchObject({
      about: ['communication', 'information-sharing'],
      receivingAgencyTypes: ['police'],
      resolvedHow: 'senior-decision',
      learningIdentified: true,
    });
    // The pack's own category words still travel as chosen at the start.
    expect(chosen.categories.map((category) => category.id)).toEqual(['thresholds']);

    const leftUnchosen = notificationThemesOf(
      {
        ...resolved,
        resolution: {
          ...resolution,
          themes: { about: [], agencyTypes: [], resolvedHow: null, learningIdentified: null },
        },
      },
      pack,
    );
    expect(leftUnchosen).toEqual(derived);
  });

  it('uses the choices made at the start for a notification sent before resolution', () => {
    const open = { ...escalation, categoryIds: ['thresholds'] };
    expect(notificationThemesOf(open, pack).about).toEqual(['levels-of-need']);
    const chosen = notificationThemesOf(
      { ...open, themes: { about: ['communication'], agencyTypes: ['health', 'police'] } },
      pack,
    );
    expect(chosen.about).toEqual(['communication']);
    expect(chosen.receivingAgencyTypes).toEqual(['health', 'police']);
    expect(chosen.ending).toBe('open');
  });

  it('uses the choices made at the start for a record referred or withdrawn', () => {
    const closure = { at: '2026-11-16T12:00:00.000Z' as IsoDateTime, reason: 'No agreement.' };
    const themes = { about: ['need-for-action' as const], agencyTypes: ['education' as const] };
    const referred = notificationThemesOf(
      { ...escalation, status: 'referred-to-partnership', referral: closure, themes },
      pack,
    );
    const withdrawn = notificationThemesOf(
      { ...escalation, status: 'withdrawn', withdrawal: closure, themes },
      pack,
    );
    for (const result of [referred, withdrawn]) {
      expect(result.about).toEqual(['need-for-action']);
      expect(result.receivingAgencyTypes).toEqual(['education']);
    }
  });

  it('lets each choice at resolution win over the start’s, and falls back to it when left empty', () => {
    const resolution = {
      resolvedAt: '2026-11-16T12:00:00.000Z' as IsoDateTime,
      agreedOutcome: 'Assessment agreed.',
      confirmationSentTo: '',
      confirmationSentOn: null,
      outstandingIssues: '',
      howOutstandingWillBePursued: '',
      debrief: '',
      learning: '',
    };
    const atStart = { about: ['communication' as const], agencyTypes: ['police' as const] };
    const resolvedWith = (about: 'assessment-or-plan'[], agencyTypes: 'health'[]) =>
      notificationThemesOf(
        {
          ...escalation,
          status: 'resolved',
          themes: atStart,
          resolution: {
            ...resolution,
            themes: { about, agencyTypes, resolvedHow: 'agreement', learningIdentified: null },
          },
        },
        pack,
      );
    expect(resolvedWith(['assessment-or-plan'], ['health'])).toMatchObject({
      about: ['assessment-or-plan'],
      receivingAgencyTypes: ['health'],
      resolvedHow: 'agreement',
    });
    expect(resolvedWith([], ['health'])).toMatchObject({
      about: ['communication'],
      receivingAgencyTypes: ['health'],
    });
    expect(resolvedWith(['assessment-or-plan'], [])).toMatchObject({
      about: ['assessment-or-plan'],
      receivingAgencyTypes: ['police'],
    });
  });
});
