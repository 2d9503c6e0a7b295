import { describe, expect, it } from 'vitest';
import { findSocialMediaHandles } from './social-media';

const found = (text: string) => findSocialMediaHandles(text).map((f) => f.original);

describe('social-media handles', () => {
  it('finds an @handle but not an e-mail address', () => {
    expect(found('messaging @lulu_x2 and @Kay.Dn; email j.smith@example.org')).toEqual([
      '@lulu_x2',
      '@Kay.Dn',
    ]);
  });

  it('finds a username after the name of a platform', () => {
    expect(found('on snap as lulu_h. TikTok: kay.dn07, instagram account called mia_2011')).toEqual(
      ['lulu_h', 'kay.dn07', 'mia_2011'],
    );
  });

  it('leaves ordinary words after a platform name', () => {
    expect(found('She uses Snapchat every night and Facebook messenger.')).toEqual([]);
  });
});
