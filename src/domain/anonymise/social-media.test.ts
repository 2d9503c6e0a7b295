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

describe('usernames written without a platform just before them', () => {
  const found = (text: string) => findSocialMediaHandles(text).map((f) => f.original);

  it('finds a dotted or underscored username near a word about messages or accounts', () => {
    expect(
      found(
        'She showed me messages from kwame.the.don; deleted their accounts (alex.m.draws); met on snapchat (j0rdan.99); a user "xX_Reaper_Xx#4471" on Discord.',
      ),
    ).toEqual(['kwame.the.don', 'alex.m.draws', 'j0rdan.99', 'xX_Reaper_Xx#4471']);
  });

  it('leaves web addresses, files, abbreviations and dotted numbers', () => {
    expect(
      found('Messages, e.g. on the app; see report.pdf and www.nspcc.org.uk; account 12.05.2024.'),
    ).toEqual([]);
  });
});

describe('usernames written plainly, and profile addresses', () => {
  it('finds a plain username after a platform and a colon, dash, "is", "name" or quotes', () => {
    expect(
      found(
        'Her insta is lilmissjade. snap: kayleighxo; Snapchat – jaydenxboss; yt channel "ZoneSevenTV"; xbox gamertag is ShadowKing; roblox name bloxkid',
      ),
    ).toEqual(['lilmissjade', 'kayleighxo', 'jaydenxboss', 'ZoneSevenTV', 'ShadowKing', 'bloxkid']);
  });

  it('leaves ordinary words, verbs and a person’s capitalised name after a platform', () => {
    expect(
      found(
        'her tiktok is private; snap is how they talk; insta: deleted it; on facebook as Toni; the account was consistent; the user reported it; insta story showed her',
      ),
    ).toEqual([]);
  });

  it('finds a profile’s whole web address on a platform', () => {
    expect(
      found(
        'see instagram.com/lilmissjade and https://www.tiktok.com/@kaybaby07 (fb.com/toni.cole.77)',
      ),
    ).toEqual([
      'instagram.com/lilmissjade',
      'https://www.tiktok.com/@kaybaby07',
      'fb.com/toni.cole.77',
    ]);
  });
});

describe('a profile or page named in quotes after a platform', () => {
  it('finds capitalised words in quotes after a platform, "profile" or "page"', () => {
    expect(
      found(
        'Facebook "Rick Mccabe Bellevale"; on Facebook as "Lee Whit Brum"; a Facebook account in the name "Az Marshy"; (profile "Toni Louise Cole"); a fundraising page ("Isla’s Warrior Journey").',
      ),
    ).toEqual([
      'Rick Mccabe Bellevale',
      'Lee Whit Brum',
      'Az Marshy',
      'Toni Louise Cole',
      'Isla’s Warrior Journey',
    ]);
  });

  it('leaves quoted speech and a group run by someone', () => {
    expect(
      found('posted on Facebook that she "can’t cope"; a Telegram group run by "Ironside"'),
    ).toEqual([]);
  });
});

describe('profiles and usernames after "social media" or a bracket', () => {
  it('finds a username after "Social media:" and one in brackets after a platform', () => {
    expect(
      found(
        'Social media: kaydz_p12. Images on an OnlyFans page (kriswildeXX). Facebook (private).',
      ),
    ).toEqual(['kaydz_p12', 'kriswildeXX']);
  });

  it('finds an unquoted profile of three to five capitalised words after "is" or "as"', () => {
    expect(
      found("Sonny's Facebook is Sonny Smith Wisbech Boy. She is on facebook as Toni Cole."),
    ).toEqual(['Sonny Smith Wisbech Boy']);
  });
});
