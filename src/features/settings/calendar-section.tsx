// Settings → Working days: which UK bank holidays apply, and the organisation's own closure days.
import { useState } from 'react';
import { isIsoDate, type IsoDate } from '../../domain/calendar/iso-date';
import type { Region } from '../../domain/calendar/working-days';
import { longDate } from '../../domain/escalation/escalation-text';
import { useLoadingPart } from '../../ui/load-together';
import { SelectField } from '../../ui/select-field';
import { saveCalendarSettings, useCalendarSettings } from '../../data/calendar-settings-repository';

const REGIONS: readonly (readonly [Region, string])[] = [
  ['england-and-wales', 'England and Wales'],
  ['scotland', 'Scotland'],
  ['northern-ireland', 'Northern Ireland'],
];

export function CalendarSection() {
  const settings = useCalendarSettings();
  const [day, setDay] = useState('');
  const [error, setError] = useState<string>();
  // The region just chosen, shown until the stored value moves on from what it was (`over`): the
  // list must not snap back to the old region while the choice is saved (on a first visit that save
  // also creates the database, which can take a phone a moment).
  const [chosen, setChosen] = useState<{ region: Region; over: Region }>();
  useLoadingPart(!settings);
  if (!settings) return null;
  const current = settings;
  const region = chosen && chosen.over === settings.region ? chosen.region : settings.region;

  function addDay() {
    if (!isIsoDate(day)) {
      setError('Enter a real date, for example 24 12 2026');
      return;
    }
    setError(undefined);
    setDay('');
    void saveCalendarSettings({
      ...current,
      closedDays: [...current.closedDays, day as IsoDate],
    });
  }

  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Working days</h2>
      <p>
        Due dates count working days: Monday to Friday, not bank holidays, and not days your
        organisation is closed.
      </p>
      <SelectField
        id="calendar-region"
        label="Bank holidays for"
        className="input--medium"
        options={REGIONS}
        value={region}
        onChange={(event) => {
          const next = event.target.value as Region;
          setChosen({ region: next, over: settings.region });
          // Not saved: the list shows the stored region again.
          saveCalendarSettings({ ...settings, region: next }).catch(() => setChosen(undefined));
        }}
      />
      <div className={`field${error ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor="closed-day">
          Add a day your organisation is closed
        </label>
        {error && (
          <p className="field__error" id="closed-day-error">
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <div className="inline-input">
          <input
            id="closed-day"
            type="date"
            className="input input--short"
            value={day}
            onChange={(event) => setDay(event.target.value)}
            aria-describedby={error ? 'closed-day-error' : undefined}
          />
          <button type="button" className="button button--secondary" onClick={addDay}>
            Add closure day
          </button>
        </div>
      </div>
      {settings.closedDays.length > 0 && (
        <ul className="plain-list">
          {settings.closedDays.map((closed) => (
            <li key={closed}>
              {longDate(closed)}{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  void saveCalendarSettings({
                    ...settings,
                    closedDays: settings.closedDays.filter((d) => d !== closed),
                  })
                }
              >
                Remove <span className="visually-hidden">{longDate(closed)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
