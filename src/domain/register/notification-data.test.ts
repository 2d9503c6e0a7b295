import { describe, expect, it } from 'vitest';
import { NOTIFICATION_DATA_VERSION, parseNotificationData } from './notification-data';
import { testNotificationData } from './register-test-data';

/** The same data as a version 1 notification wrote it: no `about`, no `resolvedHow`. */
function asVersion1() {
  const { themes, ...rest } = testNotificationData('ESC-AAAA-V1V1', undefined, {
    categories: [
      { id: 'thresholds', label: 'Thresholds', theme: 'levels-of-need' },
      { id: 'local', label: 'Something local', theme: 'other' },
      { id: 'plans', label: 'Plans', theme: 'levels-of-need' },
    ],
  });
  const v1Themes: Record<string, unknown> = { ...themes };
  delete v1Themes.about;
  delete v1Themes.resolvedHow;
  return { ...rest, version: 1, themes: v1Themes };
}

describe('reading notification data', () => {
  it('reads the current version as it is', () => {
    const data = testNotificationData('ESC-AAAA-V2V2');
    expect(parseNotificationData(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(data.version).toBe(NOTIFICATION_DATA_VERSION);
  });

  it('reads a version 1 notification, its themes taken from its categories', () => {
    const read = parseNotificationData(asVersion1());
    expect(read?.version).toBe(NOTIFICATION_DATA_VERSION);
    expect(read?.themes.about).toEqual(['levels-of-need', 'other']);
    expect(read?.themes.resolvedHow).toBeNull();
  });

  it('refuses version 1 data carrying version 2 fields, and version 2 data without them', () => {
    expect(
      parseNotificationData({ ...asVersion1(), themes: testNotificationData('x').themes }),
    ).toBeNull();
    const { themes, ...rest } = testNotificationData('ESC-AAAA-V2V2');
    const withoutAbout: Record<string, unknown> = { ...themes };
    delete withoutAbout.about;
    expect(parseNotificationData({ ...rest, themes: withoutAbout })).toBeNull();
  });
});
