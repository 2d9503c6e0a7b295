// Settings → Register mode: "I receive notifications for a partnership" adds the Register section.
import { useState } from 'react';
import { writeSetting } from '../../data/settings-repository';
import { REGISTER_MODE_SETTING, useRegisterMode } from '../../data/register-mode';

export function RegisterSettingsSection() {
  const enabled = useRegisterMode();
  // The box follows the click at once: the user's choice shows while the stored value is still the
  // one it was made from, and the stored value (this write, or another tab's) wins once it changes.
  const [choice, setChoice] = useState<{ value: boolean; from: boolean | undefined } | null>(null);
  const checked = choice && choice.from === enabled ? choice.value : enabled === true;
  return (
    <section aria-labelledby="register-settings-heading" id="register-settings">
      <h2 id="register-settings-heading">Receiving notifications</h2>
      <div className="checkbox">
        <input
          id="register-mode"
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            setChoice({ value: event.target.checked, from: enabled });
            void writeSetting(REGISTER_MODE_SETTING, event.target.checked);
          }}
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
