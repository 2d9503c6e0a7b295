// The start-an-escalation form: its schema (what the person must enter) and the mapper from form
// values to the domain's StartInput and ClientIdentity.
import { z } from 'zod';
import { longText, shortText } from '../../domain/limits';
import { isIsoDate, type IsoDate } from '../../domain/calendar/iso-date';
import type { ClientIdentity, Person } from '../../domain/escalation/escalation';
import type { StartInput } from '../../domain/escalation/start-escalation';
import { agencyTypes } from '../../domain/policy/agency-type';
import {
  NO_RECORD_THEME_CHOICES,
  recordThemeChoiceSchema,
  toRecordThemeChoices,
} from './record/resolve-theme-fields';

const optionalDate = z
  .string()
  .refine((value) => value === '' || isIsoDate(value), 'Enter a real date, for example 27 11 2026');

const person = z.object({
  firstName: shortText(),
  lastName: shortText(),
  dob: optionalDate,
});

const familyMember = person.extend({
  relationship: shortText(),
  phone: shortText(),
  email: shortText(),
});

export const startEscalationSchema = z.object({
  packId: z.string().min(1, 'Choose the partnership whose policy you are following'),
  agencyType: z.enum(agencyTypes, { error: 'Choose the type of agency you work for' }),
  role: shortText().trim().min(1, 'Enter your role, for example designated safeguarding lead'),
  agency: shortText().trim().min(1, 'Enter the name of your organisation'),
  urgency: z.enum(['routine', 'imminent-risk', 'suspected-non-accidental-injury'], {
    error: 'Say how urgent this is',
  }),
  /** Required only when the pack lists categories: the escalation rules check that. */
  categoryIds: z.array(z.string()),
  whatIsEscalated: longText()
    .trim()
    .min(1, 'Say what decision or action you disagree with, and why'),
  outcomeSought: longText().trim().min(1, 'Say what outcome you are seeking'),
  outcomeSoughtBy: optionalDate,
  professionals: z.array(
    z.object({
      name: shortText().trim().min(1, 'Enter the professional’s name, or remove the row'),
      role: shortText(),
      agency: shortText(),
    }),
  ),
  child: person.extend({
    firstName: shortText()
      .trim()
      .min(1, 'Enter the first name of the child or adult the concern is about'),
    preferredName: shortText(),
    middleNames: shortText(),
    nhsNumber: shortText(),
    upn: shortText(),
    edd: optionalDate,
  }),
  siblings: z.array(person),
  familyMembers: z.array(familyMember),
  address: z.object({
    line1: shortText(),
    line2: shortText(),
    town: shortText(),
    postcode: shortText(),
  }),
  school: shortText(),
  ...recordThemeChoiceSchema.shape,
});

export type StartEscalationValues = z.input<typeof startEscalationSchema>;
export type StartEscalationOutput = z.output<typeof startEscalationSchema>;

export const EMPTY_START_VALUES: StartEscalationValues = {
  packId: '',
  agencyType: '' as never,
  role: '',
  agency: '',
  urgency: 'routine',
  categoryIds: [],
  whatIsEscalated: '',
  outcomeSought: '',
  outcomeSoughtBy: '',
  professionals: [],
  child: {
    firstName: '',
    lastName: '',
    dob: '',
    preferredName: '',
    middleNames: '',
    nhsNumber: '',
    upn: '',
    edd: '',
  },
  siblings: [],
  familyMembers: [],
  address: { line1: '', line2: '', town: '', postcode: '' },
  school: '',
  ...NO_RECORD_THEME_CHOICES,
};

/** Keeps only the fields that were filled in (trimmed), so stored details carry no empty strings. */
function filled<T extends Record<string, string>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields)
      .map(([key, value]) => [key, value.trim()])
      .filter(([, value]) => value !== ''),
  ) as Partial<T>;
}

function toPerson(values: { firstName: string; lastName: string; dob: string }): Person | null {
  const kept = filled(values);
  if (!kept.firstName) return null;
  return { ...kept, firstName: kept.firstName } as Person;
}

/** The client-details part of the form (shared by the start form and the amendment page). */
export const clientDetailsSchema = startEscalationSchema.pick({
  child: true,
  siblings: true,
  familyMembers: true,
  address: true,
  school: true,
});

type ClientDetailsOutput = z.output<typeof clientDetailsSchema>;

/** The form's client-details values for stored details: blanks for whatever is not known. */
export function fromClientIdentity(
  client: ClientIdentity | null,
): Pick<StartEscalationValues, keyof ClientDetailsOutput> {
  const empty = EMPTY_START_VALUES;
  if (!client) return { ...empty, child: { ...empty.child } };
  const person = (p: Person) => ({
    firstName: p.firstName,
    lastName: p.lastName ?? '',
    dob: p.dob ?? '',
  });
  return {
    child: { ...empty.child, ...client.child },
    siblings: (client.siblings ?? []).map(person),
    familyMembers: (client.familyMembers ?? []).map((member) => ({
      ...person(member),
      relationship: member.relationship,
      phone: member.phone ?? '',
      email: member.email ?? '',
    })),
    address: { ...empty.address, ...client.address },
    school: client.school ?? '',
  };
}

/** The client's identifying details from the form; empty fields and empty rows are left out. */
export function toClientIdentity(values: ClientDetailsOutput): ClientIdentity {
  const child = filled(values.child) as ClientIdentity['child'];
  const siblings = values.siblings.map(toPerson).filter((p): p is Person => p !== null);
  const familyMembers = values.familyMembers
    .map((member) => {
      const kept = filled(member);
      return kept.firstName
        ? { ...kept, firstName: kept.firstName, relationship: kept.relationship ?? 'family member' }
        : null;
    })
    .filter((member) => member !== null) as ClientIdentity['familyMembers'];
  const address = filled(values.address);
  const school = values.school.trim();
  return {
    child,
    ...(siblings.length > 0 && { siblings }),
    ...(familyMembers && familyMembers.length > 0 && { familyMembers }),
    ...(Object.keys(address).length > 0 && { address }),
    ...(school && { school }),
  };
}

/** What the domain needs to start the record. Professional ids are made by `newId`. */
export function toStartInput(values: StartEscalationOutput, newId: () => string): StartInput {
  return {
    raisedBy: {
      agencyType: values.agencyType,
      role: values.role.trim(),
      agency: values.agency.trim(),
    },
    categoryIds: values.categoryIds,
    statement: {
      whatIsEscalated: values.whatIsEscalated.trim(),
      outcomeSought: values.outcomeSought.trim(),
      outcomeSoughtBy: values.outcomeSoughtBy ? (values.outcomeSoughtBy as IsoDate) : null,
    },
    professionals: values.professionals.map((p) => ({
      id: newId(),
      name: p.name.trim(),
      role: p.role.trim(),
      agency: p.agency.trim(),
      agencyType: null,
    })),
    urgency: values.urgency,
    themes: toRecordThemeChoices(values),
  };
}
