// A pack's directories, searchable by agency or role as you type, with the count announced.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../ui/page-title';
import { DirectoryTables } from './directory-tables';
import { filterDirectories, rowCount, totalRows } from './directory-search';
import { PackNotFound } from './pack-not-found';
import { useGuidePack } from './use-guide-pack';

function countText(shown: number, total: number, query: string): string {
  if (query.trim() === '') return `${total} ${total === 1 ? 'entry' : 'entries'}`;
  if (shown === 0) return `No entries match “${query.trim()}”`;
  return `${shown} of ${total} entries match “${query.trim()}”`;
}

export function DirectoryPage() {
  const { packId } = useParams();
  const available = useGuidePack(packId);
  const [query, setQuery] = useState('');
  usePageTitle(
    available === null
      ? 'Guide not found'
      : `Directories${available ? ` – ${available.pack.partnership.shortName}` : ''}`,
  );
  if (available === undefined) return <p role="status">Loading the directories…</p>;
  if (available === null) return <PackNotFound />;
  const { pack } = available;
  const filtered = filterDirectories(pack.directories, query);
  const shown = filtered.reduce((sum, item) => sum + rowCount(item), 0);
  const total = pack.directories.reduce((sum, directory) => sum + totalRows(directory), 0);
  return (
    <div className="guide">
      <p className="guide-eyebrow">{pack.partnership.name}</p>
      <h1>Directories</h1>
      <p className="no-print">
        <Link to={`/guides/${pack.id}`}>Back to the {pack.partnership.shortName} guide</Link>
      </p>
      {pack.directories.length === 0 ? (
        <p>This policy has no contact tables or escalation ladders.</p>
      ) : (
        <>
          <div className="field guide-search no-print">
            <label className="field__label" htmlFor="directory-search">
              Search by agency or role
            </label>
            <div className="field__hint" id="directory-search-hint">
              For example “health”, “school” or “named nurse”. The list filters as you type.
            </div>
            <input
              id="directory-search"
              className="input"
              type="search"
              value={query}
              aria-describedby="directory-search-hint"
              onChange={(event) => setQuery(event.target.value)}
              autoComplete="off"
            />
          </div>
          <p className="guide-count" role="status" aria-live="polite">
            {countText(shown, total, query)}
          </p>
          <DirectoryTables filtered={filtered} level={2} anchors />
        </>
      )}
    </div>
  );
}
