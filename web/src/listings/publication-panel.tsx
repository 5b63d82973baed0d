import { useMutation } from '@apollo/client/react';
import { assetPath, officeDisclosurePath } from '@tt/shared/web-routes';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { type UserErrorFieldsFragment } from '../generated/graphql';
import {
  ArchiveListingDocument,
  type ListingStatusFieldsFragment,
  PublishListingDocument,
  RestoreListingDocument,
  UnpublishListingDocument,
} from '../generated/members-graphql';
import { errorMessage, type FieldError } from '../i18n/error-message';
import { formatDate, t } from '../i18n/i18n';
import { ConfirmButtons } from '../ui/confirm-buttons';
import { failureMessage, focusOnMount, LiveRegion } from '../ui/form';
import { AlertIcon, CheckIcon } from '../ui/icons';
import { ListingStatusBadge } from '../ui/listing-status-badge';
import type { EditedListing } from './listing-draft';
import { ListingRenewal } from './listing-renewal';

type Move = 'publish' | 'unpublish' | 'archive' | 'restore';

/** The label of the text an Italian field translates (`descriptionIt` → "Description"). */
function translatedFieldLabel(field: string): string {
  const english = field.replace(/It$/, '');
  switch (english) {
    case 'title':
    case 'summary':
    case 'problem':
    case 'description':
    case 'benefits':
    case 'applications':
    case 'keywords':
    case 'turnaround':
    case 'deliverables':
    case 'throughput':
      return t(`listing.field.${english}`);
    default:
      return field;
  }
}

/**
 * Where the listing stands and the moves the server allows: publish (once nothing is missing;
 * unsaved changes are saved first), unpublish, archive (after a confirmation) and restore. Shows what
 * keeps it from being published, each linked to its field, the server's refusals, and the public
 * address once published.
 */
export function PublicationPanel({
  asset,
  issues,
  warnings,
  dirty,
  saveFirst,
  onChanged,
  onIssue,
}: {
  asset: EditedListing;
  /** What is missing now (the working copy's, while it has unsaved changes) */
  issues: readonly FieldError[];
  /** The Italian texts missing: recommended, they do not keep it from being published */
  warnings: readonly FieldError[];
  dirty: boolean;
  /** Saves the working copy; answers whether it worked */
  saveFirst: () => Promise<boolean>;
  /** What a move changed (status, dates, allowed moves, issues) */
  onChanged: (changes: ListingStatusFieldsFragment) => void;
  onIssue: (field: string) => void;
}) {
  const id = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<Move | null>(null);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [busy, setBusy] = useState<Move | null>(null);
  const [publish] = useMutation(PublishListingDocument);
  const [unpublish] = useMutation(UnpublishListingDocument);
  const [archive] = useMutation(ArchiveListingDocument);
  const [restore] = useMutation(RestoreListingDocument);
  const allowed = asset.allowedTransitions;
  const canPublish = asset.status !== 'PUBLISHED' && allowed.includes('PUBLISHED');
  const blocked = issues.length > 0;

  async function run(move: Move) {
    setProblems([]);
    setDone(null);
    setBusy(move);
    try {
      if (move === 'publish' && dirty && !(await saveFirst())) return;
      const variables = { input: { id: asset.id } };
      let payload:
        | { asset: ListingStatusFieldsFragment | null; errors: readonly UserErrorFieldsFragment[] }
        | undefined;
      if (move === 'publish') payload = (await publish({ variables })).data?.publishListing;
      else if (move === 'unpublish') payload = (await unpublish({ variables })).data?.unpublishListing;
      else if (move === 'archive') payload = (await archive({ variables })).data?.archiveListing;
      else payload = (await restore({ variables })).data?.restoreListing;
      if (payload?.asset) onChanged(payload.asset);
      if (payload && payload.errors.length > 0) setProblems(payload.errors.map(errorMessage));
      else {
        setDone(move);
        setConfirmArchive(false);
      }
    } catch (failure) {
      setProblems([failureMessage(failure)]);
    } finally {
      setBusy(null);
    }
  }

  const publicUrl = `${window.location.origin}${assetPath(asset.slug)}`;
  return (
    <section className="panel publication" aria-labelledby={`${id}-title`} data-testid="publication-panel">
      <h2 id={`${id}-title`} className="panel__title">
        {t('listing.publication')}
      </h2>
      <p className="publication__status">
        <ListingStatusBadge status={asset.status} expired={asset.expiredAt != null} />
        <span className="muted">
          {asset.status === 'PUBLISHED' && asset.publishedAt
            ? t('listing.publishedOn', { date: formatDate(asset.publishedAt) })
            : asset.status === 'ARCHIVED' && asset.expiredAt
              ? t('listing.statusHint.EXPIRED')
              : t(`listing.statusHint.${asset.status}`)}
        </span>
      </p>
      <ListingRenewal asset={asset} onChanged={onChanged} />

      <LiveRegion>
        {done && (
          <p className="office-message office-message--success" data-testid="publication-done">
            {t(`listing.done.${done}`)}
          </p>
        )}
      </LiveRegion>
      {problems.length > 0 && (
        <div className="office-message office-message--warning" role="alert" data-testid="publication-errors">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}

      {asset.status === 'PUBLISHED' && (
        <div className="publication__url" data-testid="public-url">
          <p className="office-actions__label">{t('listing.publicAddress')}</p>
          <Link to={assetPath(asset.slug)}>{publicUrl}</Link>
        </div>
      )}

      {asset.status !== 'PUBLISHED' && asset.status !== 'ARCHIVED' && (
        <div className="publication__issues" data-testid="publication-issues">
          {blocked ? (
            <>
              <p className="publication__issues-title">
                <AlertIcon />
                {t('listing.missing', { count: issues.length })}
              </p>
              <ul className="publication__list">
                {issues.map((issue) => (
                  <li key={`${issue.field}-${issue.code}`}>
                    {issue.field ? (
                      <button
                        type="button"
                        className="link-button publication__issue"
                        onClick={() => onIssue(issue.field ?? '')}
                        data-testid="publication-issue"
                      >
                        {errorMessage(issue)}
                      </button>
                    ) : (
                      <span data-testid="publication-issue">{errorMessage(issue)}</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="publication__ready" data-testid="publication-ready">
              <CheckIcon />
              {t('listing.ready')}
            </p>
          )}
        </div>
      )}

      {asset.status !== 'ARCHIVED' && warnings.length > 0 && (
        <div className="publication__warnings" data-testid="publication-warnings">
          <p className="publication__warnings-title">{t('listing.italianMissing', { count: warnings.length })}</p>
          <ul className="publication__list">
            {warnings.map((warning) => (
              <li key={warning.field}>
                <button
                  type="button"
                  className="link-button publication__issue"
                  onClick={() => onIssue(warning.field ?? '')}
                  data-testid="publication-warning"
                >
                  {translatedFieldLabel(warning.field ?? '')}
                </button>
              </li>
            ))}
          </ul>
          <p className="publication__note">{t('listing.italianMissingNote')}</p>
        </div>
      )}

      <div className="publication__moves">
        {canPublish && (
          <>
            <button
              type="button"
              className="button button--accent button--block"
              disabled={blocked || busy !== null}
              aria-describedby={blocked ? `${id}-blocked` : undefined}
              onClick={() => void run('publish')}
              data-testid="publish"
            >
              {busy === 'publish' && <span className="spinner spinner--small" aria-hidden="true" />}
              {dirty ? t('listing.saveAndPublish') : t('listing.publish')}
            </button>
            {blocked && (
              <p className="publication__note" id={`${id}-blocked`}>
                {t('listing.publishBlocked')}
              </p>
            )}
          </>
        )}
        {allowed.includes('DRAFT') && asset.status === 'PUBLISHED' && (
          <button
            type="button"
            className="button button--secondary button--block"
            disabled={busy !== null}
            onClick={() => void run('unpublish')}
            data-testid="unpublish"
          >
            {t('listing.unpublish')}
          </button>
        )}
        {allowed.includes('DRAFT') && asset.status === 'ARCHIVED' && (
          <button
            type="button"
            className="button button--primary button--block"
            disabled={busy !== null}
            onClick={() => void run('restore')}
            data-testid="restore"
          >
            {t('listing.restore')}
          </button>
        )}
        {allowed.includes('ARCHIVED') &&
          (confirmArchive ? (
            <div className="office-reason office-reason--decline" data-testid="archive-confirm">
              <p className="office-reason__title" tabIndex={-1} ref={focusOnMount}>
                {t('listing.archiveQuestion')}
              </p>
              <p className="publication__note">{t('listing.archiveExplain')}</p>
              <ConfirmButtons
                className="office-reason__buttons"
                label={t('listing.archive')}
                disabled={busy !== null}
                onConfirm={() => void run('archive')}
                onCancel={() => setConfirmArchive(false)}
                testId="archive-confirm-button"
              />
            </div>
          ) : (
            <button
              type="button"
              className="button button--secondary button--block office-actions__decline"
              disabled={busy !== null}
              onClick={() => setConfirmArchive(true)}
              data-testid="archive"
            >
              {t('listing.archiveEllipsis')}
            </button>
          ))}
      </div>

      {asset.sourceDisclosure && (
        <p className="publication__source">
          <span className="office-actions__label">{t('listing.fromDisclosure')}</span>
          <Link to={officeDisclosurePath(asset.sourceDisclosure.id)} data-testid="source-disclosure">
            {asset.sourceDisclosure.referenceNumber ?? asset.sourceDisclosure.title ?? t('listings.disclosure')}
          </Link>
        </p>
      )}
    </section>
  );
}
