// The policy pack format in brief, for a partnership writing its own; the full guide with a worked
// example ships with Escalate's source as docs/policy-pack-format.md.
import { builtInPacks } from '../../domain/policy/built-in-packs';
import { exportPack, packFileName } from './pack-file';

export function PackFormatSummary() {
  return (
    <section aria-labelledby="format-heading" className="guide-format">
      <h2 id="format-heading">Writing a policy pack</h2>
      <p>
        A policy pack is one partnership’s escalation policy as data, in a single JSON text file of
        at most 2 MB. It holds:
      </p>
      <ul className="guide-list">
        <li>
          <strong>Identity</strong>: <code>format</code> (always <code>"escalate-policy-pack"</code>
          ), <code>formatVersion</code> (1), an <code>id</code> such as{' '}
          <code>exampleshire-scp-2025</code>, a <code>version</code> number, the <code>title</code>,
          the <code>partnership</code> and the <code>provenance</code> of the source document.
        </li>
        <li>
          <strong>Stages</strong>, in order, each with who acts (and their roles by agency type),
          actions, records, a timescale, whether the partnership is notified, and what happens if it
          is not resolved.
        </li>
        <li>
          <strong>Timescales</strong> are one of: <code>immediate</code>,{' '}
          <code>same-working-day</code>, <code>hours</code>, <code>working-days</code>,{' '}
          <code>working-week</code> or <code>none-stated</code>.
        </li>
        <li>
          Optional <strong>urgent routes</strong>, <strong>specific processes</strong>,{' '}
          <strong>directories</strong> (dated escalation ladders and contact tables, with no
          personal names), principles, categories, examples, scope notes, advice and local “in my
          service” slots.
        </li>
        <li>
          The <strong>notification form</strong>: who completes it, when, who receives it, how to
          send it, and its fields in order.
        </li>
      </ul>
      <p>
        Every piece of guidance cites its <code>source</code> section. A field the format does not
        know is an error, so a misspelt name never silently drops a fact. To publish a change, keep
        the same <code>id</code> and raise the <code>version</code>: records keep the version they
        started under. A pack with the id of a built-in policy is accepted only as a newer version.
      </p>
      <p>
        The full format guide, with a worked example, is <code>docs/policy-pack-format.md</code> in
        Escalate’s source code. The easiest start is a built-in policy:
      </p>
      <ul className="guide-downloads">
        {builtInPacks.map((pack) => (
          <li key={pack.id}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => exportPack(pack)}
            >
              Download {packFileName(pack)}
              <span className="visually-hidden"> ({pack.partnership.name})</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
