// The shape of every setting Escalate keeps, so a value read back from the device or from a backup
// is checked before anything uses it. A value that fails is ignored and the setting's default used
// instead: one bad setting must never stop a page rendering (docs/security.md).
import { z } from 'zod';
import { isIsoDate, isIsoDateTime } from '../calendar/iso-date';
import { ID_MAX, SHORT_TEXT_MAX } from '../limits';
import { agencyTypeSchema } from '../policy/agency-type';
import { registerColumnKeys, type RegisterColumnKey } from '../register/register-column-keys';

const isoDate = () => z.string().refine(isIsoDate, 'is not a date in YYYY-MM-DD form');
const shortText = () => z.string().max(SHORT_TEXT_MAX);

/** The setting that turns register mode on ("I receive notifications for a partnership"). */
export const REGISTER_MODE_SETTING = 'register.enabled';

/** The column mapping of the last spreadsheet imported into the register, with its header row. */
export const SPREADSHEET_MAPPING_SETTING = 'register.spreadsheetMapping';

/** What {@link SPREADSHEET_MAPPING_SETTING} holds: which column (0-based) holds each, or null. */
export interface SavedSpreadsheetMapping {
  header: string[];
  mapping: Record<RegisterColumnKey, number | null>;
}

/** The choices Settings offers for auto-lock, in minutes. */
export const AUTO_LOCK_MINUTES = [1, 2, 5, 10, 15, 30] as const;

/**
 * Built on first use, not when the module loads: the app loads this module at start-up, and building
 * a dozen schemas then is main-thread time a phone spends before it can respond (decision 0047).
 */
let exactSchemas: Readonly<Record<string, z.ZodType>> | undefined;
const buildExactSchemas = (): Readonly<Record<string, z.ZodType>> => ({
  'calendar.settings': z.object({
    region: z.enum(['england-and-wales', 'scotland', 'northern-ireland']),
    closedDays: z.array(isoDate()).max(5_000),
  }),
  'vault.autoLockMinutes': z.union(AUTO_LOCK_MINUTES.map((minutes) => z.literal(minutes))),
  'myService.profile': z.object({
    agencyType: agencyTypeSchema().nullable(),
    role: shortText(),
    agency: shortText(),
    // Optional: profiles saved before these existed lack them (my-service-repository.ts).
    name: shortText().optional(),
    showClients: z.enum(['name', 'initials']).optional(),
  }),
  'guide.packId': z.string().max(ID_MAX).nullable(),
  'guide.lastPackId': z.string().max(ID_MAX).nullable(),
  'notify.subjectPrefix': z.enum(['[secure]', '[encrypt]', '']),
  'banner.installAdvice.dismissed': z.boolean(),
  'backup.lastAt': z.string().refine(isIsoDateTime, 'is not a date and time'),
  [REGISTER_MODE_SETTING]: z.boolean(),
  [SPREADSHEET_MAPPING_SETTING]: spreadsheetMappingSchema(),
});

/** Every register column mapped to a column of the saved header, or to none. */
function spreadsheetMappingSchema(): z.ZodType<SavedSpreadsheetMapping> {
  return z
    .object({
      header: z.array(z.string().max(100_000)).max(10_000),
      mapping: z.record(z.enum(registerColumnKeys), z.number().int().nonnegative().nullable()),
    })
    .refine(
      ({ header, mapping }) =>
        Object.values(mapping).every((column) => column === null || column < header.length),
      'maps a column the spreadsheet does not have',
    );
}

let slotsSchema: z.ZodType | undefined;

/**
 * The schema for a setting's value, or undefined for a key Escalate does not know (such a value is
 * never trusted: whoever reads it must check it).
 */
export function settingSchema(key: string): z.ZodType | undefined {
  exactSchemas ??= buildExactSchemas();
  if (Object.hasOwn(exactSchemas, key)) return exactSchemas[key];
  if (key.startsWith('myService.slots.'))
    return (slotsSchema ??= z.record(z.string().max(ID_MAX), shortText()));
  return undefined;
}

/** True when `value` is a valid value for the setting `key` (false for unknown keys). */
export function isValidSetting(key: string, value: unknown): boolean {
  return settingSchema(key)?.safeParse(value).success ?? false;
}
