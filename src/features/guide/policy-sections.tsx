// The rest of the policy below the steps, in collapsible sections: principles, categories, when
// to use it, what it does not cover, specific processes, timescales, advice, records, what happens
// after, oversight, the notification form, directories and related documents.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PolicyPack, ScopeNote } from '../../domain/policy/policy-pack';
import { GuidanceList, LocalSlotValues, Source } from './detail-parts';
import { filterDirectories } from './directory-search';
import { DirectoryTables } from './directory-tables';
import { NotificationFormSection } from './notification-form-section';
import { SpecificProcesses } from './specific-processes';
import { timescaleWords } from './stage-detail';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details className="guide-section" id={id}>
      <summary className="guide-section__summary">{title}</summary>
      <div className="guide-section__body">{children}</div>
    </details>
  );
}

const SCOPE_KINDS: Readonly<Record<ScopeNote['kind'], string>> = {
  'conduct-concern': 'Concerns about a professional’s conduct',
  'single-agency-dispute': 'Disagreements inside one agency',
  other: 'Other matters',
};

function ScopeNotes({ notes }: { notes: ScopeNote[] }) {
  return (
    <ul className="guide-list">
      {notes.map((note) => (
        <li key={note.id}>
          <strong>{SCOPE_KINDS[note.kind]}:</strong> {note.text}
          {note.goesTo && <> These go to: {note.goesTo}.</>} <Source source={note.source} />
        </li>
      ))}
    </ul>
  );
}

function OverallTimescale({ pack }: { pack: PolicyPack }) {
  const overall = pack.overallTimescale;
  if (!overall) return null;
  return (
    <Section id="policy-overall-timescale" title="Overall timescale">
      <p>
        <strong>{timescaleWords(overall.timescale)}</strong>
        {overall.note && <>. {overall.note}</>} <Source source={overall.source} />
      </p>
    </Section>
  );
}

function GuidanceSection({
  id,
  title,
  items,
  ordered,
}: {
  id: string;
  title: string;
  items: PolicyPack['principles'];
  ordered?: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <Section id={id} title={title}>
      <GuidanceList items={items} ordered={ordered} />
    </Section>
  );
}

function GeneralSlots({
  pack,
  slotValues,
}: {
  pack: PolicyPack;
  slotValues: Record<string, string>;
}) {
  const slots = pack.localSlots.filter((slot) => slot.stageId === null);
  if (slots.length === 0) return null;
  return (
    <Section id="policy-my-service" title="In my service">
      <LocalSlotValues slots={slots} values={slotValues} level={3} />
    </Section>
  );
}

export function PolicySections({
  pack,
  slotValues,
}: {
  pack: PolicyPack;
  slotValues: Record<string, string>;
}) {
  return (
    <section className="guide-policy" aria-labelledby="guide-policy-heading">
      <h2 id="guide-policy-heading">More from this policy</h2>
      <GuidanceSection id="policy-principles" title="Principles" items={pack.principles} />
      {pack.categories.length > 0 && (
        <Section id="policy-categories" title="What disagreements are about">
          <ul className="guide-list">
            {pack.categories.map((category) => (
              <li key={category.id}>
                {category.label} <Source source={category.source} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <GuidanceSection id="policy-examples" title="When to use this policy" items={pack.examples} />
      {pack.scopeNotes.length > 0 && (
        <Section id="policy-scope" title="What this policy does not cover">
          <ScopeNotes notes={pack.scopeNotes} />
        </Section>
      )}
      {pack.specificProcesses.length > 0 && (
        <Section id="policy-specific-processes" title="Disagreements at particular points">
          <SpecificProcesses processes={pack.specificProcesses} />
        </Section>
      )}
      <OverallTimescale pack={pack} />
      <GuidanceSection id="policy-advice" title="Getting advice" items={pack.advice} />
      <GuidanceSection id="policy-records" title="Keeping records" items={pack.recordKeeping} />
      <GuidanceSection
        id="policy-after"
        title="After it is resolved"
        items={pack.afterResolution}
      />
      <GuidanceSection
        id="policy-oversight"
        title="How the partnership oversees escalations"
        items={pack.partnershipOversight}
      />
      <Section id="policy-notification-form" title={`Notifying ${pack.partnership.shortName}`}>
        <NotificationFormSection pack={pack} />
      </Section>
      <GeneralSlots pack={pack} slotValues={slotValues} />
      {pack.directories.length > 0 && (
        <Section id="policy-directories" title="Directories">
          <p className="no-print">
            <Link className="link-standalone" to={`/guides/${pack.id}/directories`}>
              Search the directories
            </Link>
          </p>
          <DirectoryTables filtered={filterDirectories(pack.directories, '')} level={3} />
        </Section>
      )}
      {pack.relatedDocuments.length > 0 && (
        <Section id="policy-related" title="Related documents">
          <ul className="guide-list">
            {pack.relatedDocuments.map((document) => (
              <li key={document.title}>
                {document.title} <Source source={document.source} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </section>
  );
}
