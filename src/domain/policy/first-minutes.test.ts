import { describe, expect, it } from 'vitest';
import { firstMinutesAdvice, firstMinutesNote } from './first-minutes';

describe('the first minutes of every urgent route', () => {
  it('starts with 999 for immediate danger, then the front door, then the police', () => {
    const steps = firstMinutesAdvice('children');
    expect(steps[0]).toEqual({
      text: 'If a child is in immediate danger, call the police on 999.',
      phone: '999',
    });
    expect(steps[1]?.text).toMatch(/local authority’s children’s social care front door/);
    expect(steps[2]?.text).toMatch(/police/);
  });

  it('names adult social care for an adults’ policy and both for a joint one', () => {
    expect(firstMinutesAdvice('adults')[1]?.text).toContain('adult social care front door');
    expect(firstMinutesAdvice('both')[0]?.text).toContain('a child or adult');
  });

  it('says it is Escalate’s advice, not the partnership’s', () => {
    expect(firstMinutesNote('WSCB')).toContain('not part of the WSCB policy');
  });
});
