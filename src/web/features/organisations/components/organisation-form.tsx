import { type FormEvent, useState } from 'react';
import {
  type Organisation,
  organisationInputSchema,
  organisationSizes,
} from '../../../../shared/contract/organisations.ts';
import { commonMessages } from '../../../../shared/i18n/common.ts';
import { organisationsMessages } from '../../../../shared/i18n/organisations.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { createOrganisation, updateOrganisation } from '../api/organisations.ts';

type Props = {
  /** The organisation being edited; a new one is created when absent. */
  organisation?: Organisation;
  /** Every organisation, to pick competitors from. */
  organisations: readonly Organisation[];
  onSaved: (organisation: Organisation) => void;
  onCancel?: () => void;
  /** Someone saved the organisation after this form read it: load what is saved now. */
  onStale?: () => void;
};

const fields = ['name', 'industry', 'size', 'website', 'competitorIds'] as const;

export function OrganisationForm({ organisation, organisations, onSaved, onCancel, onStale }: Props) {
  const t = useMessages(organisationsMessages);
  const common = useMessages(commonMessages);
  const sizeOptions = organisationSizes.map((s) => ({ value: s, label: t('sizeStaff', { size: s }) }));
  const [name, setName] = useState(organisation?.name ?? '');
  const [industry, setIndustry] = useState(organisation?.industry ?? '');
  const [size, setSize] = useState<string>(organisation?.size ?? '');
  const [website, setWebsite] = useState(organisation?.website ?? '');
  const [competitorIds, setCompetitorIds] = useState<string[]>(organisation?.competitorIds ?? []);
  const errors = useFormErrors(fields);
  const staleness = useStaleVersion();
  const save = useAction(
    async (send: () => Promise<Organisation>) => {
      errors.clear();
      onSaved(await send());
    },
    {
      onError: (error) => {
        // A newer save is told beside the save button, where the user is.
        if (staleness.noticeError(error)) errors.clear();
        else errors.showRequestError(error);
      },
      keepBusyOnSuccess: true,
    },
  );
  const others = organisations.filter((o) => o.id !== organisation?.id);

  const toggleCompetitor = (id: string, on: boolean) =>
    setCompetitorIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(organisationInputSchema, {
      name,
      industry,
      size: size === '' ? null : size,
      website,
      competitorIds,
    });
    if (!checked.ok) {
      errors.showErrors(checked.errors);
      return;
    }
    void save.run(() =>
      organisation
        ? updateOrganisation(organisation.id, { ...checked.data, version: organisation.version })
        : createOrganisation(checked.data),
    );
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={errors.formError} />
      <TextField
        name="name"
        label={t('name')}
        required
        autoComplete="organization"
        value={name}
        onChange={setName}
        error={errors.fieldErrors.name}
      />
      <TextField
        name="industry"
        label={t('industry')}
        value={industry}
        onChange={setIndustry}
        error={errors.fieldErrors.industry}
      />
      <SelectField
        name="size"
        label={t('size')}
        emptyLabel={t('notGiven')}
        options={sizeOptions}
        value={size}
        onChange={setSize}
        error={errors.fieldErrors.size}
      />
      <TextField
        name="website"
        label={t('website')}
        type="url"
        inputMode="url"
        hint={t('websiteHint')}
        value={website}
        onChange={setWebsite}
        error={errors.fieldErrors.website}
      />
      <fieldset className="field checklist" aria-describedby="competitors-hint">
        <legend>{t('competitors')}</legend>
        <p className="field__hint" id="competitors-hint">
          {t('competitorsHint')}
        </p>
        {others.length ? (
          <ul>
            {others.map((o) => (
              <li key={o.id}>
                <label>
                  <input
                    type="checkbox"
                    data-field={o === others[0] ? 'competitorIds' : undefined}
                    checked={competitorIds.includes(o.id)}
                    onChange={(e) => toggleCompetitor(o.id, e.target.checked)}
                  />{' '}
                  {o.name}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noOtherOrganisations')}</p>
        )}
        {errors.fieldErrors.competitorIds ? (
          <p className="field__error">{t('competitorsError', { error: errors.fieldErrors.competitorIds })}</p>
        ) : null}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {organisation ? t('saveOrganisation') : t('addOrganisation')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {common('cancel')}
          </button>
        ) : null}
      </div>
      {onStale ? (
        <StaleVersionNotice
          stale={staleness.stale}
          message={staleness.message}
          times={staleness.times}
          onReload={onStale}
        />
      ) : null}
    </form>
  );
}
