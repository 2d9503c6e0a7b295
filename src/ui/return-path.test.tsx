// The place to return to is followed only when it is a path inside the app: a link written by
// anyone else cannot send the user on to another site from here.
import { describe, expect, it } from 'vitest';
import { returnPathFrom, withReturn } from './return-path';

const read = (address: string) => returnPathFrom(new URL(address, 'https://app.test').searchParams);

describe('the place to return to', () => {
  it('carries a path inside the app, with its #fragment', () => {
    const address = withReturn('/escalations', '/settings#restore-heading');
    expect(address).toBe('/escalations?return=%2Fsettings%23restore-heading');
    expect(read(address)).toBe('/settings#restore-heading');
  });

  it.each([
    ['another site', 'https://evil.example/settings'],
    ['another site without a scheme', '//evil.example/settings'],
    ['another site behind a backslash', '/\\evil.example/settings'],
    ['another site behind a tab', '/\t/evil.example/settings'],
    ['a script', 'javascript:alert(1)'],
    ['a relative path', 'settings'],
    ['nothing', ''],
  ])('ignores %s', (_, back) => {
    expect(read(`/escalations?return=${encodeURIComponent(back)}`)).toBeNull();
  });

  it('is absent from an address without one', () => {
    expect(read('/escalations')).toBeNull();
  });
});
