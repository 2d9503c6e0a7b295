// Settings → Notifications: the subject prefix that makes your work e-mail send securely.
import { useSetting, writeSetting } from '../../data/settings-repository';
import {
  DEFAULT_SUBJECT_PREFIX,
  SUBJECT_PREFIX_SETTING,
  SUBJECT_PREFIXES,
  toSubjectPrefix,
  type SubjectPrefix,
} from './mailto';
import { useChosenValue } from '../../ui/use-chosen-value';

/** The subject prefix setting, live; the default while loading. */
export function useSubjectPrefix(): SubjectPrefix {
  return toSubjectPrefix(useSetting<unknown>(SUBJECT_PREFIX_SETTING, DEFAULT_SUBJECT_PREFIX));
}

export function NotifySettingsSection() {
  const [prefix, choose] = useChosenValue(useSubjectPrefix(), (value: SubjectPrefix) =>
    writeSetting(SUBJECT_PREFIX_SETTING, value),
  );
  return (
    <section aria-labelledby="notify-settings-heading" id="notify-settings">
      <h2 id="notify-settings-heading">Sending notifications</h2>
      <p>
        When you e-mail a notification, Escalate starts the subject with this word, so that your
        work e-mail encrypts the message. The subject never says anything about the client.
      </p>
      <fieldset>
        <legend>Start the e-mail subject with</legend>
        {SUBJECT_PREFIXES.map((choice) => {
          const id = `notify-prefix-${choice.value.replace(/\W/g, '') || 'none'}`;
          return (
            <div className="checkbox" key={id}>
              <input
                id={id}
                type="radio"
                name="notify-subject-prefix"
                checked={prefix === choice.value}
                onChange={() => void choose(choice.value)}
                aria-describedby={`${id}-hint`}
              />
              <div>
                <label htmlFor={id}>{choice.label}</label>
                <p className="field__hint" id={`${id}-hint`}>
                  {choice.hint}
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
