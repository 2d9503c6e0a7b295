// Data sources and licences: the open data and fonts the app carries, with the attribution each
// licence asks for (as the SOURCE.md beside each list gives it), and the software's licences file.
import { usePageTitle } from '../../ui/page-title';

const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
/** Emitted by the build (scripts/third-party-licences.mjs) and kept by the service worker. */
const LICENCES_FILE = '/third-party-licences.txt';

interface Dataset {
  name: string;
  publisher: string;
  use: string;
  attribution: string;
  licence: { name: string; href: string };
}

const DATASETS: readonly Dataset[] = [
  {
    name: 'OS Open Names',
    publisher: 'Ordnance Survey',
    use: 'the names of towns, villages and suburbs in England, Scotland and Wales, to spot where a family lives',
    attribution: 'Contains OS data © Crown copyright and database right 2019.',
    licence: { name: 'Open Government Licence v3.0', href: OGL },
  },
  {
    name: 'Baby names in England and Wales: 2024',
    publisher: 'Office for National Statistics',
    use: 'first names given to babies, to spot people’s names',
    attribution:
      'Source: Office for National Statistics licensed under the Open Government Licence v3.0.',
    licence: { name: 'Open Government Licence v3.0', href: OGL },
  },
  {
    name: 'UK Local Authority Names and Codes',
    publisher: 'mySociety',
    use: 'the names of councils, so they stay in a notification rather than being hidden',
    attribution:
      "Contains data from mySociety's UK Local Authority Names and Codes (CC BY 4.0), itself built from public-sector information licensed under the Open Government Licence v3.0.",
    licence: { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', href: CC_BY },
  },
];

export function LicencesPage() {
  usePageTitle('Data sources and licences');
  return (
    <div className="licences-page">
      <h1>Data sources and licences</h1>
      <p>
        Escalate carries some open data, so that it can suggest which names and places to hide
        before you share a notification, and which names of public bodies to keep. The data stays on
        your device: the app looks nothing up online.
      </p>
      <h2>Open data</h2>
      {DATASETS.map((dataset) => (
        <section key={dataset.name} aria-labelledby={headingId(dataset.name)}>
          <h3 id={headingId(dataset.name)}>
            {dataset.name}, {dataset.publisher}
          </h3>
          <p>Used for {dataset.use}.</p>
          <p>{dataset.attribution}</p>
          <p>
            Licence: <a href={dataset.licence.href}>{dataset.licence.name}</a>
          </p>
        </section>
      ))}
      <section aria-labelledby="licences-scowl">
        <h3 id="licences-scowl">SCOWL (Spell Checker Oriented Word Lists), Kevin Atkinson</h3>
        <p>
          Used for a list of common English words, so that a word capitalised at the start of a line
          or in a table is not taken for a person’s name.
        </p>
        <p>Copyright 2000-2011 by Kevin Atkinson.</p>
        <p>
          Licence: SCOWL’s own permissive licence, quoted in full with the notices of its parts in
          the <a href={LICENCES_FILE}>third-party licences file</a>.
        </p>
      </section>
      <p>
        The names of police forces, children’s trusts and national bodies, and the safeguarding
        terms the app keeps, are lists written for Escalate.
      </p>
      <h2>Fonts</h2>
      <p>
        The PDFs the app makes use the DejaVu Sans fonts, embedded in each file. Copyright (c) 2003
        by Bitstream, Inc. All Rights Reserved. Bitstream Vera is a trademark of Bitstream, Inc.
        DejaVu changes are in public domain.
      </p>
      <p>
        Licence: the Bitstream Vera fonts licence, quoted in full in the{' '}
        <a href={LICENCES_FILE}>third-party licences file</a>.
      </p>
      <h2>Software</h2>
      <p>
        Escalate is built with open-source software, including React, React Router, Dexie, zod,
        jsPDF and Workbox. Each package, its version and its licence are listed in the{' '}
        <a href={LICENCES_FILE}>third-party licences file</a>, which also works offline.
      </p>
    </div>
  );
}

const headingId = (name: string) => `licences-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
