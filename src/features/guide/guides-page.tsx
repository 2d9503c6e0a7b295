// Choose a partnership: every policy on this device as a card. The choice is remembered, so next
// time this page leads with "Your partnership" and its guide is one tap away.
import { Link } from 'react-router';
import { saveChosenPackId, useChosenPackId } from '../../data/my-service-repository';
import { useAvailablePacks, type AvailablePack } from '../../data/packs-repository';
import { usePageTitle } from '../../ui/page-title';
import { areaWords, audienceWords, datesWords } from './pack-facts';

function PackCard({ available, chosen }: { available: AvailablePack; chosen: boolean }) {
  const { pack, origin } = available;
  return (
    <li className={`card guide-card${chosen ? ' guide-card--chosen' : ''}`}>
      <h3 className="guide-card__title">
        <Link to={`/guides/${pack.id}`} onClick={() => void saveChosenPackId(pack.id)}>
          {pack.partnership.name}
        </Link>
      </h3>
      {chosen && <p className="guide-tag">Your partnership</p>}
      <dl className="guide-card__facts">
        <div>
          <dt>Area</dt>
          <dd>{areaWords(pack)}</dd>
        </div>
        <div>
          <dt>For</dt>
          <dd>{audienceWords(pack.partnership.audience)}</dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>{datesWords(pack)}</dd>
        </div>
        <div>
          <dt>Policy</dt>
          <dd>
            {origin === 'built-in' ? 'Built into Escalate' : `Imported, version ${pack.version}`}
          </dd>
        </div>
      </dl>
    </li>
  );
}

function YourPartnership({ available }: { available: AvailablePack }) {
  const { pack } = available;
  return (
    <section className="guide-yours" aria-labelledby="your-partnership-heading">
      <h2 id="your-partnership-heading">Your partnership</h2>
      <p className="guide-yours__name">{pack.partnership.name}</p>
      <Link className="button guide-yours__button" to={`/guides/${pack.id}`}>
        Open the {pack.partnership.shortName} step guide
      </Link>
    </section>
  );
}

export function GuidesPage() {
  usePageTitle('Guides');
  const packs = useAvailablePacks();
  const chosenId = useChosenPackId();
  const chosen = packs?.find((available) => available.pack.id === chosenId);
  return (
    <div className="guide">
      <h1>Guides</h1>
      {chosen && <YourPartnership available={chosen} />}
      <p className="lead">
        {chosen
          ? 'Or choose another partnership’s escalation policy.'
          : 'Choose your safeguarding partnership to see its escalation steps: who acts at each level, what to do and by when.'}
      </p>
      <h2>{chosen ? 'All partnerships' : 'Partnerships'}</h2>
      {packs === undefined ? (
        <p role="status">Loading the policies on this device…</p>
      ) : (
        <ul className="card-list guide-cards">
          {packs.map((available) => (
            <PackCard
              key={available.pack.id}
              available={available}
              chosen={available.pack.id === chosenId}
            />
          ))}
        </ul>
      )}
      <p>
        Not listed? <Link to="/guides/custom">Load your partnership’s own policy</Link>.
      </p>
    </div>
  );
}
