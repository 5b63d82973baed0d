import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { termsPath } from '@tt/shared/web-routes';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { SitePageDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import type { FormState } from '../ui/form';

/** The field's client check: an account needs the terms accepted (the API refuses it otherwise). */
export function termsProblem(value: string): string | undefined {
  return value ? undefined : t('error.TERMS_NOT_ACCEPTED');
}

/**
 * "I have read and accept the terms of use": a required checkbox whose value is the version of the terms shown
 * (the page's, read with the same query as the terms page, so the link opens at once). The API records that
 * version with the account, and refuses it when the terms changed meanwhile.
 */
export function TermsAcceptanceField<K extends string>({ form, name }: { form: FormState<K>; name: K }) {
  const { data, refetch, networkStatus } = useQuery(SitePageDocument, {
    variables: { key: 'TERMS' },
    notifyOnNetworkStatusChange: true,
  });
  const version = data?.sitePage?.version;
  const message = form.error(name);
  // Refused (the terms changed since they were read): read the current version, which ticking the box again accepts.
  const refused = message !== undefined && form.values[name] !== '';
  useEffect(() => {
    if (refused) void refetch();
  }, [refused, refetch]);
  const { value: _value, onChange: _onChange, ...input } = form.inputProps(name);
  return (
    <div className={`form-field${message ? ' form-field--invalid' : ''}`}>
      <div className="checkbox-field">
        <input
          {...input}
          type="checkbox"
          disabled={version === undefined || networkStatus === NetworkStatus.refetch}
          required
          checked={form.values[name] !== '' && !refused}
          onChange={(event) => form.set(name, event.target.checked && version !== undefined ? String(version) : '')}
          data-testid="accept-terms"
          data-version={version}
        />
        <label htmlFor={form.id(name)}>
          {t('terms.acceptBefore')}{' '}
          <Link to={termsPath()} target="_blank" rel="noopener" data-testid="terms-link">
            {t('terms.acceptLink')}
          </Link>
        </label>
      </div>
      {message && (
        <p className="form-field__error" id={`${form.id(name)}-error`} data-testid={`error-${name}`}>
          {message}
        </p>
      )}
    </div>
  );
}
