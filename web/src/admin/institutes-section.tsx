import { useMutation, useQuery } from '@apollo/client/react';
import { EMAIL_MAX_LENGTH } from '@tt/shared/limits';
import { institutePath } from '@tt/shared/web-routes';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  CreateInstitutionDocument,
  type InstituteAdminFieldsFragment,
  InstituteOptionsDocument,
  InstitutesAdminDocument,
  UpdateInstitutionDocument,
} from '../generated/members-graphql';
import { countryName, t } from '../i18n/i18n';
import { countryOptions } from '../ui/countries';
import {
  ErrorSummary,
  emailProblem,
  type FieldErrors,
  FormActions,
  fieldsOf,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
  websiteProblem,
} from '../ui/form';
import { BuildingIcon, MailIcon, PinIcon } from '../ui/icons';
import { LiveNotice } from '../ui/live-notice';
import { RowButton } from '../ui/row-button';
import { ErrorState, PageLoading } from '../ui/status';
import './admin.css';
import { InstituteEmbedSites } from './institute-embed-sites';
import { SectionLead } from './section-lead';

type Field =
  | 'name'
  | 'shortName'
  | 'slug'
  | 'city'
  | 'region'
  | 'cityIt'
  | 'regionIt'
  | 'country'
  | 'website'
  | 'contactEmail'
  | 'description'
  | 'descriptionIt'
  | 'mission'
  | 'missionIt'
  | 'networks';

const TEXT_MAX = 10_000;

function initialValues(institute: InstituteAdminFieldsFragment | null): Record<Field, string> {
  return {
    name: institute?.name ?? '',
    shortName: institute?.shortName ?? '',
    slug: institute?.slug ?? '',
    // As stored: `city` and `region` are the request language's names.
    city: institute?.english.city ?? '',
    region: institute?.english.region ?? '',
    cityIt: institute?.italian.city ?? '',
    regionIt: institute?.italian.region ?? '',
    country: institute?.country ?? 'IT',
    website: institute?.website ?? '',
    contactEmail: institute?.contactEmail ?? '',
    // As stored in each language: `description` and `mission` are the request language's answer.
    description: institute?.english.description ?? '',
    descriptionIt: institute?.italian.description ?? '',
    mission: institute?.english.mission ?? '',
    missionIt: institute?.italian.mission ?? '',
    networks: institute?.networks.join('\n') ?? '',
  };
}

function validate(values: Record<Field, string>): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  const required = (field: Field, min: number, max: number, message: string) => {
    const length = values[field].trim().length;
    if (length < min) errors[field] = message;
    else if (length > max) errors[field] = t('form.tooLong', { max });
  };
  required('name', 2, 200, t('institutes.nameRequired'));
  required('shortName', 2, 40, t('institutes.shortNameRequired'));
  required('city', 2, 80, t('institutes.cityRequired'));
  required('region', 2, 80, t('institutes.regionRequired'));
  for (const place of ['cityIt', 'regionIt'] as const) {
    if (values[place].trim().length > 80) errors[place] = t('form.tooLong', { max: 80 });
  }
  if (!/^[a-z0-9][a-z0-9-]{1,79}$/.test(values.slug.trim())) errors.slug = t('institutes.slugInvalid');
  if (!values.country) errors.country = t('form.countryRequired');
  const website = websiteProblem(values.website);
  if (website) errors.website = website;
  const email = emailProblem(values.contactEmail);
  if (email) errors.contactEmail = email;
  for (const text of ['description', 'descriptionIt', 'mission', 'missionIt'] as const) {
    if (values[text].length > TEXT_MAX) errors[text] = t('form.tooLong', { max: TEXT_MAX });
  }
  const networks = values.networks.split('\n').filter((line) => line.trim());
  if (networks.length > 20 || networks.some((line) => line.trim().length > 120))
    errors.networks = t('institutes.networksTooMany');
  return errors;
}

/** Administrators keep the institutes of the network: the list, an edit form for each, a new one. */
export function InstitutesSection() {
  const { data, loading, error, refetch } = useQuery(InstitutesAdminDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // A form done (the new one or an institute's): it closes, and the notice names what was saved, if anything.
  const closeForm = (name: string | null) => {
    setEditing(null);
    setSaved(name);
  };

  if (!data) {
    if (loading) return <PageLoading />;
    if (error) return <ErrorState onRetry={() => void refetch()} />;
    return null;
  }
  const institutes = [...data.institutions].sort((a, b) => a.shortName.localeCompare(b.shortName));

  return (
    <div className="institutes-admin" data-testid="institutes-admin">
      <SectionLead
        lead={t('institutes.adminLead')}
        add={{
          label: t('institutes.add'),
          open: editing === 'new',
          onOpen: () => {
            setSaved(null);
            setEditing('new');
          },
          testId: 'add-institute',
        }}
      />
      <LiveNotice testId="institute-saved">{saved && t('institutes.saved', { name: saved })}</LiveNotice>
      {editing === 'new' && (
        <div className="panel institute-editor">
          <h3 className="institute-editor__title">{t('institutes.newTitle')}</h3>
          <InstituteForm institute={null} onDone={closeForm} />
        </div>
      )}
      <ul className="institute-rows">
        {institutes.map((institute) => (
          <li key={institute.id} className="panel institute-row" data-testid="institute-row">
            <div className="institute-row__head">
              <span className="emblem institute-row__mark" aria-hidden="true">
                <BuildingIcon />
              </span>
              <div className="institute-row__text">
                <h3 className="institute-row__name">
                  {institute.shortName}
                  <span className="institute-row__full">{institute.name}</span>
                </h3>
                <p className="institute-row__meta">
                  <span>
                    <PinIcon />
                    {institute.city}, {countryName(institute.country)}
                  </span>
                  <span>
                    <MailIcon />
                    {institute.contactEmail}
                  </span>
                  <Link to={institutePath(institute.slug)}>{t('institutes.publicPage')}</Link>
                </p>
              </div>
              <RowButton
                rowName={institute.shortName}
                expanded={editing === institute.id}
                onClick={() => {
                  setSaved(null);
                  setEditing(editing === institute.id ? null : institute.id);
                }}
                testId="edit-institute"
              >
                {editing === institute.id ? t('common.close') : t('institutes.edit')}
              </RowButton>
            </div>
            {editing === institute.id && (
              <>
                <InstituteForm institute={institute} onDone={closeForm} />
                <InstituteEmbedSites institute={institute} />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function InstituteForm({
  institute,
  onDone,
}: {
  institute: InstituteAdminFieldsFragment | null;
  onDone: (savedName: string | null) => void;
}) {
  const refetchQueries = [InstitutesAdminDocument, InstituteOptionsDocument];
  const [create] = useMutation(CreateInstitutionDocument, { refetchQueries });
  const [update] = useMutation(UpdateInstitutionDocument);
  const form = useForm<Field>({
    initial: initialValues(institute),
    validate,
    async submit(values) {
      const fields = {
        name: values.name.trim(),
        shortName: values.shortName.trim(),
        slug: values.slug.trim(),
        city: values.city.trim(),
        region: values.region.trim(),
        cityIt: values.cityIt.trim(),
        regionIt: values.regionIt.trim(),
        country: values.country,
        website: values.website.trim() || null,
        contactEmail: values.contactEmail.trim(),
        description: values.description.trim(),
        descriptionIt: values.descriptionIt.trim(),
        mission: values.mission.trim(),
        missionIt: values.missionIt.trim(),
        networks: values.networks
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      };
      if (institute) {
        const { data } = await update({ variables: { input: { id: institute.id, ...fields } } });
        const payload = data?.updateInstitution;
        if (!payload?.institution) return payload?.errors ?? [];
        onDone(payload.institution.shortName);
      } else {
        const { data } = await create({ variables: { input: fields } });
        const payload = data?.createInstitution;
        if (!payload?.institution) return payload?.errors ?? [];
        onDone(payload.institution.shortName);
      }
    },
  });

  const labels: Record<Field, string> = {
    name: t('institutes.field.name'),
    shortName: t('institutes.field.shortName'),
    slug: t('institutes.field.slug'),
    city: t('institutes.field.city'),
    region: t('institutes.field.region'),
    cityIt: t('institutes.field.cityIt'),
    regionIt: t('institutes.field.regionIt'),
    country: t('field.country'),
    website: t('field.website'),
    contactEmail: t('institutes.field.contactEmail'),
    description: t('institutes.field.description'),
    descriptionIt: t('institutes.field.descriptionIt'),
    mission: t('institutes.field.mission'),
    missionIt: t('institutes.field.missionIt'),
    networks: t('institutes.field.networks'),
  };

  const field = fieldsOf(form, labels);
  return (
    <form className="form institute-form" noValidate onSubmit={form.onSubmit} data-testid="institute-form">
      <ErrorSummary form={form} labels={labels} />
      <TextField form={form} name="name" label={labels.name} />
      <div className="form-row">
        <TextField form={form} name="shortName" label={labels.shortName} />
        <TextField {...field('slug')} below={t('institutes.slugHint')} autoCapitalize="none" spellCheck={false} />
      </div>
      <div className="form-row">
        <TextField form={form} name="city" label={labels.city} />
        <TextField form={form} name="region" label={labels.region} />
        <SelectField form={form} name="country" label={labels.country} options={countryOptions(institute?.country)} />
      </div>
      <div className="form-row">
        <TextField {...field('cityIt')} lang="it" optional below={t('institutes.placeItHint')} />
        <TextField {...field('regionIt')} lang="it" optional />
      </div>
      <div className="form-row">
        <TextField
          {...field('contactEmail')}
          type="email"
          maxLength={EMAIL_MAX_LENGTH}
          inputMode="email"
          below={t('institutes.contactHint')}
        />
        <TextField form={form} name="website" label={labels.website} type="url" placeholder="https://" optional />
      </div>
      {/* English and Italian side by side (stacked on a phone): each page shows the reader's language. */}
      <div className="form-row">
        <TextAreaField form={form} name="description" label={labels.description} rows={6} optional lang="en" />
        <TextAreaField form={form} name="descriptionIt" label={labels.descriptionIt} rows={6} optional lang="it" />
      </div>
      <div className="form-row">
        <TextAreaField form={form} name="mission" label={labels.mission} rows={5} optional lang="en" />
        <TextAreaField form={form} name="missionIt" label={labels.missionIt} rows={5} optional lang="it" />
      </div>
      <TextAreaField {...field('networks')} hint={t('institutes.networksHint')} rows={3} optional />
      <FormActions
        sending={form.sending}
        submitLabel={institute ? t('institutes.save') : t('institutes.create')}
        testId="save-institute"
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
