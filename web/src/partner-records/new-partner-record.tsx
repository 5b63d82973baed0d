import { useLazyQuery, useMutation } from '@apollo/client/react';
import { PARTNER_STATUSES } from '@tt/shared/partner-rules';
import { officePartnerPath } from '@tt/shared/web-routes';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PartnerStatus } from '../generated/graphql';
import { CreatePartnerRecordDocument, PartnerRecordCompanySearchDocument } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { countryName, t } from '../i18n/i18n';
import { partnerStatusLabel } from '../i18n/labels';
import { failureMessage } from '../ui/form';

/**
 * Starts the office's record of a company of the directory: find it by name, say where the office stands, and the
 * record opens. Administrators say for which institute.
 */
export function NewPartnerRecord({ institutes }: { institutes: readonly { id: string; shortName: string }[] | null }) {
  const id = useId();
  const navigate = useNavigate();
  const [search, { data, loading }] = useLazyQuery(PartnerRecordCompanySearchDocument);
  const [create, { loading: creating }] = useMutation(CreatePartnerRecordDocument);
  const [query, setQuery] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [status, setStatus] = useState<PartnerStatus>('PROSPECT');
  const [institutionId, setInstitutionId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const companies = data?.partners.edges.map((edge) => edge.node) ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!companyId) return setProblem(t('partnerRecords.chooseCompany'));
    if (institutes && !institutionId) return setProblem(t('partnerRecords.chooseInstitute'));
    try {
      const { data: answer } = await create({
        variables: { input: { companyId, status, institutionId: institutionId || null } },
      });
      const payload = answer?.createPartnerRelationship;
      if (payload?.partnerRelationship)
        void navigate(
          officePartnerPath(companyId, institutes ? payload.partnerRelationship.institution.id : undefined),
        );
      else setProblem(payload ? errorMessages(payload.errors) : t('partnerRecords.saveFailed'));
    } catch (caught) {
      setProblem(failureMessage(caught));
    }
  }

  return (
    <section
      className="panel partner-new"
      id="new-partner-record"
      aria-labelledby={`${id}-heading`}
      data-testid="new-partner-record"
    >
      <h2 id={`${id}-heading`} className="panel__title">
        {t('partnerRecords.newTitle')}
      </h2>
      <p className="panel__lead">{t('partnerRecords.newLead')}</p>
      <form className="partner-new__form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-query`}>
            {t('partnerRecords.companySearch')}
          </label>
          <div className="partner-new__search">
            <input
              id={`${id}-query`}
              className="input"
              value={query}
              maxLength={200}
              onChange={(event) => setQuery(event.target.value)}
              data-testid="new-partner-company-query"
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void search({ variables: { query: query.trim() || null } })}
              data-testid="new-partner-company-search"
            >
              {t('partnerRecords.find')}
            </button>
          </div>
        </div>
        {loading && <p role="status">{t('common.loading')}</p>}
        {data && (
          <fieldset className="partner-new__companies">
            <legend className="form-field__label">{t('partnerRecords.company')}</legend>
            {companies.length === 0 && <p className="muted">{t('partnerRecords.noCompanyFound')}</p>}
            {companies.map((company) => (
              <label key={company.id} className="choice">
                <input
                  type="radio"
                  name={`${id}-company`}
                  value={company.id}
                  checked={companyId === company.id}
                  onChange={() => setCompanyId(company.id)}
                  data-testid="new-partner-company"
                />
                <span>
                  {company.name}
                  <span className="muted">
                    {' '}
                    · {[company.city, countryName(company.country)].filter(Boolean).join(', ')}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <div className="partner-new__row">
          <div className="form-field">
            <label className="form-field__label" htmlFor={`${id}-status`}>
              {t('partnerRecords.status')}
            </label>
            <select
              id={`${id}-status`}
              className="input"
              value={status}
              onChange={(event) => setStatus(event.target.value as PartnerStatus)}
              data-testid="new-partner-status"
            >
              {PARTNER_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {partnerStatusLabel(value)}
                </option>
              ))}
            </select>
          </div>
          {institutes && (
            <div className="form-field">
              <label className="form-field__label" htmlFor={`${id}-institute`}>
                {t('partnerRecords.institute')}
              </label>
              <select
                id={`${id}-institute`}
                className="input"
                value={institutionId}
                onChange={(event) => setInstitutionId(event.target.value)}
                data-testid="new-partner-institute"
              >
                <option value="">{t('partnerRecords.chooseInstitute')}</option>
                {institutes.map((institute) => (
                  <option key={institute.id} value={institute.id}>
                    {institute.shortName}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {problem && (
          <p className="form-field__error" role="alert" data-testid="new-partner-problem">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={creating} data-testid="new-partner-submit">
          {creating ? t('form.sending') : t('partnerRecords.create')}
        </button>
      </form>
    </section>
  );
}
