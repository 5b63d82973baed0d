import type { ReactNode } from 'react';
import type { DisclosureContentFieldsFragment } from '../generated/members-graphql';
import { formatDate, formatNumber, t } from '../i18n/i18n';
import { trlDescription } from '../i18n/labels';
import { langOf, langOfText } from '../i18n/written-language';
import { AlertIcon } from '../ui/icons';
import { type AttachmentItem, AttachmentList } from './attachment-list';
import { plannedDisclosureWarningText, type WarningReader } from './planned-disclosure-warning';
import './disclosures.css';
import { ScrollTable } from '../ui/scroll-table';

/** The parts of a disclosure, in the wizard's order (the same names as its step addresses). */
export type DisclosureSection =
  | 'basics'
  | 'inventors'
  | 'description'
  | 'prior-art'
  | 'funding'
  | 'commercial'
  | 'attachments';

/**
 * Everything the researchers filled in, read-only and in the wizard's order: for the researchers'
 * review and their disclosure page, and for the office's pipeline page. What they wrote is marked with the
 * language they wrote it in.
 */
export function DisclosureSummary({
  disclosure,
  attachments,
  sectionAction,
  problems,
  headingLevel = 3,
  reader = 'RESEARCHER',
}: {
  disclosure: DisclosureContentFieldsFragment;
  /** The files attached; the section is left out when not given. */
  attachments?: readonly AttachmentItem[];
  /** Beside each section's heading, e.g. an "Edit" link to the wizard step. */
  sectionAction?: (section: DisclosureSection) => ReactNode;
  /** Messages to show at the top of a section (the review step's unresolved problems). */
  problems?: Partial<Record<DisclosureSection, readonly string[]>>;
  headingLevel?: 2 | 3;
  /** Who reads it: a near planned disclosure asks the researcher to tell the office, and tells the office to act. */
  reader?: WarningReader;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const section = (name: DisclosureSection, title: string, body: ReactNode) => (
    <section className="disclosure-summary__section" data-testid={`summary-${name}`} aria-label={title}>
      <div className="disclosure-summary__head">
        <Heading className="disclosure-summary__title">{title}</Heading>
        {sectionAction?.(name)}
      </div>
      {problems?.[name] && problems[name].length > 0 && (
        <ul className="disclosure-summary__problems" data-testid={`summary-problems-${name}`}>
          {problems[name].map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {body}
    </section>
  );
  const total = disclosure.inventors.reduce((sum, inventor) => sum + inventor.contributionShare, 0);
  const lang = langOf(disclosure.language);
  /** A labelled text of theirs. */
  const text = (label: string, value: string | null | undefined) => (
    <Fact label={label} lang={lang}>
      {value}
    </Fact>
  );

  return (
    <div className="disclosure-summary" data-testid="disclosure-summary">
      {section(
        'basics',
        t('disclosures.step.basics'),
        <dl className="facts">{text(t('disclosures.field.title'), disclosure.title)}</dl>,
      )}
      {section(
        'inventors',
        t('disclosures.step.inventors'),
        disclosure.inventors.length === 0 ? (
          <NotGiven />
        ) : (
          <ScrollTable className="disclosure-table-wrap" label={t('disclosures.step.inventors')}>
            <table className="disclosure-table">
              <thead>
                <tr>
                  <th scope="col" className="disclosure-table__name">
                    {t('disclosures.inventor.name')}
                  </th>
                  <th scope="col">{t('disclosures.inventor.affiliation')}</th>
                  <th scope="col" className="disclosure-table__number disclosure-table__share">
                    {t('disclosures.inventor.shareShort')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {disclosure.inventors.map((inventor, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a static list
                  <tr key={index} data-testid="summary-inventor">
                    <td>{inventor.name || <NotGiven />}</td>
                    <td lang={langOfText(inventor.affiliation, disclosure.language)}>
                      {inventor.affiliation || <NotGiven />}
                    </td>
                    <td className="disclosure-table__number">
                      {inventor.contributionShare > 0 ? `${formatNumber(inventor.contributionShare)} %` : <NotGiven />}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('disclosures.inventor.total')}
                  </th>
                  <td className="disclosure-table__number">{formatNumber(Math.round(total * 100) / 100)} %</td>
                </tr>
              </tfoot>
            </table>
          </ScrollTable>
        ),
      )}
      {section(
        'description',
        t('disclosures.step.description'),
        <dl className="facts">
          {text(t('disclosures.field.abstract'), disclosure.abstract)}
          {text(t('disclosures.field.problem'), disclosure.problem)}
          {text(t('disclosures.field.solution'), disclosure.solution)}
          {text(t('disclosures.field.novelty'), disclosure.novelty)}
        </dl>,
      )}
      {section(
        'prior-art',
        t('disclosures.step.priorArt'),
        <dl className="facts">
          {text(t('disclosures.field.priorArt'), disclosure.priorArt)}
          <div className="facts__row">
            <dt>{t('disclosures.public.heading')}</dt>
            <dd>
              {disclosure.publicDisclosures.length === 0 ? (
                <span className="muted">{t('disclosures.public.none')}</span>
              ) : (
                <ul className="disclosure-summary__list">
                  {disclosure.publicDisclosures.map((entry, index) => {
                    const warning = entry.kind === 'PLANNED' ? plannedDisclosureWarningText(entry.date, reader) : null;
                    return (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a static list
                      <li key={index} data-testid="summary-public-disclosure">
                        <span className={`disclosure-kind disclosure-kind--${entry.kind.toLowerCase()}`}>
                          {t(entry.kind === 'PLANNED' ? 'disclosures.public.planned' : 'disclosures.public.past')}
                        </span>{' '}
                        <strong lang={langOfText(entry.venue, disclosure.language)}>
                          {entry.venue || t('disclosures.notGiven')}
                        </strong>
                        {entry.date && (
                          <>
                            {' · '}
                            <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                          </>
                        )}
                        {entry.description && (
                          <p className="disclosure-summary__note" lang={lang}>
                            {entry.description}
                          </p>
                        )}
                        {warning && (
                          <p className="disclosure-warning" data-testid="planned-warning">
                            <AlertIcon />
                            {warning}
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </dd>
          </div>
        </dl>,
      )}
      {section(
        'funding',
        t('disclosures.step.funding'),
        disclosure.fundingSources.length === 0 ? (
          <p className="muted disclosure-summary__empty">{t('disclosures.funding.none')}</p>
        ) : (
          <ul className="disclosure-summary__list">
            {disclosure.fundingSources.map((source, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list
              <li key={index} data-testid="summary-funding">
                <strong lang={langOfText(source.funder, disclosure.language)}>
                  {source.funder || t('disclosures.notGiven')}
                </strong>
                {source.grantNumber && <span className="muted"> · {source.grantNumber}</span>}
                <p className="disclosure-summary__note">
                  <span className="disclosure-summary__label">{t('disclosures.funding.obligations')}: </span>
                  {source.obligations ? <span lang={lang}>{source.obligations}</span> : <NotGiven />}
                </p>
              </li>
            ))}
          </ul>
        ),
      )}
      {section(
        'commercial',
        t('disclosures.step.commercial'),
        <dl className="facts">
          {text(t('disclosures.field.commercialApplications'), disclosure.commercialApplications)}
          <Fact label={t('disclosures.field.trl')}>
            {disclosure.trl == null
              ? null
              : t('disclosures.trl.value', { trl: disclosure.trl, description: trlDescription(disclosure.trl) })}
          </Fact>
        </dl>,
      )}
      {attachments &&
        section(
          'attachments',
          t('disclosures.step.attachments'),
          attachments.length === 0 ? (
            <p className="muted disclosure-summary__empty">{t('disclosures.attachments.none')}</p>
          ) : (
            <AttachmentList attachments={attachments} />
          ),
        )}
    </div>
  );
}

function NotGiven() {
  return <span className="disclosure-summary__missing">{t('disclosures.notGiven')}</span>;
}

/** A labelled text; paragraphs kept; "Not given" when empty (and only then not in the text's `lang`). */
function Fact({ label, lang, children }: { label: string; lang?: string; children: string | null | undefined }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd className="disclosure-summary__text" lang={children?.trim() ? lang : undefined}>
        {children?.trim() ? (
          children
            .trim()
            .split(/\n{2,}/)
            // biome-ignore lint/suspicious/noArrayIndexKey: static paragraphs
            .map((paragraph, index) => <p key={index}>{paragraph}</p>)
        ) : (
          <NotGiven />
        )}
      </dd>
    </div>
  );
}
