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

describe('names of group chats, servers and accounts (fifteenth round)', () => {
  it('finds a name after "group chat called", "server named" or "account called", up to a clause word', () => {
    expect(
      found(
        'She posts in a group chat called the night owls where photos are shared. He joined a Discord server named Frog Pond 🐸 which older boys run. Run from an account called brxtnleaks.',
      ),
    ).toEqual(['the night owls', 'Frog Pond 🐸', 'brxtnleaks']);
  });

  it('finds a quoted name after "called", and a platform and "called" ("a Discord called")', () => {
    expect(
      found('a snapchat group called "Year 10 Lads" and a Discord called Moss Gang and more'),
    ).toEqual(['Year 10 Lads', 'Moss Gang']);
  });

  it('leaves "called" as a verb and a name of one common word', () => {
    expect(
      found('The account called her names. The group chat called it off. A chat called me.'),
    ).toEqual([]);
  });

  it('finds a chat name set off by commas, but not a clause', () => {
    expect(
      found('then a second chat, KLT drops, which he runs. In the chat, she said no.'),
    ).toEqual(['KLT drops']);
  });

  it('finds a capitalised name after a platform and "group"', () => {
    expect(
      found('It went on the WhatsApp group Tipton Mums Online. The whatsapp group was loud.'),
    ).toEqual(['Tipton Mums Online']);
  });

  it('finds a quoted name of two words before "on" and a platform, but not one plain word', () => {
    expect(found('raps as "Lil Brixx" on youtube; she is "Kaz" on Instagram')).toEqual([
      'Lil Brixx',
    ]);
  });

  it('finds a username after "under the name" and "gamertag", but not a person’s name', () => {
    expect(
      found(
        'an app under the name plumcrumble and on Xbox (gamertag MossyTheGreat); under the name Smith',
      ),
    ).toEqual(['plumcrumble', 'MossyTheGreat']);
  });

  it('keeps the capitalised words of a profile before lower-case words', () => {
    expect(found('mum is on fb as Jo Dunn Netball Mum n posts clips')).toEqual([
      'Jo Dunn Netball Mum',
    ]);
  });

  it('finds an underscored username anywhere, a trailing underscore and a chat speaker label', () => {
    expect(found('One called xX_MothKing_Xx asked. Her username there is pixiemoth_ now.')).toEqual(
      ['xX_MothKing_Xx', 'pixiemoth_'],
    );
    expect(found('copied: lo.fi22: where u at ty.b: home')).toEqual(['lo.fi22', 'ty.b']);
  });

  it('finds every other mention of a username and the core of a decorated gamertag', () => {
    expect(
      found('joined by xX_MothKing_Xx. Later MothKing said hi; pip_99: yo pip_99: bye'),
    ).toEqual(['xX_MothKing_Xx', 'MothKing', 'pip_99', 'pip_99']);
  });
});

describe('cash tags, words before a platform, display names with an emoji and trading names', () => {
  it('finds a payment app’s cash tag but leaves an amount in dollars', () => {
    expect(found('sent £60 on Cash App to $LexiRae04 and $5 to me')).toEqual(['$LexiRae04']);
  });

  it('finds a handle-like, camel-case or long joined word before "on" and a platform', () => {
    expect(found('an older lad, DripLordKai, on Snapchat, and milliebakesyork on Insta')).toEqual([
      'DripLordKai',
      'milliebakesyork',
    ]);
    expect(found('he goes by kez_07 on TikTok')).toEqual(['kez_07']);
  });

  it('leaves a plain word, a short text-speak word and a name before a platform', () => {
    expect(found('photos on Instagram. sum1 on roblox. McDonald on Facebook')).toEqual([]);
  });

  it('finds a quoted display name with an emoji after a platform, not a phone contact', () => {
    expect(found('a Snapchat from "Big Bro 🦁" at 2am')).toEqual(['Big Bro 🦁']);
    expect(found('saved in her phone as contact "Nan ❤️"')).toEqual([]);
  });

  it('finds a trading name after "selling name is" and a page name after a comma', () => {
    expect(found('Her selling name is Kayla’s Kids Kloset; she')).toEqual(['Kayla’s Kids Kloset']);
    expect(found('a fundraising page, "Ollie’s Big Fight", with')).toEqual(['Ollie’s Big Fight']);
  });

  it('finds a channel of several capitalised words under its name on a platform', () => {
    expect(found('he is on YouTube under the name Big Dee (N9 Crew); and')).toEqual([
      'Big Dee (N9 Crew)',
    ]);
    expect(found('on Facebook under the name Lee Dunn and messaged her')).toEqual(['Lee Dunn']);
  });
});

describe('quoted names after a group chat, server, channel or display name (seventeenth round)', () => {
  const found = (text: string) =>
    findSocialMediaHandles(text).map((finding) => text.slice(finding.start, finding.end));

  it('finds the quoted name of a server, channel or account, and a second one after "and"', () => {
    expect(found('shared on a Discord server "Moss Side Boyz" last week')).toEqual([
      'Moss Side Boyz',
    ]);
    expect(found('follows Telegram channels "Iron Dawn UK" and "Wolf Pack North" daily')).toEqual([
      'Iron Dawn UK',
      'Wolf Pack North',
    ]);
    expect(found('a TikTok account "leakz.rdg" and')).toEqual(['leakz.rdg']);
    expect(found('Reddit user "u/quiet_kev" posts')).toEqual(['u/quiet_kev']);
  });

  it('finds a group chat named in quotes, before or after the words "group chat"', () => {
    expect(found('a group chat "Y8 Girlz 💅" where')).toEqual(['Y8 Girlz 💅']);
    expect(found('sent to "Oakfield Y9 Lads", the year group chat. Then')).toEqual([
      'Oakfield Y9 Lads',
    ]);
    expect(found('a family WhatsApp group "Begum Parivaar" is')).toEqual(['Begum Parivaar']);
  });

  it('finds quoted display names and a fundraiser’s name', () => {
    expect(found('known by display names "lulu🌸" and "mo.k_x" on')).toEqual(['lulu🌸', 'mo.k_x']);
    expect(found('posts a fundraiser "Ellie’s Journey". Mum')).toEqual(['Ellie’s Journey']);
  });

  it('finds a dotted username alone in brackets after a name, not a file or a web address', () => {
    expect(found('her cousin kayla (kaylaaa.b) added the caption')).toEqual(['kaylaaa.b']);
    expect(found('the letter (letter.pdf) and the site (nhs.uk) say')).toEqual([]);
  });

  it('leaves quoted speech after a chat or channel', () => {
    expect(found('she wrote in the group chat "I will kill you." and left')).toEqual([]);
    expect(found('the channel "is not safe, leave now" was')).toEqual([]);
  });
});

describe('a group chat\'s quoted name after "is"', () => {
  it('takes a group chat\'s quoted name after "is"', () => {
    expect(found('The group chat is "9C girls only". She left it.')).toContain('9C girls only');
  });

  it('needs the quotes', () => {
    expect(found('The group chat is quiet now.')).toEqual([]);
  });
});

describe('round 21: usernames by their shape, and quoted names with an emoji', () => {
  it('finds a word with a digit for a letter, or a gamer frame, with no platform near', () => {
    expect(found('a viewer called sh4dowFox_ posted it; owner br1cklayer9 runs it')).toEqual([
      'sh4dowFox_',
      'br1cklayer9',
    ]);
    expect(found('messaged by sum1 called xXNightCrawlerXx last week')).toEqual([
      'xXNightCrawlerXx',
    ]);
  });

  it('leaves an NI number, a plate, a scanned name and text-speak', () => {
    expect(found('NINO qq123456c, car yk07abc, Mother: Ad1ola Bello, gr8ful m8, l8r')).toEqual([]);
  });

  it('finds a quoted group or profile with an emoji, but not speech after "group"', () => {
    expect(found('she is in the group "Mamy Leeds 🇵🇱" and uses the profile "Lil Dev 👑".')).toEqual(
      ['Mamy Leeds 🇵🇱', 'Lil Dev 👑'],
    );
    expect(found('she told the group "went quiet" after')).toEqual([]);
  });

  it('finds a Discord "calld" in text-speak', () => {
    expect(found('on a discord calld "the den 🔥" - bad')).toEqual(['the den 🔥']);
  });

  it('leaves a reference whose letters are a platform’s initials', () => {
    expect(found('food parcel (voucher FB-30412) today')).toEqual([]);
  });

  it('finds one long made-up word straight after someone’s platform, not a word about it', () => {
    expect(found('her snap jadexlouisee - she showed us')).toEqual(['jadexlouisee']);
    expect(found('his snapchat password was changed; her tiktok followers went')).toEqual([]);
  });

  it('finds a display name after a frame that names one, not a clause or a plain word', () => {
    expect(found('He messages her on Facebook as Jez Pottsy and on the phone.')).toEqual([
      'Jez Pottsy',
    ]);
    expect(found('a Facebook message to mum from Tam Rigg Ballymena: "you will pay"')).toEqual([
      'Tam Rigg Ballymena',
    ]);
    expect(found('Her Facebook (Kaz Dunmore-Pike) asks for money.')).toEqual(['Kaz Dunmore-Pike']);
    expect(found('the profile name is Shaz Fenwick and the photos')).toEqual(['Shaz Fenwick']);
    expect(found('He streams on Twitch most nights as KayPlaysGG.')).toEqual(['KayPlaysGG']);
    expect(found('She posts as mira.bakes on a cake page.')).toEqual(['mira.bakes']);
    expect(found('mum is on Facebook as well. It is on Facebook as The Sun said.')).toEqual([]);
    expect(found('dad sent a WhatsApp from Leeds.')).toEqual([]);
  });

  it('finds a chat with a digit in its name where something was shared, not a class', () => {
    expect(found('someone put it in yr9 madness 💀. Everyone saw it')).toEqual(['yr9 madness 💀']);
    expect(found('the clip was shared in LS6 lads, then deleted')).toEqual(['LS6 lads']);
    expect(found('he put it in 10B tutor time. It was shared in Year 9 chats.')).toEqual([]);
  });
});
