import { useQuery } from '@apollo/client/react';
import {
  AGREEMENT_LIMITS,
  AgreementType,
  hasFinancialTerms,
  LicenseExclusivity,
  RoyaltyReportingPeriod,
} from '@tt/shared/agreement-rules';
import { type ReactNode, useId, useState } from 'react';
import type { UserErrorFieldsFragment } from '../generated/graphql';
import {
  AgreementFormCompaniesDocument,
  AgreementFormListingsDocument,
  InstituteOfficersDocument,
  ListingInstitutionsDocument,
} from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import {
  ErrorSummary,
  Field,
  fieldsOf,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useForm,
} from '../ui/form';
import {
  type AgreementFieldName,
  type AgreementFormValues,
  agreementFormErrors,
  agreementInput,
} from './agreement-form-values';
import { agreementTypeLabel, exclusivityLabel, reportingPeriodLabel } from './agreement-labels';
import { OfficeOnlyPanel } from './office-only';

export type PickedListing = { id: string; title: string };

/** What a submit sends: the API's fields, the listings covered and the choices made outside the text fields. */
export interface AgreementSubmission {
  input: ReturnType<typeof agreementInput> & { termsSharedWithInventors: boolean };
  listingIds: string[];
  companyId: string | null;
  institutionId: string | null;
}

/**
 * The agreement's form, new or edited: type and title, the parties (the company fixed when it comes from an EoI),
 * the listings covered, the owner, licence terms, dates, royalties and the office's notes. Checked as typed by the
 * shared rules; the API's own errors land under the field they name.
 */
export function AgreementForm({
  initial,
  initialListings,
  initialShared,
  fixedCompany,
  chooseInstitution,
  submitLabel,
  onSubmit,
  cancel,
}: {
  initial: AgreementFormValues;
  initialListings: readonly PickedListing[];
  initialShared: boolean;
  /** The company's name when it cannot be changed (from an EoI, or when editing). */
  fixedCompany: string | null;
  chooseInstitution: boolean;
  submitLabel: string;
  onSubmit: (submission: AgreementSubmission) => Promise<readonly UserErrorFieldsFragment[] | undefined>;
  cancel: ReactNode;
}) {
  const [listings, setListings] = useState<readonly PickedListing[]>(initialListings);
  const [shared, setShared] = useState(initialShared);
  const sharedId = useId();
  const context = { chooseCompany: fixedCompany === null, chooseInstitution, listingCount: listings.length };
  const labels: Record<AgreementFieldName, string> = {
    type: t('agreements.type'),
    title: t('agreementForm.title'),
    institutionId: t('agreementForm.institution'),
    companyId: t('agreement.company'),
    ownerId: t('agreement.owner'),
    exclusivity: t('agreement.exclusivity'),
    fieldOfUse: t('agreement.fieldOfUse'),
    territory: t('agreement.territory'),
    signatureDate: t('agreement.signatureDate'),
    effectiveDate: t('agreement.effectiveDate'),
    expiryDate: t('agreement.expiryDate'),
    royaltyRateBasisPoints: t('agreementForm.royaltyRate'),
    royaltyReportingPeriod: t('agreement.royaltyPeriod'),
    notes: t('agreement.notes'),
  };
  const form = useForm<AgreementFieldName>({
    initial,
    validate: (values) => agreementFormErrors(values, context),
    submit: (values) =>
      onSubmit({
        input: { ...agreementInput(values), termsSharedWithInventors: shared },
        listingIds: listings.map((listing) => listing.id),
        companyId: fixedCompany === null ? values.companyId : null,
        institutionId: chooseInstitution ? values.institutionId : null,
      }),
  });
  const field = fieldsOf(form, labels);
  const type = form.values.type as AgreementType;
  const licence = type === AgreementType.LICENSE;
  const terms = hasFinancialTerms(type);

  return (
    <form className="agreement-form" onSubmit={form.onSubmit} noValidate data-testid="agreement-form">
      <ErrorSummary form={form} labels={labels} />
      <section className="panel agreement-form__section" aria-labelledby="form-parties">
        <h2 className="panel__title" id="form-parties">
          {t('agreementForm.parties')}
        </h2>
        <div className="agreement-form__grid">
          <SelectField
            {...field('type')}
            options={Object.values(AgreementType).map((value) => ({ value, label: agreementTypeLabel(value) }))}
          />
          <TextField {...field('title')} className="agreement-form__wide" maxLength={AGREEMENT_LIMITS.titleMax + 50} />
          {chooseInstitution && <InstitutionSelect form={form} label={labels.institutionId} />}
          {fixedCompany !== null ? (
            <div className="form-field">
              <p className="form-field__label">{labels.companyId}</p>
              <p className="agreement-form__fixed" data-testid="fixed-company">
                {fixedCompany}
              </p>
            </div>
          ) : (
            <CompanyPicker form={form} label={labels.companyId} />
          )}
          <OwnerSelect form={form} label={labels.ownerId} />
        </div>
        <ListingPicker picked={listings} onChange={setListings} />
      </section>

      {licence && (
        <section className="panel agreement-form__section" aria-labelledby="form-licence">
          <h2 className="panel__title" id="form-licence">
            {t('agreementForm.licenceTerms')}
          </h2>
          <div className="agreement-form__grid">
            <SelectField
              {...field('exclusivity')}
              placeholder={t('agreementForm.chooseExclusivity')}
              optional
              options={Object.values(LicenseExclusivity).map((value) => ({ value, label: exclusivityLabel(value) }))}
            />
            <TextField {...field('territory')} optional hint={t('agreementForm.territoryHint')} />
            <TextField
              {...field('fieldOfUse')}
              optional
              className="agreement-form__wide"
              hint={t('agreementForm.fieldOfUseHint')}
            />
          </div>
        </section>
      )}

      <section className="panel agreement-form__section" aria-labelledby="form-dates">
        <h2 className="panel__title" id="form-dates">
          {t('agreement.dates')}
        </h2>
        <p className="form-field__hint">
          {t('agreementForm.datesHint', { days: AGREEMENT_LIMITS.expiryReminderDays })}
        </p>
        <div className="agreement-form__grid agreement-form__grid--three">
          <TextField {...field('signatureDate')} type="date" optional />
          <TextField {...field('effectiveDate')} type="date" optional />
          <TextField {...field('expiryDate')} type="date" optional />
        </div>
      </section>

      {terms && (
        <OfficeOnlyPanel headingId="form-terms" title={t('agreement.financialTerms')}>
          <div className="agreement-form__grid">
            <TextField
              {...field('royaltyRateBasisPoints')}
              optional
              inputMode="decimal"
              hint={t('agreementForm.royaltyRateHint')}
            />
            <SelectField
              {...field('royaltyReportingPeriod')}
              optional
              placeholder={t('agreementForm.choosePeriod')}
              options={Object.values(RoyaltyReportingPeriod).map((value) => ({
                value,
                label: reportingPeriodLabel(value),
              }))}
            />
          </div>
          <div className="checkbox-field">
            <input
              id={sharedId}
              type="checkbox"
              checked={shared}
              onChange={(event) => setShared(event.target.checked)}
              data-testid="terms-shared"
            />
            <label htmlFor={sharedId}>{t('agreementForm.shareWithInventors')}</label>
          </div>
          <p className="form-field__hint">{t('agreementForm.paymentsLater')}</p>
        </OfficeOnlyPanel>
      )}

      <OfficeOnlyPanel headingId="form-notes" title={t('agreement.notes')}>
        <TextAreaField
          {...field('notes')}
          optional
          rows={5}
          maxLength={AGREEMENT_LIMITS.notesMax}
          hint={t('agreementForm.notesHint')}
        />
      </OfficeOnlyPanel>

      <div className="agreement-form__buttons">
        <SubmitButton sending={form.sending} testId="agreement-save">
          {submitLabel}
        </SubmitButton>
        {cancel}
      </div>
    </form>
  );
}

type Form = ReturnType<typeof useForm<AgreementFieldName>>;

function OwnerSelect({ form, label }: { form: Form; label: string }) {
  const { data } = useQuery(InstituteOfficersDocument, { fetchPolicy: 'cache-first' });
  const officers = data?.users.edges.map((edge) => edge.node) ?? [];
  return (
    <SelectField
      form={form}
      name="ownerId"
      label={label}
      placeholder={t('agreementForm.ownerDefault')}
      optional
      options={officers.map((officer) => ({ value: officer.id, label: officer.name }))}
    />
  );
}

function InstitutionSelect({ form, label }: { form: Form; label: string }) {
  const { data } = useQuery(ListingInstitutionsDocument, { fetchPolicy: 'cache-first' });
  return (
    <SelectField
      form={form}
      name="institutionId"
      label={label}
      placeholder={t('agreementForm.chooseInstitution')}
      options={(data?.institutions ?? []).map((institution) => ({
        value: institution.id,
        label: `${institution.shortName} – ${institution.name}`,
      }))}
    />
  );
}

/** A company of the directory, found by name. */
function CompanyPicker({ form, label }: { form: Form; label: string }) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const { data, loading } = useQuery(AgreementFormCompaniesDocument, {
    variables: { query: search.trim() || null },
    fetchPolicy: 'cache-and-network',
  });
  const found = data?.partners.edges.map((edge) => edge.node) ?? [];
  const options = chosen && !found.some((company) => company.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <div className="agreement-form__picker">
      <label htmlFor={searchId} className="form-field__label">
        {t('agreementForm.findCompany')}
      </label>
      <input
        id={searchId}
        type="search"
        className="input"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t('agreementForm.findCompanyPlaceholder')}
        data-testid="company-search"
      />
      <Field form={form} name="companyId" label={label}>
        <select
          className="input select"
          {...form.inputProps('companyId')}
          onChange={(event) => {
            form.set('companyId', event.target.value);
            setChosen(options.find((company) => company.id === event.target.value) ?? null);
          }}
          data-testid="company-select"
        >
          <option value="">{loading && !data ? t('common.loading') : t('agreementForm.chooseCompany')}</option>
          {options.map((company) => (
            <option key={company.id} value={company.id}>
              {'city' in company && company.city ? `${company.name} (${company.city})` : company.name}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

/** The office's listings the agreement covers: the chosen ones, and a search to add more. */
function ListingPicker({
  picked,
  onChange,
}: {
  picked: readonly PickedListing[];
  onChange: (listings: readonly PickedListing[]) => void;
}) {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const { data } = useQuery(AgreementFormListingsDocument, {
    variables: { query: search.trim() || null },
    fetchPolicy: 'cache-and-network',
  });
  const found = (data?.officeListings.edges.map((edge) => edge.node) ?? []).filter(
    (listing) => !picked.some((chosen) => chosen.id === listing.id),
  );
  const full = picked.length >= AGREEMENT_LIMITS.listingsMax;
  return (
    <fieldset className="agreement-form__listings" data-testid="listing-picker">
      <legend className="form-field__label">{t('agreement.listings')}</legend>
      {picked.length === 0 ? (
        <p className="muted">{t('agreementForm.noListings')}</p>
      ) : (
        <ul className="agreement-form__picked" data-testid="picked-listings">
          {picked.map((listing) => (
            <li key={listing.id} className="chip agreement-form__chip">
              <span>{listing.title}</span>
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(picked.filter((other) => other.id !== listing.id))}
                data-testid="unpick-listing"
              >
                {t('agreementForm.removeListing')}
                <span className="visually-hidden"> {listing.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={searchId} className="form-field__hint">
        {t('agreementForm.findListing')}
      </label>
      <input
        id={searchId}
        type="search"
        className="input"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        data-testid="listing-search"
      />
      {search.trim() && (
        <ul className="agreement-form__found">
          {found.length === 0 && <li className="muted">{t('agreementForm.noListingFound')}</li>}
          {found.slice(0, 8).map((listing) => (
            <li key={listing.id}>
              <button
                type="button"
                className="link-button"
                disabled={full}
                onClick={() => onChange([...picked, { id: listing.id, title: listing.title }])}
                data-testid="pick-listing"
              >
                {t('agreementForm.addListing', { title: listing.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
