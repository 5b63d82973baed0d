import { useMutation, useQuery } from '@apollo/client/react';
import { trlRangeProblems } from '@tt/shared/trl-range';
import { partnerPath } from '@tt/shared/web-routes';
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { InvitationList } from '../admin/invitation-list';
import { InviteForm } from '../admin/invite-form';
import {
  type CompanyProfileFieldsFragment,
  type CompanySize,
  MyCompanyDocument,
  type MyCompanyQuery,
  SectorOptionsDocument,
  type SectorOptionsQuery,
  UpdateCompanyProfileDocument,
} from '../generated/graphql';
import { errorMessage } from '../i18n/error-message';
import { countryName, sectorLabel, t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { langOf } from '../i18n/written-language';
import { useViewer } from '../session/use-viewer';
import { countryOptions } from '../ui/countries';
import {
  ErrorSummary,
  type FieldErrors,
  type FormState,
  fieldsOf,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useForm,
  websiteProblem,
} from '../ui/form';
import { ArrowRightIcon, ChevronDownIcon, UsersIcon } from '../ui/icons';
import { LiveNotice } from '../ui/live-notice';
import { Panel } from '../ui/panel';
import { ErrorState, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { ContactPreferencesPanel } from './contact-preferences-panel';
import { DirectoryBadge, DirectoryListingPanel, directoryState } from './directory-listing-panel';
import './company.css';
import {
  COMPANY_DESCRIPTION_MAX_LENGTH,
  COMPANY_INTEREST_MAX_LENGTH,
  COMPANY_INTERESTS_MAX,
  COMPANY_NAME_MAX_LENGTH,
  COMPANY_NAME_MIN_LENGTH,
  COMPANY_SECTORS_MAX,
} from '@tt/shared/limits';

type Field =
  | 'name'
  | 'country'
  | 'city'
  | 'size'
  | 'website'
  | 'description'
  | 'descriptionIt'
  | 'interests'
  | 'sectors'
  | 'trlMin'
  | 'trlMax';

const SIZES: CompanySize[] = ['STARTUP', 'SME', 'MID_CAP', 'LARGE'];
const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

type Members = NonNullable<NonNullable<NonNullable<MyCompanyQuery['viewer']>['user']['company']>['members']>;

// Lists travel in the form as text: interests one per line, sector slugs separated by spaces.
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const slugs = (text: string) => text.split(' ').filter(Boolean);

function initialValues(company: CompanyProfileFieldsFragment): Record<Field, string> {
  return {
    name: company.name,
    country: company.country,
    city: company.city ?? '',
    size: company.size,
    website: company.website ?? '',
    // As stored in each language: `description` is the request language's answer.
    description: company.english.description,
    descriptionIt: company.italian.description,
    interests: company.interests.join('\n'),
    sectors: company.sectors.map((sector) => sector.slug).join(' '),
    trlMin: company.trlMin === null ? '' : String(company.trlMin),
    trlMax: company.trlMax === null ? '' : String(company.trlMax),
  };
}

/** A TRL select's value as the API takes it: null for "any". */
const trlValue = (value: string): number | null => (value ? Number(value) : null);

function validate(values: Record<Field, string>): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  const name = values.name.trim();
  if (name.length < COMPANY_NAME_MIN_LENGTH) errors.name = t('company.nameRequired');
  else if (name.length > COMPANY_NAME_MAX_LENGTH) errors.name = t('form.tooLong', { max: COMPANY_NAME_MAX_LENGTH });
  if (!values.country) errors.country = t('form.countryRequired');
  if (values.city.trim().length > 80) errors.city = t('form.tooLong', { max: 80 });
  const website = websiteProblem(values.website);
  if (website) errors.website = website;
  for (const text of ['description', 'descriptionIt'] as const) {
    if (values[text].trim().length > COMPANY_DESCRIPTION_MAX_LENGTH)
      errors[text] = t('form.tooLong', { max: COMPANY_DESCRIPTION_MAX_LENGTH });
  }
  const interests = lines(values.interests);
  if (interests.length > COMPANY_INTERESTS_MAX)
    errors.interests = t('company.interestsTooMany', { max: COMPANY_INTERESTS_MAX });
  else if (interests.some((interest) => interest.length > COMPANY_INTEREST_MAX_LENGTH))
    errors.interests = t('company.interestTooLong', { max: COMPANY_INTEREST_MAX_LENGTH });
  if (slugs(values.sectors).length > COMPANY_SECTORS_MAX)
    errors.sectors = t('company.sectorsTooMany', { max: COMPANY_SECTORS_MAX });
  // The shared rule (both ends or neither, the lower first), worded as the API's errors are.
  for (const problem of trlRangeProblems(trlValue(values.trlMin), trlValue(values.trlMax))) {
    errors[problem.field as 'trlMin' | 'trlMax'] = errorMessage(problem);
  }
  return errors;
}

/** A company member's company: the profile they keep, its people, and invitations for colleagues. */
export function CompanyPage() {
  const { data, loading, refetch } = useQuery(MyCompanyDocument, { fetchPolicy: 'cache-and-network' });
  const { viewer } = useViewer();
  const location = useLocation();
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome === true;
  const company = data?.viewer?.user.company;
  usePageMeta(company ? company.name : t('company.metaTitle'), t('company.metaDescription'));

  if (!company) {
    if (loading) return <PageLoading />;
    return (
      <div className="container page-section">
        <ErrorState onRetry={() => void refetch()} />
      </div>
    );
  }
  const place = [company.city, countryName(company.country)].filter(Boolean).join(', ');
  return (
    <div className="company-page" data-testid="company-page">
      <div className="page-header">
        <div className="container page-header__inner company-header">
          <span className="emblem profile-monogram" aria-hidden="true">
            {company.name.slice(0, 1)}
          </span>
          <div className="company-header__text">
            <p className="eyebrow">{t('company.eyebrow')}</p>
            <h1 className="page-header__title" data-testid="company-name">
              {company.name}
            </h1>
            <p className="page-header__sub">{place}</p>
            <div className="company-header__badges">
              <span className="badge badge--neutral">{companySizeLabel(company.size)}</span>
              <DirectoryBadge state={directoryState(company)} />
            </div>
          </div>
          {company.listed && (
            <Link className="button button--secondary company-header__public" to={partnerPath(company.slug)}>
              {t('company.publicProfile')}
              <ArrowRightIcon />
            </Link>
          )}
        </div>
      </div>

      <div className="container aside-layout company-layout">
        {welcome && (
          <div className="company-layout__notice">
            <Notice testId="welcome">
              <p>{t('company.welcome', { name: viewer?.name ?? '' })}</p>
            </Notice>
          </div>
        )}
        <Panel
          headingId="profile-heading"
          title={t('company.profileTitle')}
          className="company-profile"
          headingClassName="icon-heading"
        >
          <p className="company-section__lead">{t('company.profileLead')}</p>
          <CompanyProfileForm key={company.id} company={company} />
        </Panel>
        <aside className="company-aside">
          <DirectoryListingPanel company={company} />
          <MembersPanel members={company.members ?? []} viewerId={viewer?.id ?? ''} />
          <ContactPreferencesPanel />
          <Panel headingId="invite-heading" title={t('company.inviteTitle')} headingClassName="icon-heading">
            <p className="company-section__lead">{t('company.inviteLead')}</p>
            <InviteForm roles={['COMPANY_MEMBER']} organisationName={company.name} />
            <h3 className="company-subtitle">{t('company.pendingTitle')}</h3>
            <InvitationList status="PENDING" emptyText={t('company.noPending')} />
          </Panel>
        </aside>
      </div>
    </div>
  );
}

function MembersPanel({ members, viewerId }: { members: Members; viewerId: string }) {
  return (
    <Panel
      headingId="members-heading"
      title={
        <>
          <UsersIcon />
          {t('company.membersTitle')}
          <span className="count-pill">{members.length}</span>
        </>
      }
      testId="members"
      headingClassName="icon-heading"
    >
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.id} className="member" data-testid="member-row">
            <span className="avatar avatar--small" aria-hidden="true">
              {member.name.slice(0, 1).toUpperCase()}
            </span>
            <span className="member__text">
              <span className="member__name">
                {member.name}
                {member.id === viewerId && <span className="badge badge--neutral">{t('people.you')}</span>}
              </span>
              {member.title && (
                <span className="member__title" lang={langOf(member.titleLanguage)}>
                  {member.title}
                </span>
              )}
              <span className="member__email">{member.email}</span>
              {!member.emailVerified && <span className="member__note">{t('people.unverified')}</span>}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function CompanyProfileForm({ company }: { company: CompanyProfileFieldsFragment }) {
  const [update] = useMutation(UpdateCompanyProfileDocument);
  const [saved, setSaved] = useState(false);
  const form = useForm<Field>({
    initial: initialValues(company),
    validate,
    async submit(values) {
      setSaved(false);
      const { data } = await update({
        variables: {
          input: {
            name: values.name.trim(),
            country: values.country,
            city: values.city.trim() || null,
            size: values.size as CompanySize,
            website: values.website.trim() || null,
            description: values.description.trim(),
            descriptionIt: values.descriptionIt.trim(),
            interests: lines(values.interests),
            sectors: slugs(values.sectors),
            trlMin: trlValue(values.trlMin),
            trlMax: trlValue(values.trlMax),
          },
        },
      });
      const payload = data?.updateCompanyProfile;
      if (!payload?.company) return payload?.errors ?? [];
      form.reset(initialValues(payload.company));
      setSaved(true);
    },
  });

  const labels: Record<Field, string> = {
    name: t('field.companyName'),
    country: t('field.country'),
    city: t('field.city'),
    size: t('field.size'),
    website: t('field.website'),
    description: t('field.companyDescription'),
    descriptionIt: t('company.descriptionIt'),
    interests: t('company.interests'),
    sectors: t('company.sectors'),
    trlMin: t('match.trlFrom'),
    trlMax: t('match.trlTo'),
  };
  const trlOptions = TRL_LEVELS.map((level) => ({ value: String(level), label: String(level) }));
  const change = () => setSaved(false);

  const field = fieldsOf(form, labels);
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} onChange={change} data-testid="company-form">
      <ErrorSummary form={form} labels={labels} />
      <TextField form={form} name="name" label={labels.name} autoComplete="organization" />
      <div className="form-row">
        <SelectField form={form} name="country" label={labels.country} options={countryOptions(company.country)} />
        <TextField form={form} name="city" label={labels.city} autoComplete="address-level2" optional />
      </div>
      <div className="form-row">
        <SelectField
          {...field('size')}
          options={SIZES.map((size) => ({ value: size, label: companySizeLabel(size) }))}
        />
        <TextField {...field('website')} type="url" inputMode="url" placeholder="https://" optional />
      </div>
      {/* English and Italian side by side (stacked on a phone): the directory shows the reader's language. */}
      <div className="form-row">
        <TextAreaField
          {...field('description')}
          hint={t('company.descriptionHint')}
          rows={6}
          maxLength={COMPANY_DESCRIPTION_MAX_LENGTH}
          lang="en"
        />
        <TextAreaField
          {...field('descriptionIt')}
          hint={t('company.descriptionItHint')}
          rows={6}
          maxLength={COMPANY_DESCRIPTION_MAX_LENGTH}
          optional
          lang="it"
        />
      </div>
      <TextAreaField
        {...field('interests')}
        hint={t('company.interestsHint')}
        rows={4}
        optional
        lang={langOf(company.interestsLanguage)}
      />
      <SectorPicker form={form} label={labels.sectors} />
      <fieldset className="form-fieldset" data-testid="trl-range">
        <legend className="form-field__label">{t('match.trlRange')}</legend>
        <p className="form-field__hint">{t('match.trlRangeHint')}</p>
        <div className="form-row">
          <SelectField {...field('trlMin')} options={trlOptions} placeholder={t('match.trlAny')} optional />
          <SelectField {...field('trlMax')} options={trlOptions} placeholder={t('match.trlAny')} optional />
        </div>
      </fieldset>
      <div className="form-actions form-actions--sticky">
        <SubmitButton sending={form.sending} testId="save-company">
          {t('company.save')}
        </SubmitButton>
        <LiveNotice testId="company-saved">{saved && t('company.saved')}</LiveNotice>
      </div>
    </form>
  );
}

/** Sectors and therapeutic areas from the shared taxonomy, as two groups of checkboxes. */
function SectorPicker({ form, label }: { form: FormState<Field>; label: string }) {
  const { data } = useQuery(SectorOptionsDocument);
  const id = useId();
  const selected = slugs(form.values.sectors);
  const message = form.error('sectors');
  if (!data) return null;
  const groups: { key: string; title: string; sectors: SectorOptionsQuery['sectors'] }[] = [
    { key: 'sector', title: t('company.sectorGroup'), sectors: data.sectors.filter((s) => s.kind === 'SECTOR') },
    {
      key: 'area',
      title: t('company.areaGroup'),
      sectors: data.sectors.filter((s) => s.kind === 'THERAPEUTIC_AREA'),
    },
  ];
  const chosen = data.sectors.filter((sector) => selected.includes(sector.slug));
  const toggle = (slug: string) => {
    const next = selected.includes(slug) ? selected.filter((value) => value !== slug) : [...selected, slug];
    form.set('sectors', next.join(' '));
  };
  return (
    <fieldset
      className="sector-picker"
      id={form.id('sectors')}
      tabIndex={-1}
      aria-describedby={`${id}-hint${message ? ` ${form.id('sectors')}-error` : ''}`}
      data-testid="sector-picker"
    >
      <legend className="form-field__label">
        {label} <span className="form-field__optional">{t('form.optional')}</span>
      </legend>
      <p className="form-field__hint" id={`${id}-hint`}>
        {t('company.sectorsHint', { count: selected.length, max: COMPANY_SECTORS_MAX })}
      </p>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={t('company.chosenSectors')} data-testid="chosen-sectors">
          {chosen.map((sector) => (
            <li key={sector.id}>
              <span className="chip">{sectorLabel(sector)}</span>
            </li>
          ))}
        </ul>
      )}
      <details className="sector-picker__details" open={Boolean(message) || undefined}>
        <summary className="sector-picker__summary">
          {t('company.chooseSectors')}
          <ChevronDownIcon />
        </summary>
        {groups.map((group) =>
          group.sectors.length === 0 ? null : (
            <div key={group.key} className="sector-picker__group">
              <p className="sector-picker__title" id={`${id}-${group.key}`}>
                {group.title}
              </p>
              <ul className="sector-picker__options" aria-labelledby={`${id}-${group.key}`}>
                {group.sectors.map((sector) => (
                  <li key={sector.id} className={`facet__option${sector.parent ? ' facet__option--child' : ''}`}>
                    <input
                      type="checkbox"
                      id={`${id}-${sector.slug}`}
                      checked={selected.includes(sector.slug)}
                      onChange={() => toggle(sector.slug)}
                      data-value={sector.slug}
                    />
                    <label htmlFor={`${id}-${sector.slug}`}>{sectorLabel(sector)}</label>
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      </details>
      {message && (
        <p className="form-field__error" id={`${form.id('sectors')}-error`}>
          {message}
        </p>
      )}
    </fieldset>
  );
}
