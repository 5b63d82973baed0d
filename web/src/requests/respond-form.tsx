import { useMutation, useQuery } from '@apollo/client/react';
import { REQUEST_LIMITS, validateRequestResponse } from '@tt/shared/technology-request-rules';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type ResponseKind, type UserErrorFieldsFragment } from '../generated/graphql';
import {
  OfficeListingsDocument,
  PeopleDocument,
  RespondToTechnologyRequestDocument,
  TechnologyRequestPageDocument,
} from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { kindLabel } from '../i18n/labels';
import { langOfText } from '../i18n/written-language';
import { failureMessage, Notice, ProblemSummary, SubmitButton } from '../ui/form';
import { CloseIcon, SearchIcon } from '../ui/icons';
import { Panel } from '../ui/panel';
import type { RequestView } from './request-view';

type Picked = { id: string; title: string };

/**
 * The officer's response to an open request: some of their institute's published listings (found by words of
 * their title), or a researcher of the institute for their expertise, with a message for the company.
 */
export function RespondForm({ request }: { request: RequestView }) {
  const id = useId();
  const [kind, setKind] = useState<ResponseKind>('LISTINGS');
  const [listings, setListings] = useState<Picked[]>([]);
  const [expert, setExpert] = useState<Picked | null>(null);
  const [message, setMessage] = useState('');
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<readonly UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const summary = useRef<HTMLElement>(null);
  // Each refused submit moves the focus to the list of problems, once it is on the page.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);
  const [respond, { loading }] = useMutation(RespondToTechnologyRequestDocument, {
    refetchQueries: [{ query: TechnologyRequestPageDocument, variables: { slug: request.slug } }],
    awaitRefetchQueries: true,
  });

  const problems = tried
    ? validateRequestResponse({
        kind,
        listingCount: kind === 'LISTINGS' ? listings.length : 0,
        hasExpert: kind === 'EXPERTISE' && expert !== null,
        message,
      })
    : [];
  const shown = [...problems, ...serverErrors];
  const errorFor = (field: string) => {
    const found = shown.find((problem) => problem.field === field || problem.field?.startsWith(`${field}.`));
    return found ? errorMessage(found) : undefined;
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    setServerErrors([]);
    setFailure(null);
    const found = validateRequestResponse({
      kind,
      listingCount: kind === 'LISTINGS' ? listings.length : 0,
      hasExpert: kind === 'EXPERTISE' && expert !== null,
      message,
    });
    if (found.length > 0) {
      setRefusals((count) => count + 1);
      return;
    }
    try {
      const { data } = await respond({
        variables: {
          input: {
            requestId: request.id,
            kind,
            listingIds: kind === 'LISTINGS' ? listings.map((listing) => listing.id) : null,
            expertId: kind === 'EXPERTISE' ? (expert?.id ?? null) : null,
            message: message.trim(),
          },
        },
      });
      const errors = data?.respondToTechnologyRequest.errors ?? [];
      if (errors.length > 0) {
        setServerErrors(errors);
        setRefusals((count) => count + 1);
        return;
      }
      setSent(true);
      setListings([]);
      setExpert(null);
      setMessage('');
      setTried(false);
    } catch (error) {
      setFailure(failureMessage(error));
      setRefusals((count) => count + 1);
    }
  }

  return (
    <Panel headingId={`${id}-title`} title={t('requests.respond.title')} className="respond-form" testId="respond-form">
      <p className="muted">{t('requests.respond.lead', { company: request.companyName })}</p>
      {sent && (
        <Notice testId="respond-sent">
          <p>{t('requests.respond.sent', { company: request.companyName })}</p>
        </Notice>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {(shown.length > 0 || failure) && (
          <ProblemSummary
            ref={summary}
            headingId={`${id}-problems`}
            title={t('form.summaryTitle')}
            testId="respond-problems"
          >
            <ul className="error-summary__list">
              {failure && <li>{failure}</li>}
              {shown.map((problem) => (
                <li key={`${problem.field}-${problem.code}`}>{errorMessage(problem)}</li>
              ))}
            </ul>
          </ProblemSummary>
        )}
        <fieldset className="form-field respond-form__kind">
          <legend className="form-field__label">{t('requests.respond.kind')}</legend>
          {(['LISTINGS', 'EXPERTISE'] as const).map((value) => (
            <div className="checkbox-field" key={value}>
              <input
                id={`${id}-kind-${value}`}
                type="radio"
                name={`${id}-kind`}
                checked={kind === value}
                onChange={() => setKind(value)}
                data-testid={`respond-kind-${value.toLowerCase()}`}
              />
              <label htmlFor={`${id}-kind-${value}`}>
                {value === 'LISTINGS' ? t('requests.respond.kindListings') : t('requests.respond.kindExpertise')}
              </label>
            </div>
          ))}
        </fieldset>
        {kind === 'LISTINGS' ? (
          <ListingPicker picked={listings} onChange={setListings} error={errorFor('listingIds')} />
        ) : (
          <ResearcherPicker picked={expert} onChange={setExpert} error={errorFor('expertId')} />
        )}
        <div className={`form-field${errorFor('message') ? ' form-field--invalid' : ''}`}>
          <label className="form-field__label" htmlFor={`${id}-message`}>
            {t('requests.respond.message')}
          </label>
          <div className="form-field__hint" id={`${id}-message-hint`}>
            {t('requests.respond.messageHint')}
          </div>
          <textarea
            id={`${id}-message`}
            className="input textarea"
            rows={5}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            aria-describedby={`${id}-message-hint`}
            aria-invalid={errorFor('message') ? true : undefined}
            data-testid="respond-message"
          />
          {errorFor('message') && <p className="form-field__error">{errorFor('message')}</p>}
        </div>
        <SubmitButton sending={loading} testId="send-response">
          {t('requests.respond.send')}
        </SubmitButton>
      </form>
    </Panel>
  );
}

/** The institute's published listings, found by words of their title; the chosen ones as removable chips. */
function ListingPicker({
  picked,
  onChange,
  error,
}: {
  picked: Picked[];
  onChange: (picked: Picked[]) => void;
  error: string | undefined;
}) {
  const id = useId();
  const [words, setWords] = useState('');
  // The office's own list of listings (its institute's), published ones only.
  const { data, loading } = useQuery(OfficeListingsDocument, {
    variables: { filter: { query: words.trim() || null, statuses: ['PUBLISHED'] }, first: 20 },
  });
  const found = data?.officeListings.edges.map((edge) => edge.node) ?? [];
  const full = picked.length >= REQUEST_LIMITS.responseMaxListings;
  return (
    <fieldset className={`form-field respond-form__picker${error ? ' form-field--invalid' : ''}`}>
      <legend className="form-field__label">{t('requests.respond.listings')}</legend>
      <div className="form-field__hint">
        {t('requests.respond.listingsHint', { max: REQUEST_LIMITS.responseMaxListings })}
      </div>
      {picked.length > 0 && (
        <ul className="chips" aria-label={t('requests.respond.chosenListings')} data-testid="picked-listings">
          {picked.map((listing) => (
            <li key={listing.id} className="chip editor-chip">
              {listing.title}
              <button
                type="button"
                className="editor-chip__remove"
                onClick={() => onChange(picked.filter((other) => other.id !== listing.id))}
                aria-label={t('requests.respond.remove', { item: listing.title })}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="sector-picker__filter">
        <SearchIcon />
        <label htmlFor={`${id}-search`} className="visually-hidden">
          {t('requests.respond.searchListings')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          placeholder={t('requests.respond.searchListings')}
          value={words}
          onChange={(event) => setWords(event.target.value)}
          data-testid="listing-search"
        />
      </div>
      {loading && !data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : found.length === 0 ? (
        <p className="muted">{t('requests.respond.noListing')}</p>
      ) : (
        <ul className="plain-list respond-form__options">
          {found.map((listing) => {
            const checked = picked.some((item) => item.id === listing.id);
            return (
              <li key={listing.id} className="checkbox-field">
                <input
                  id={`${id}-${listing.id}`}
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...picked, { id: listing.id, title: listing.title }]
                        : picked.filter((item) => item.id !== listing.id),
                    )
                  }
                  data-testid="listing-option"
                />
                <label htmlFor={`${id}-${listing.id}`}>
                  {listing.title} <span className="muted">· {kindLabel(listing.kind)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error && <p className="form-field__error">{error}</p>}
    </fieldset>
  );
}

/** The institute's researchers, found by name: one is chosen for their expertise. */
function ResearcherPicker({
  picked,
  onChange,
  error,
}: {
  picked: Picked | null;
  onChange: (picked: Picked | null) => void;
  error: string | undefined;
}) {
  const id = useId();
  const [words, setWords] = useState('');
  // The office's own list of people (its institute's), researchers only.
  const { data, loading } = useQuery(PeopleDocument, {
    variables: { role: 'RESEARCHER', query: words.trim() || null, first: 20 },
  });
  const found = (data?.users.edges.map((edge) => edge.node) ?? []).filter((user) => !user.disabled);
  return (
    <fieldset className={`form-field respond-form__picker${error ? ' form-field--invalid' : ''}`}>
      <legend className="form-field__label">{t('requests.respond.researcher')}</legend>
      <div className="sector-picker__filter">
        <SearchIcon />
        <label htmlFor={`${id}-search`} className="visually-hidden">
          {t('requests.respond.searchResearchers')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          placeholder={t('requests.respond.searchResearchers')}
          value={words}
          onChange={(event) => setWords(event.target.value)}
        />
      </div>
      {loading && !data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : found.length === 0 ? (
        <p className="muted">{t('requests.respond.noResearcher')}</p>
      ) : (
        <ul className="plain-list respond-form__options">
          {found.map((user) => (
            <li key={user.id} className="checkbox-field">
              <input
                id={`${id}-${user.id}`}
                type="radio"
                name={`${id}-researcher`}
                checked={picked?.id === user.id}
                onChange={() => onChange({ id: user.id, title: user.name })}
                data-testid="researcher-option"
              />
              <label htmlFor={`${id}-${user.id}`}>
                {user.name}
                {user.title && (
                  <span className="muted" lang={langOfText(user.title, user.titleLanguage)}>
                    {' '}
                    · {user.title}
                  </span>
                )}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="form-field__error">{error}</p>}
    </fieldset>
  );
}
