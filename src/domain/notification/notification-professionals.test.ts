// The professionals involved print only as reviewed: a client's details typed into a professional's
// name, role or agency never reach the notification unless the user kept them in review.
import { describe, expect, it } from 'vitest';
import type { Discussion, Escalation } from '../escalation/escalation';
import type { PolicyPack } from '../policy/policy-pack';
import { builtInPacks, findBuiltInPack } from '../policy/built-in-packs';
import {
  FICTIONAL_CLIENT,
  PROFESSIONALS,
  SAMPLE_GENERATED_AT,
  sampleEscalation,
  simulatedReview,
} from '../../../test/fixtures/notifications/sample-escalation';
import {
  buildNotificationModel,
  freeTextFieldsForReview,
  type NotificationModelResult,
  type NotificationSource,
} from './notification-model';

function pack(id: string): PolicyPack {
  const found = findBuiltInPack(id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

/** The client's name and address, typed into the agency of Siobhán Ó Briain (professional p-2). */
const LEAKY_AGENCY = `${FICTIONAL_CLIENT.firstName}’s school, ${FICTIONAL_CLIENT.address}`;
const SIOBHAN = PROFESSIONALS[1]?.name ?? '';

/** The sample under `policy`, with p-2's agency (in the record and every discussion) leaky. */
function leakySource(policy: PolicyPack): NotificationSource {
  const sample = sampleEscalation(policy);
  const leaky = <T extends { name: string; agency: string }>(person: T): T =>
    person.name === SIOBHAN ? { ...person, agency: LEAKY_AGENCY } : person;
  const escalation: Escalation = {
    ...sample.escalation,
    professionals: sample.escalation.professionals.map(leaky),
  };
  const discussions: Discussion[] = sample.discussions.map((entry) => ({
    ...entry,
    withWhom: entry.withWhom.map(leaky),
  }));
  return { escalation, discussions, pack: policy };
}

function buildWith(
  source: NotificationSource,
  reviewedText: Record<string, string>,
): NotificationModelResult {
  return buildNotificationModel({ ...source, reviewedText, generatedAt: SAMPLE_GENERATED_AT });
}

function printedText(result: NotificationModelResult): string {
  if (!result.ok) throw new Error(`unreviewed: ${result.unreviewed.map((i) => i.key).join()}`);
  return JSON.stringify(result.model);
}

const PROFESSIONAL_KEY = /^(professionals\.|raisedBy$|discussion\.[^.]+\.withWhom)/;

describe('the professionals involved, in review', () => {
  it('lists every printed professional text for review, with the exact text that prints', () => {
    const southTyneside = pack('south-tyneside-joint-2024');
    const items = freeTextFieldsForReview({
      ...sampleEscalation(southTyneside),
      pack: southTyneside,
    });
    const professional = items.filter(
      (item) => PROFESSIONAL_KEY.test(item.key) && !item.key.startsWith('discussion.'),
    );
    // The discussions print in "Actions taken", so the people in them are reviewed there too.
    expect(items.some((item) => /^discussion\.[^.]+\.withWhom/.test(item.key))).toBe(true);
    expect(professional.map(({ key, label, text }) => ({ key, label, text }))).toEqual([
      {
        key: 'raisedBy',
        label: 'Raising professional: role and agency',
        text: 'Designated safeguarding lead, Larkspur Primary School',
      },
      {
        key: 'professionals.p-1.agency',
        label: 'Professional 1: agency',
        text: 'Northshire Children’s Services',
      },
      {
        key: 'professionals.p-3.agency',
        label: 'Professional 3: agency',
        text: 'Northshire Community Health',
      },
      ...PROFESSIONALS.map((person, index) => ({
        key: `professionals.${person.id}`,
        label: `Professional ${index + 1}: name, role and agency`,
        text: `${person.name}, ${person.role}, ${person.agency}`,
      })),
    ]);
  });

  it('names a discussion of kind “other” by its date alone, not “(other)”', () => {
    const wiltshire = pack('wiltshire-scb-2013');
    const sample = sampleEscalation(wiltshire, { stageCount: 1, discussionsPerStage: 1 });
    const [first] = sample.discussions as [Discussion];
    const discussions = [{ ...first, method: 'other' as const }];
    const items = freeTextFieldsForReview({ ...sample, discussions, pack: wiltshire });
    const labels = items.filter((item) => item.key.startsWith('discussion.')).map((i) => i.label);
    expect(labels).toContain('Discussion on 2 Nov 2026: summary');
    expect(labels.join('\n')).not.toMatch(/\(other\)/);
  });

  it('lists the people of each discussion as its heading prints them', () => {
    const wiltshire = pack('wiltshire-scb-2013');
    const sample = sampleEscalation(wiltshire, { stageCount: 1, discussionsPerStage: 1 });
    const [first] = sample.discussions as [Discussion];
    const extra = { name: 'Ada Brightwater', role: 'GP', agency: '', agencyType: null };
    const discussions = [{ ...first, withWhom: [...first.withWhom, extra] }];
    const source = { ...sample, discussions, pack: wiltshire };
    const items = freeTextFieldsForReview(source);
    expect(items.filter((item) => PROFESSIONAL_KEY.test(item.key))).toEqual([
      {
        key: 'professionals.p-1',
        label: 'Professional 1: name, role and agency',
        text: 'Zoë Fairweather-Quill, Social worker, Northshire Children’s Services',
        origin: 'record',
      },
      {
        key: 'discussion.d-1.withWhom.1',
        label: 'Discussion on 2 Nov 2026 (meeting): professional 2 (name, role and agency)',
        text: 'Ada Brightwater, GP',
        origin: 'record',
      },
      {
        key: 'discussion.d-1.withWhom',
        label: 'Discussion on 2 Nov 2026 (meeting): with whom (names, roles and agencies)',
        text: 'Zoë Fairweather-Quill (Social worker, Northshire Children’s Services); Ada Brightwater (GP)',
        origin: 'record',
      },
    ]);
    const kept = Object.fromEntries(items.map((item) => [item.key, item.text]));
    const result = buildWith(source, kept);
    if (!result.ok || result.model.body.kind !== 'table-row') throw new Error('no table');
    const [row] = result.model.body.rows;
    expect(row?.[2]).toBe(
      'Zoë Fairweather-Quill, Social worker, Northshire Children’s Services\nAda Brightwater, GP',
    );
    expect(row?.[4]).toMatch(
      /^2 Nov 2026 – Meeting with Zoë Fairweather-Quill \(Social worker, Northshire Children’s Services\); Ada Brightwater \(GP\)\n/,
    );
  });
});

describe('the notifying professional', () => {
  it('prints the user’s own name with the raising role and agency among the professionals involved', () => {
    const wiltshire = pack('wiltshire-scb-2013');
    const sample = sampleEscalation(wiltshire, { stageCount: 1, discussionsPerStage: 1 });
    const source = { ...sample, pack: wiltshire, notifierName: '  Robin Ashdown ' };
    const items = freeTextFieldsForReview(source);
    const notifier = items.find((item) => item.key === 'notifier');
    const { role, agency } = sample.escalation.raisedBy;
    expect(notifier).toMatchObject({
      label: 'You, the notifying professional: name, role and agency',
      text: `Robin Ashdown, ${role}, ${agency}`,
    });
    const kept = Object.fromEntries(items.map((item) => [item.key, item.text]));
    const result = buildWith(source, kept);
    if (!result.ok || result.model.body.kind !== 'table-row') throw new Error('no table');
    expect(result.model.body.rows[0]?.[2]).toBe(
      `Robin Ashdown, ${role}, ${agency}\nZoë Fairweather-Quill, Social worker, Northshire Children’s Services`,
    );
  });

  it('adds no line when My service has no name', () => {
    const wiltshire = pack('wiltshire-scb-2013');
    const sample = sampleEscalation(wiltshire, { stageCount: 1, discussionsPerStage: 1 });
    const items = freeTextFieldsForReview({ ...sample, pack: wiltshire, notifierName: ' ' });
    expect(items.some((item) => item.key === 'notifier')).toBe(false);
  });
});

describe('a client’s details typed into a professional’s field', () => {
  it.each(builtInPacks.map((policy) => [policy.id, policy] as const))(
    'are offered for review and never print once hidden (%s)',
    (_, policy) => {
      const source = leakySource(policy);
      const items = freeTextFieldsForReview(source);
      const leaky = items.filter((item) => item.text.includes(LEAKY_AGENCY));
      expect(leaky.length).toBeGreaterThan(0);
      expect(leaky.every((item) => PROFESSIONAL_KEY.test(item.key))).toBe(true);
      const text = printedText(buildWith(source, simulatedReview(items)));
      for (const identifier of Object.values(FICTIONAL_CLIENT)) {
        expect(text).not.toContain(identifier);
      }
      expect(text).toContain(SIOBHAN);
      expect(text).toContain('[child]’s school, [address]');
    },
  );

  it.each(builtInPacks.map((policy) => [policy.id, policy] as const))(
    'print only when the user kept them in review (%s)',
    (_, policy) => {
      const source = leakySource(policy);
      const items = freeTextFieldsForReview(source);
      const reviewedText = simulatedReview(items);
      for (const item of items.filter((candidate) => PROFESSIONAL_KEY.test(candidate.key))) {
        reviewedText[item.key] = item.text;
      }
      expect(printedText(buildWith(source, reviewedText))).toContain(LEAKY_AGENCY);
    },
  );

  it('never print from the record, whatever the review says', () => {
    for (const policy of builtInPacks) {
      const source = leakySource(policy);
      const items = freeTextFieldsForReview(source);
      const reviewedText = Object.fromEntries(items.map((item, index) => [item.key, `⟦${index}⟧`]));
      const text = printedText(buildWith(source, reviewedText));
      for (const person of PROFESSIONALS) expect(text).not.toContain(person.name);
      for (const agency of ['Larkspur', 'Northshire Community Health', FICTIONAL_CLIENT.address]) {
        expect(text).not.toContain(agency);
      }
    }
  });
});

describe('a review missing a professional’s value', () => {
  it.each([
    ['south-tyneside-joint-2024', 'professionals.p-2'],
    ['south-tyneside-joint-2024', 'professionals.p-1.agency'],
    ['cambridgeshire-lscb-2013', 'raisedBy'],
    ['cambridgeshire-lscb-2013', 'discussion.d-1.withWhom'],
    ['wiltshire-scb-2013', 'discussion.d-2.withWhom'],
    ['wiltshire-scb-2013', 'professionals.p-1'],
  ])('refuses to build the %s notification without %s', (id, key) => {
    const source = leakySource(pack(id));
    const complete = simulatedReview(freeTextFieldsForReview(source));
    expect(Object.hasOwn(complete, key)).toBe(true);
    const reviewedText = Object.fromEntries(
      Object.entries(complete).filter(([reviewedKey]) => reviewedKey !== key),
    );
    const result = buildWith(source, reviewedText);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.unreviewed.map((item) => item.key)).toEqual([key]);
    expect(result).not.toHaveProperty('model');
  });
});
