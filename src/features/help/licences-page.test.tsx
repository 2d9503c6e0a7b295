// Data sources and licences: every dataset's attribution statement, as the SOURCE.md beside its
// list gives it, is shown, with its licence linked, and the software's licences file is linked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LicencesPage } from './licences-page';

const SOURCES = ['gazetteer', 'names', 'keep'].map((folder) =>
  readFileSync(join(process.cwd(), 'src/domain/anonymise', folder, 'SOURCE.md'), 'utf8'),
);

/** Each "Attribution: “…”" statement of the SOURCE.md files, its line breaks undone. */
const attributions = SOURCES.flatMap((text) =>
  [...text.replace(/\s+/g, ' ').matchAll(/Attribution: ["“]([^"”]+)["”]/g)].map(
    (match) => match[1] ?? '',
  ),
);

describe('Data sources and licences page', () => {
  it('names itself in the title and in one top heading', () => {
    render(<LicencesPage />);
    expect(document.title).toBe('Data sources and licences – Escalate');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows every dataset’s attribution statement exactly as its source record gives it', () => {
    expect(attributions).toHaveLength(3);
    render(<LicencesPage />);
    for (const statement of attributions)
      expect(screen.getByText(statement).textContent).toBe(statement);
  });

  it('links each dataset’s licence', () => {
    render(<LicencesPage />);
    const ogl = screen.getAllByRole('link', { name: 'Open Government Licence v3.0' });
    expect(ogl).toHaveLength(2);
    for (const link of ogl) {
      expect(link.getAttribute('href')).toBe(
        'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      );
    }
    expect(screen.getByRole('link', { name: /CC BY 4\.0/ }).getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });

  it('links the software’s licences file, which the build emits', () => {
    render(<LicencesPage />);
    const links = screen.getAllByRole('link', { name: 'third-party licences file' });
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('href')).toBe('/third-party-licences.txt');
  });
});
