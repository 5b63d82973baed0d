import { useLazyQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { AdminCompanyChoicesDocument } from '../generated/members-graphql';
import { countryName, t } from '../i18n/i18n';

/** Finds a company by name and picks one (not `exceptId`): where a member moves, what a duplicate merges into. */
export function CompanyChoice({
  label,
  exceptId,
  value,
  onChange,
  testId,
}: {
  label: string;
  exceptId: string;
  value: string;
  onChange: (companyId: string, name: string) => void;
  testId: string;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [find, { data, loading }] = useLazyQuery(AdminCompanyChoicesDocument);
  const choices = (data?.companies.edges.map((edge) => edge.node) ?? []).filter((company) => company.id !== exceptId);
  return (
    <div className="company-choice" data-testid={testId}>
      <label className="form-field__label" htmlFor={`${id}-query`}>
        {label}
      </label>
      <div className="company-choice__search">
        <input
          id={`${id}-query`}
          className="input"
          value={query}
          maxLength={200}
          onChange={(event) => setQuery(event.target.value)}
          data-testid={`${testId}-query`}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void find({ variables: { query: query.trim() || null } })}
          data-testid={`${testId}-find`}
        >
          {t('adminCompanies.find')}
        </button>
      </div>
      {loading && <p role="status">{t('common.loading')}</p>}
      {data &&
        (choices.length === 0 ? (
          <p className="muted">{t('adminCompanies.noneFound')}</p>
        ) : (
          <div className="company-choice__options" role="radiogroup" aria-label={label}>
            {choices.map((company) => (
              <label key={company.id} className="choice">
                <input
                  type="radio"
                  name={`${id}-company`}
                  checked={value === company.id}
                  onChange={() => onChange(company.id, company.name)}
                  data-testid={`${testId}-option`}
                />
                <span>
                  {company.name} <span className="muted">· {countryName(company.country)}</span>
                </span>
              </label>
            ))}
          </div>
        ))}
    </div>
  );
}
