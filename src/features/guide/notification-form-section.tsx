// The partnership's notification form: who completes it, when, who receives it, how to send it,
// and its fields in order, exactly as the pack gives them.
import type { PolicyPack } from '../../domain/policy/policy-pack';
import { GuidanceList, MailLink, Source } from './detail-parts';
import { stageName } from './guide-model';

const ORIGINS = {
  partnership: 'The partnership’s own form, as published with the policy.',
  reconstructed:
    'Rebuilt by Escalate from the policy’s own words: the partnership has a form that is not in the published policy.',
  'app-designed': 'Designed by Escalate: the partnership has no form of its own.',
} as const;

function TriggerStage({ pack }: { pack: PolicyPack }) {
  const atStageId = pack.notificationForm.trigger.atStageId;
  const index = pack.stages.findIndex((stage) => stage.id === atStageId);
  const stage = pack.stages[index];
  return stage ? <> (at {stageName(stage)})</> : null;
}

export function NotificationFormSection({ pack }: { pack: PolicyPack }) {
  const form = pack.notificationForm;
  return (
    <>
      <h3>{form.title}</h3>
      <p>
        {ORIGINS[form.origin]} <Source source={form.source} />
      </p>
      {form.originNote && <p className="guide-hint">{form.originNote}</p>}
      <dl className="summary-list">
        <div>
          <dt>Who completes it</dt>
          <dd>
            {form.completedBy.text} <Source source={form.completedBy.source} />
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            {form.trigger.text}
            <TriggerStage pack={pack} /> <Source source={form.trigger.source} />
          </dd>
        </div>
        <div>
          <dt>Who receives it</dt>
          <dd>
            {form.recipient.role}
            {form.recipient.mailbox && (
              <>
                : <MailLink address={form.recipient.mailbox} />
              </>
            )}{' '}
            <Source source={form.recipient.source} />
          </dd>
        </div>
        <div>
          <dt>Layout</dt>
          <dd>
            {form.layout === 'table-row' ? 'One row of a table' : 'A form of labelled fields'}
          </dd>
        </div>
      </dl>
      {form.sending.length > 0 && (
        <>
          <h4>How to send it</h4>
          <GuidanceList items={form.sending} />
        </>
      )}
      <h4>{form.layout === 'table-row' ? 'Its columns, in order' : 'Its fields, in order'}</h4>
      <ol className="guide-list">
        {form.fields.map((field) => (
          <li key={field.id}>
            <strong>{field.label}</strong>
            {field.required ? '' : ' (optional)'}
            {field.help && <span className="guide-hint"> – {field.help}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
