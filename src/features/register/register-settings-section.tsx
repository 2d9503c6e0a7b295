// Settings → Register mode: "I receive notifications for a partnership" adds the Register section.
import { writeSetting } from '../../data/settings-repository';
import { REGISTER_MODE_SETTING, useRegisterMode } from '../../data/register-mode';
import { useChosenValue } from '../../ui/use-chosen-value';

export function RegisterSettingsSection() {
  const [enabled, choose] = useChosenValue(useRegisterMode(), (value: boolean) =>
    writeSetting(REGISTER_MODE_SETTING, value),
  );
  return (
    <section aria-labelledby="register-settings-heading" id="register-settings">
      <h2 id="register-settings-heading">Receiving notifications</h2>
      <div className="checkbox">
        <input
          id="register-mode"
          type="checkbox"
          checked={enabled === true}
          onChange={(event) => void choose(event.target.checked)}
          aria-describedby="register-mode-hint"
        />
        <div>
          <label htmlFor="register-mode">I receive notifications for a partnership</label>
          <p className="field__hint" id="register-mode-hint">
            Adds a Register section to import the notifications you receive, acknowledge them and
            see the themes. The register is kept encrypted behind your passphrase, like records.
          </p>
        </div>
      </div>
    </section>
  );
}
