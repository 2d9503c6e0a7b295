// The top of a guide: whose policy it is, its title and dates, where it comes from, and the tools
// (print, directories, change partnership).
import { Link } from 'react-router';
import type { AvailablePack } from '../../data/packs-repository';
import { areaWords, audienceWords, datesWords } from './pack-facts';
import { guideHeaderActions } from '../../ui/render-slot';

function Provenance({ available }: { available: AvailablePack }) {
  const { pack, origin } = available;
  const { provenance } = pack;
  return (
    <details className="guide-provenance">
      <summary>About this guide and its source</summary>
      <dl className="summary-list">
        <div>
          <dt>Source</dt>
          <dd>
            {provenance.sourceTitle}. {provenance.citation}
          </dd>
        </div>
        {provenance.sourceVersion && (
          <div>
            <dt>Source version</dt>
            <dd>{provenance.sourceVersion}</dd>
          </div>
        )}
        <div>
          <dt>Dates</dt>
          <dd>{datesWords(pack)}</dd>
        </div>
        <div>
          <dt>This guide</dt>
          <dd>
            Version {pack.version} of “{pack.id}”,{' '}
            {origin === 'built-in' ? 'built into Escalate' : 'imported on this device'}. Guidance is
            in Escalate’s own words; each item cites where in the source it comes from. Facts such
            as titles, roles and timescales are as the source gives them.
          </dd>
        </div>
      </dl>
      {provenance.transcriptionNotes.length > 0 && (
        <>
          <h2 className="guide-provenance__heading">Notes on the transcription</h2>
          <ul className="guide-list">
            {provenance.transcriptionNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
      {provenance.missingFromSource.length > 0 && (
        <>
          <h2 className="guide-provenance__heading">Missing from the source</h2>
          <ul className="guide-list">
            {provenance.missingFromSource.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

export function GuideHeader({ available }: { available: AvailablePack }) {
  const { pack } = available;
  return (
    <header className="guide-header">
      <p className="guide-eyebrow">{pack.partnership.name}</p>
      <h1>{pack.title}</h1>
      <p className="guide-meta">
        {areaWords(pack)} · {audienceWords(pack.partnership.audience)} · {datesWords(pack)}
      </p>
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this guide
        </button>
        {pack.directories.length > 0 && (
          <Link className="button button--secondary" to={`/guides/${pack.id}/directories`}>
            Directories
          </Link>
        )}
        <guideHeaderActions.Slot packId={pack.id} />
        <Link className="guide-change" to="/guides">
          Change partnership
        </Link>
      </div>
      <Provenance available={available} />
    </header>
  );
}
