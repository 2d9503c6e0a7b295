// The resolution form's questions for the partnership's themes: what the disagreement was about (in
// the policy's own words where it has them), the other agencies by type, how it was resolved and
// whether learning was identified. All optional; the defaults are what the record already says.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import type { Escalation } from '../../../domain/escalation/escalation';
import {
  resolvedHowLabels,
  resolvedHows,
  type ThemeChoices,
} from '../../../domain/escalation/theme-choices';
import { agencyTypeLabels, agencyTypes } from '../../../domain/policy/agency-type';
import type { PolicyPack } from '../../../domain/policy/policy-pack';
import {
  derivedThemeChoices,
  disagreementThemeLabels,
  disagreementThemes,
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

/** The form's starting values: what the notification would say if nothing were chosen. */
export function themeChoiceDefaults(escalation: Escalation): ThemeChoiceValues {
  const derived = derivedThemeChoices(escalation);
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

export function ThemeChoiceFields<T extends FieldValues & ThemeChoiceValues, O>({
  form,
  pack,
}: {
  form: UseFormReturn<T, unknown, O>;
  pack: Pick<PolicyPack, 'categories'>;
}) {
  const about = themeChoicesInPackWords(pack).map(({ theme, packWords }) => ({
    value: theme,
    label: packWords.length > 0 ? packWords.join('; ') : disagreementThemeLabels[theme],
    hint: packWords.length > 0 ? `Counted as: ${disagreementThemeLabels[theme]}` : undefined,
  }));
  return (
    <fieldset>
      <legend>For the partnership’s themes (optional)</legend>
      <div className="field__hint">
        These go, with no names, in the notification’s data, so the partnership can count what
        disagreements are about. They start as your record says; change them if it says it better.
      </div>
      <ChoiceFields
        form={form}
        name={'themesAbout' as Path<T>}
        type="checkbox"
        legend="What was the disagreement about?"
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
    </fieldset>
  );
}
