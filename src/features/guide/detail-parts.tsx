// Small pieces every part of the guide uses: source citations, guidance lists, headings at a
// chosen level, and the user's own "In my service this is …" names.
import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import type { AgencyType } from '../../domain/policy/agency-type';
import type { Guidance, LocalSlot } from '../../domain/policy/policy-pack';
import { slotExample } from '../../domain/policy/local-slot-example';

/** Small "Source: §2.7" text after a fact or a piece of guidance. */
export function Source({ source }: { source: string }) {
  return <span className="guide-source">Source: {source}</span>;
}

/** Guidance items as a list, each with its source. */
export function GuidanceList({ items, ordered = false }: { items: Guidance[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="guide-list">
      {items.map((item, index) => (
        <li key={`${index}-${item.text}`}>
          {item.text} <Source source={item.source} />
        </li>
      ))}
    </List>
  );
}

export type HeadingLevel = 2 | 3 | 4;

/** A heading whose level depends on where the block is shown (the page, or the printed guide). */
export function Heading({
  level,
  children,
  id,
  headingRef,
  focusable = false,
  className,
}: {
  level: HeadingLevel;
  children: ReactNode;
  id?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  focusable?: boolean;
  className?: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} ref={headingRef} tabIndex={focusable ? -1 : undefined} className={className}>
      {children}
    </Tag>
  );
}

/** The next heading level down, for sub-headings inside a block. */
export function below(level: HeadingLevel): HeadingLevel {
  return level === 2 ? 3 : 4;
}

/** The user's local names for these slots, or a way to add them in Settings. */
export function LocalSlotValues({
  slots,
  values,
  level,
  agencyType = null,
}: {
  slots: LocalSlot[];
  values: Record<string, string>;
  level: HeadingLevel;
  agencyType?: AgencyType | null;
}) {
  if (slots.length === 0) return null;
  const missing = slots.some((slot) => !values[slot.id]);
  return (
    <>
      <Heading level={level}>In my service</Heading>
      <dl className="summary-list guide-slots">
        {slots.map((slot) => (
          <div key={slot.id}>
            <dt>{slot.label.endsWith('is') ? `${slot.label} …` : slot.label}</dt>
            <dd>
              {values[slot.id] ? (
                <strong>{values[slot.id]}</strong>
              ) : (
                <span className="guide-muted">Not filled in yet.</span>
              )}{' '}
              <span className="guide-hint">
                {slot.prompt}
                {slotExample(slot, agencyType)}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {missing && (
        <p className="no-print">
          <Link to="/settings" className="link-standalone">
            Add your service’s names in Settings → My service
          </Link>
        </p>
      )}
    </>
  );
}

/**
 * A telephone number as a call link (spaces kept on screen, left out of the link). It sits inside a
 * sentence but is a 44 px touch target (`phone-link`): someone calling 999 may be hurrying.
 */
export function PhoneLink({ phone, className }: { phone: string; className?: string }) {
  return (
    <a
      href={`tel:${phone.replace(/[^\d+]/g, '')}`}
      className={className ? `phone-link ${className}` : 'phone-link'}
    >
      {phone}
    </a>
  );
}

/** An e-mail address as a link that opens the mail app (`link-standalone` when on its own line). */
export function MailLink({ address, className }: { address: string; className?: string }) {
  return (
    <a href={`mailto:${address}`} className={className}>
      {address}
    </a>
  );
}
