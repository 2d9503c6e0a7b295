import { describe, expect, it } from 'vitest';
import { findEmails } from './contact';
import { isRoleMailbox } from './role-mailboxes';

describe('an agency’s shared mailbox', () => {
  it('is made only of role and service words, with separators and digits', () => {
    expect(isRoleMailbox('dsl')).toBe(true);
    expect(isRoleMailbox('safeguarding')).toBe(true);
    expect(isRoleMailbox('MASH.Referrals')).toBe(true);
    expect(isRoleMailbox('early-help2')).toBe(true);
  });

  it('is not a person’s own address, even one that holds a role word', () => {
    expect(isRoleMailbox('segun.adeleke')).toBe(false);
    expect(isRoleMailbox('finleysdad.oduya')).toBe(false);
    expect(isRoleMailbox('dsl.kayden')).toBe(false);
    expect(isRoleMailbox('')).toBe(false);
  });

  it('is kept when e-mails are found, while a family’s address is still hidden', () => {
    const text =
      'From: Mark Rennie <dsl@westonfavell.example.org> cc safeguarding@college.ac.uk; dad is segun.adeleke@example.com';
    expect(findEmails(text, []).map((f) => f.original)).toEqual(['segun.adeleke@example.com']);
  });
});

describe('a shared mailbox written as one word', () => {
  it('is role words run together, or a team’s own short name', () => {
    expect(isRoleMailbox('earlyhelp')).toBe(true);
    expect(isRoleMailbox('mashreferrals')).toBe(true);
    expect(isRoleMailbox('dols')).toBe(true);
    expect(isRoleMailbox('adultsmash')).toBe(true);
  });

  it('is not a person whose name happens to hold a role word', () => {
    expect(isRoleMailbox('helena.hub')).toBe(false);
    expect(isRoleMailbox('infoster')).toBe(false);
    expect(isRoleMailbox('danielle82')).toBe(false);
  });

  it('keeps no staff address on a school’s domain, even a known professional’s', () => {
    const text =
      'From: J Patel <j.patel@elmgrovepark.example.sch.uk>; cc a.ross@council.example.gov.uk';
    expect(findEmails(text, ['patel', 'ross']).map((f) => f.original)).toEqual([
      'j.patel@elmgrovepark.example.sch.uk',
    ]);
  });
});

describe('a firm’s or department’s own inbox', () => {
  it('is a trust and safety team’s or a family department’s', () => {
    expect(isRoleMailbox('safety-uk')).toBe(true);
    expect(isRoleMailbox('family')).toBe(true);
    expect(isRoleMailbox('trust.safety')).toBe(true);
  });

  it('is not a person or a family named in it', () => {
    expect(isRoleMailbox('thefamily.khan')).toBe(false);
    expect(isRoleMailbox('uk.gemma')).toBe(false);
  });
});
