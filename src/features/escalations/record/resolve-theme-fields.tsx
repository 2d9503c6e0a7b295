// The questions for the partnership's themes: what the disagreement is about (in the policy's own
// words where it has them) and the other agencies by type, asked when starting and editing a record;
// at resolution also how it was resolved and whether learning was identified. All optional.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import type { Escalation } from '../../../domain/escalation/escalation';
import {
  disagreementThemes,
  resolvedHowLabels,
  resolvedHows,
  type RecordThemeChoices,
  type ThemeChoices,
} from '../../../domain/escalation/theme-choices';
import { agencyTypeLabels, agencyTypes } from '../../../domain/policy/agency-type';
import type { PolicyPack } from '../../../domain/policy/policy-pack';
import {
  chosenOrDerivedThemes,
  disagreementThemeLabels,
  themeChoicesInPackWords,
} from '../../../domain/register/notification-themes';
import { ChoiceFields } from './choice-fields';

// The messages matter only for a draft saved before these questions existed, which lacks them.
export const themeChoiceSchema = z.object({
  themesAbout: z.array(z.enum(disagreementThemes), {
    error: 'Choose what the disagreement was about, or leave the boxes as they are',
  }),
  themesAgencyTypes: z.array(z.enum(agencyTypes), {
    error: 'Choose the other agencies’ types, or leave the boxes as they are',
  }),
  themesResolvedHow: z.enum(['', ...resolvedHows], {
    error: 'Choose how it was resolved, or “Not saying”',
  }),
  themesLearning: z.enum(['', 'yes', 'no'], {
    error: 'Choose whether learning was identified, or “As the learning box above says”',
  }),
});

export type ThemeChoiceValues = z.input<typeof themeChoiceSchema>;

/** The resolution form's starting values: what the notification would say if nothing were chosen. */
export function themeChoiceDefaults(escalation: Escalation): ThemeChoiceValues {
  const derived = chosenOrDerivedThemes(escalation);
  return {
    themesAbout: [...derived.about],
    themesAgencyTypes: [...derived.agencyTypes],
    themesResolvedHow: '',
    themesLearning: '',
  };
}

/** The choices as stored with the resolution. */
export function toThemeChoices(values: z.output<typeof themeChoiceSchema>): ThemeChoices {
  return {
    about: values.themesAbout,
    agencyTypes: values.themesAgencyTypes,
    resolvedHow: values.themesResolvedHow === '' ? null : values.themesResolvedHow,
    learningIdentified: values.themesLearning === '' ? null : values.themesLearning === 'yes',
  };
}

/** The two questions asked when starting or editing a record (none chosen means none to keep). */
export const recordThemeChoiceSchema = themeChoiceSchema.pick({
  themesAbout: true,
  themesAgencyTypes: true,
});

export type RecordThemeChoiceValues = z.input<typeof recordThemeChoiceSchema>;

/** Nothing chosen: the notification counts what the record says. */
export const NO_RECORD_THEME_CHOICES: RecordThemeChoiceValues = {
  themesAbout: [],
  themesAgencyTypes: [],
};

/** The start or edit form's values for a record's stored choices (blank when none were made). */
export function recordThemeChoiceValues(escalation: Escalation): RecordThemeChoiceValues {
  return {
    themesAbout: [...(escalation.themes?.about ?? [])],
    themesAgencyTypes: [...(escalation.themes?.agencyTypes ?? [])],
  };
}

/** The choices as kept with the record. */
export function toRecordThemeChoices(
  values: z.output<typeof recordThemeChoiceSchema>,
): RecordThemeChoices {
  return { about: values.themesAbout, agencyTypes: values.themesAgencyTypes };
}

const INTRO = {
  start:
    'These go, with no names, in the notification’s data, so the partnership can count what disagreements are about. Leave them blank and the notification counts the categories you chose and the agencies’ types as your record gives them; you can change them later, and again when you record the resolution.',
  resolution:
    'These go, with no names, in the notification’s data, so the partnership can count what disagreements are about. They start as your record says; change them if it says it better.',
} as const;

/**
 * The themes questions. `when="start"` (starting or editing a record) asks what it is about and the
 * other agencies by type; `when="resolution"` also asks how it was resolved and about learning.
 */
export function ThemeChoiceFields<T extends FieldValues & RecordThemeChoiceValues, O>({
  form,
  pack,
  when = 'resolution',
}: {
  form: UseFormReturn<T, unknown, O>;
  pack: Pick<PolicyPack, 'categories'>;
  when?: 'start' | 'resolution';
}) {
  const about = themeChoicesInPackWords(pack).map(({ theme, packWords }) => ({
    value: theme,
    label: packWords.length > 0 ? packWords.join('; ') : disagreementThemeLabels[theme],
    hint: packWords.length > 0 ? `Counted as: ${disagreementThemeLabels[theme]}` : undefined,
  }));
  return (
    <fieldset>
      <legend>For the partnership’s themes (optional)</legend>
      <div className="field__hint">{INTRO[when]}</div>
      <ChoiceFields
        form={form}
        name={'themesAbout' as Path<T>}
        type="checkbox"
        legend={
          when === 'start'
            ? 'Which of the partnership’s themes is the disagreement about?'
            : 'What was the disagreement about?'
        }
        hint="Choose all that apply."
        choices={about}
      />
      <ChoiceFields
        form={form}
        name={'themesAgencyTypes' as Path<T>}
        type="checkbox"
        legend="The other agencies involved, by type"
        hint="Not your own agency."
        choices={agencyTypes.map((type) => ({ value: type, label: agencyTypeLabels[type] }))}
      />
      {when === 'resolution' && <ResolutionQuestions form={form} />}
    </fieldset>
  );
}

function ResolutionQuestions<T extends FieldValues, O>({
  form,
}: {
  form: UseFormReturn<T, unknown, O>;
}) {
  return (
    <>
      <ChoiceFields
        form={form}
        name={'themesResolvedHow' as Path<T>}
        type="radio"
        legend="How was it resolved?"
        choices={[
          { value: '', label: 'Not saying' },
          ...resolvedHows.map((how) => ({ value: how, label: resolvedHowLabels[how] })),
        ]}
      />
      <ChoiceFields
        form={form}
        name={'themesLearning' as Path<T>}
        type="radio"
        legend="Was learning identified?"
        choices={[
          { value: '', label: 'As the learning box above says (yes if it has anything in it)' },
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />
    </>
  );
}
