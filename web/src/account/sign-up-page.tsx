import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { type CompanySize, SignUpDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { useSessionChanged } from '../session/use-viewer';
import { countryOptions } from '../ui/countries';
import {
  EmailField,
  ErrorSummary,
  emailProblem,
  type FieldErrors,
  fieldsOf,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useForm,
  websiteProblem,
} from '../ui/form';
import { UsersIcon } from '../ui/icons';
import { PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { useNextPath } from './next-path';
import { newPasswordProblem, PasswordField } from './password-field';
import { TermsAcceptanceField, termsProblem } from './terms-acceptance-field';
import './account.css';
import { COMPANY_DESCRIPTION_MAX_LENGTH, COMPANY_NAME_MAX_LENGTH, COMPANY_NAME_MIN_LENGTH } from '@tt/shared/limits';

// The form's fields carry the API's names, so its field errors land under the right input.
type SignUpField =
  | 'name'
  | 'email'
  | 'password'
  | 'company.name'
  | 'company.country'
  | 'company.size'
  | 'company.website'
  | 'company.description'
  | 'acceptedTermsVersion';

const SIZES: CompanySize[] = ['STARTUP', 'SME', 'MID_CAP', 'LARGE'];

export function validateSignUp(values: Record<SignUpField, string>): FieldErrors<SignUpField> {
  const errors: FieldErrors<SignUpField> = {};
  const name = values.name.trim();
  if (name.length < 2) errors.name = t('form.nameRequired');
  else if (name.length > 160) errors.name = t('form.tooLong', { max: 160 });
  const email = emailProblem(values.email);
  if (email) errors.email = email;
  const password = newPasswordProblem(values.password, values.email.trim());
  if (password) errors.password = password;
  const companyName = values['company.name'].trim();
  if (companyName.length < COMPANY_NAME_MIN_LENGTH) errors['company.name'] = t('signUp.companyNameRequired');
  else if (companyName.length > COMPANY_NAME_MAX_LENGTH)
    errors['company.name'] = t('form.tooLong', { max: COMPANY_NAME_MAX_LENGTH });
  if (!values['company.country']) errors['company.country'] = t('form.countryRequired');
  if (!values['company.size']) errors['company.size'] = t('form.sizeRequired');
  const website = websiteProblem(values['company.website']);
  if (website) errors['company.website'] = website;
  if (values['company.description'].length > COMPANY_DESCRIPTION_MAX_LENGTH)
    errors['company.description'] = t('form.tooLong', { max: COMPANY_DESCRIPTION_MAX_LENGTH });
  const terms = termsProblem(values.acceptedTermsVersion);
  if (terms) errors.acceptedTermsVersion = terms;
  return errors;
}

const LABELS = (): Record<SignUpField, string> => ({
  name: t('field.fullName'),
  email: t('field.workEmail'),
  password: t('field.password'),
  'company.name': t('field.companyName'),
  'company.country': t('field.country'),
  'company.size': t('field.size'),
  'company.website': t('field.website'),
  'company.description': t('field.companyDescription'),
  acceptedTermsVersion: t('sitePages.terms'),
});

/** A company member creates an account and their company's profile. */
export function SignUpPage() {
  usePageMeta(t('signUp.metaTitle'), t('signUp.metaDescription'));
  const next = useNextPath();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [signUp] = useMutation(SignUpDocument);
  const [done, setDone] = useState(false);
  const labels = LABELS();

  const form = useForm<SignUpField>({
    initial: {
      name: '',
      email: '',
      password: '',
      'company.name': '',
      'company.country': '',
      'company.size': '',
      'company.website': '',
      'company.description': '',
      acceptedTermsVersion: '',
    },
    validate: validateSignUp,
    async submit(values) {
      const { data } = await signUp({
        variables: {
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
            company: {
              name: values['company.name'].trim(),
              country: values['company.country'],
              size: values['company.size'] as CompanySize,
              website: values['company.website'].trim() || null,
              description: values['company.description'].trim() || null,
            },
            acceptedTermsVersion: Number(values.acceptedTermsVersion),
          },
        },
      });
      const payload = data?.signUp;
      if (!payload?.viewer) return payload?.errors ?? [];
      // Leave the form (its queries stop) before everything cached is fetched again for the new session.
      flushSync(() => setDone(true));
      // The loading state starts at the top, where the next page will: a long form scrolled to its button would
      // otherwise shrink under the visitor and pull the footer up into view (a layout shift).
      window.scrollTo(0, 0);
      await sessionChanged();
      navigate(next ?? '/company', { replace: true, state: { welcome: true } });
    },
  });

  if (done) return <PageLoading />;

  const field = fieldsOf(form, labels);
  return (
    <div className="container auth-page">
      <div className="auth-card auth-card--wide">
        <p className="eyebrow">{t('signUp.eyebrow')}</p>
        <h1 className="auth-card__title">{t('signUp.heading')}</h1>
        <p className="auth-card__lead">{t('signUp.lead')}</p>

        <div className="join-note" data-testid="join-note">
          <UsersIcon className="icon join-note__icon" />
          <p>
            <strong>{t('signUp.joinTitle')}</strong> {t('signUp.joinBody')}
          </p>
        </div>

        <form className="form" noValidate onSubmit={form.onSubmit} data-testid="sign-up-form">
          <ErrorSummary form={form} labels={labels} />
          <h2 className="form-section-title form-section-title--first">{t('signUp.aboutYou')}</h2>
          <TextField form={form} name="name" label={labels.name} autoComplete="name" data-testid="name-input" />
          <EmailField {...field('email')} autoComplete="email" hint={t('signUp.emailHint')} data-testid="email-input" />
          <PasswordField {...field('password')} autoComplete="new-password" policy email={form.values.email.trim()} />

          <h2 className="form-section-title">{t('signUp.aboutCompany')}</h2>
          <TextField
            form={form}
            name="company.name"
            label={labels['company.name']}
            autoComplete="organization"
            data-testid="company-name-input"
          />
          <div className="form-row">
            <SelectField
              form={form}
              name="company.country"
              label={labels['company.country']}
              options={countryOptions()}
              placeholder={t('form.chooseCountry')}
            />
            <SelectField
              form={form}
              name="company.size"
              label={labels['company.size']}
              options={SIZES.map((size) => ({ value: size, label: companySizeLabel(size) }))}
              placeholder={t('form.chooseSize')}
            />
          </div>
          <TextField
            form={form}
            name="company.website"
            label={labels['company.website']}
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            optional
          />
          <TextAreaField
            form={form}
            name="company.description"
            label={labels['company.description']}
            hint={t('signUp.descriptionHint')}
            maxLength={COMPANY_DESCRIPTION_MAX_LENGTH}
            optional
          />
          <p className="form-note">{t('signUp.listedNote')}</p>
          <TermsAcceptanceField form={form} name="acceptedTermsVersion" />
          <SubmitButton
            sending={form.sending}
            sendingLabel={t('signUp.sending')}
            className="button button--primary button--block button--large"
            testId="sign-up-submit"
          >
            {t('signUp.submit')}
          </SubmitButton>
        </form>

        <div className="auth-card__footer">
          <p>
            {t('signUp.haveAccount')}{' '}
            <Link to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>{t('signUp.signIn')}</Link>
          </p>
        </div>
      </div>
    </div>
  );
}
