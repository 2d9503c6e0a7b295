// Settings → My service: the user's agency type, role and organisation (so the guide shows who acts
// for them), and per policy the local names for its "In my service this is …" slots.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { saveMyService, useMyService, type MyService } from '../../data/my-service-repository';
import { agencyTypeChoices, agencyTypes } from '../../domain/policy/agency-type';
import { ErrorSummary, problemsFrom } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useLoadingPart } from '../../ui/load-together';
import { LocalSlotsForm } from './my-service-section-slots';

const MAX_TEXT = 200;

const myServiceSchema = z.object({
  name: z.string().trim().max(MAX_TEXT, `Your name must be ${MAX_TEXT} characters or fewer`),
  showClients: z.enum(['name', 'initials']),
  // Every choice the list offers passes; a value put in from outside the list is refused in words.
  agencyType: z.enum([...agencyTypes, ''], {
    error: 'Choose your agency type from the list, or “Not set”',
  }),
  role: z.string().trim().max(MAX_TEXT, `Your role must be ${MAX_TEXT} characters or fewer`),
  agency: z
    .string()
    .trim()
    .max(MAX_TEXT, `Your organisation’s name must be ${MAX_TEXT} characters or fewer`),
});

type MyServiceForm = z.input<typeof myServiceSchema>;

const FIELD_ORDER = ['name', 'agencyType', 'role', 'agency', 'showClients'] as const;
const fieldId = (name: string) => `my-service-${name}`;

function toForm(service: MyService): MyServiceForm {
  return {
    name: service.name,
    showClients: service.showClients,
    agencyType: service.agencyType ?? '',
    role: service.role,
    agency: service.agency,
  };
}

function ServiceForm({ initial }: { initial: MyService }) {
  const [status, setStatus] = useState('');
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({
    resolver: zodResolver(myServiceSchema),
    defaultValues: toForm(initial),
    // The error summary takes focus instead, and links to each field (error-summary pattern).
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setStatus('');
    try {
      await saveMyService({
        name: values.name,
        showClients: values.showClients,
        agencyType: values.agencyType === '' ? null : values.agencyType,
        role: values.role,
        agency: values.agency,
      });
      setStatus(
        'Saved. The guides show who acts for your agency type, and new records start with your details.',
      );
    } catch {
      setStatus(
        'Not saved: this device could not store it. Check it has free space and try again.',
      );
    }
  });

  const problems = submitCount > 0 ? problemsFrom(errors, FIELD_ORDER, fieldId) : [];
  return (
    <form autoComplete="off" onSubmit={onSubmit} noValidate className="vault-form">
      <ErrorSummary problems={problems} attempt={submitCount} />
      <TextField
        id={fieldId('name')}
        label="My name"
        hint="Filled in for you on every new record, and shown as who made each amendment and export."
        autoComplete="name"
        error={errors.name?.message}
        {...register('name')}
      />
      <SelectField
        id={fieldId('agencyType')}
        label="Agency type"
        hint="The guides show the roles and escalation ladders for this kind of agency."
        error={errors.agencyType?.message}
        emptyOption="Not set – show every agency"
        options={agencyTypeChoices}
        {...register('agencyType')}
      />
      <TextField
        id={fieldId('role')}
        label="My role"
        hint="For example: Designated Safeguarding Lead, Health Visitor."
        autoComplete="organization-title"
        error={errors.role?.message}
        {...register('role')}
      />
      <TextField
        id={fieldId('agency')}
        label="My agency or organisation"
        hint="For example: the name of your school, practice or team."
        autoComplete="organization"
        error={errors.agency?.message}
        {...register('agency')}
      />
      <fieldset aria-describedby={`${fieldId('showClients')}-hint`}>
        <legend>In lists, show the child or adult as</legend>
        <p className="field__hint" id={`${fieldId('showClients')}-hint`}>
          Only while Escalate is unlocked, and only for the records on screen. Initials suit a
          screen others can see.
        </p>
        <div className="checkbox">
          <input
            type="radio"
            id={fieldId('showClients')}
            value="name"
            {...register('showClients')}
          />
          <label htmlFor={fieldId('showClients')}>Their name</label>
        </div>
        <div className="checkbox">
          <input
            type="radio"
            id={`${fieldId('showClients')}-initials`}
            value="initials"
            {...register('showClients')}
          />
          <label htmlFor={`${fieldId('showClients')}-initials`}>Their initials only</label>
        </div>
      </fieldset>
      <div className="button-group">
        <button type="submit" className="button" disabled={isSubmitting}>
          Save my service
        </button>
        <p role="status" className="my-service-status">
          {status}
        </p>
      </div>
    </form>
  );
}

export function MyServiceSection() {
  const service = useMyService();
  useLoadingPart(service === undefined);
  return (
    <section aria-labelledby="my-service-heading" id="my-service">
      <h2 id="my-service-heading">My service</h2>
      <p>
        Escalate uses these to show who acts at each step for your kind of agency, and fills them in
        on every new record. They describe you, not any child or adult, and stay on this device.
      </p>
      {service === undefined ? <p role="status">Loading…</p> : <ServiceForm initial={service} />}
      <LocalSlotsForm />
    </section>
  );
}
