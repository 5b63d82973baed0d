import { useMutation, useQuery } from '@apollo/client/react';
import { REQUESTS_ROUTE, requestPath } from '@tt/shared/web-routes';
import { useNavigate, useParams } from 'react-router';
import { CatalogueTaxonomyDocument } from '../generated/graphql';
import {
  PublishTechnologyRequestDocument,
  RequestDirectoryDocument,
  TechnologyRequestPageDocument,
  UpdateTechnologyRequestDocument,
} from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import type { BackTo } from '../ui/back-link';
import { BackLink } from '../ui/back-link';
import { RecordFallback } from '../ui/record-fallback';
import { ErrorState, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { draftOf, emptyDraft, type RequestDraft, RequestForm } from './request-form';
import '../listings/listings.css';
import './requests.css';

const BACK_TO_REQUESTS: BackTo = { to: `/${REQUESTS_ROUTE}`, label: 'requests.backToDirectory' };

function inputOf(draft: RequestDraft) {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    motivation: draft.motivation.trim() || null,
    sectorIds: draft.sectorIds,
    trlMin: draft.trlMin,
    trlMax: draft.trlMax,
    partneringModels: draft.partneringModels,
    budgetBand: draft.budgetBand || null,
    deadline: draft.deadline,
    visibility: draft.visibility,
  };
}

/**
 * Publishing a request (`requests/new`) or editing one (`requests/:slug/edit`, its company's members only,
 * while it is open).
 */
export function RequestFormPage() {
  const { slug } = useParams();
  const editing = slug !== undefined;
  usePageMeta(editing ? t('requests.form.editMetaTitle') : t('requests.form.newMetaTitle'));
  const navigate = useNavigate();
  // The catalogue's taxonomy (likely cached already): the sector picker's options.
  const options = useQuery(CatalogueTaxonomyDocument);
  const existing = useQuery(TechnologyRequestPageDocument, { variables: { slug: slug ?? '' }, skip: !editing });
  const [publish] = useMutation(PublishTechnologyRequestDocument, { refetchQueries: [RequestDirectoryDocument] });
  const [save] = useMutation(UpdateTechnologyRequestDocument);

  const request = existing.data?.technologyRequest;
  if (editing && !request) {
    return <RecordFallback query={existing} notFound="requests" back={BACK_TO_REQUESTS} />;
  }
  if (options.error && !options.data) {
    return (
      <div className="container page-section">
        <ErrorState onRetry={() => void options.refetch()} error={options.error} />
      </div>
    );
  }
  if (!options.data) return <PageLoading />;

  const back: BackTo = request
    ? { to: requestPath(request.slug), label: 'requests.form.backToRequest' }
    : BACK_TO_REQUESTS;
  const editable = !request || (request.viewerIsRequester && request.status === 'OPEN');

  return (
    <div className="request-form-page" data-testid="request-form-page">
      <div className="page-hero">
        <div className="container">
          <BackLink back={back} />
          <p className="eyebrow">{request ? request.companyName : t('requests.heading')}</p>
          <h1 className="page-header__title">
            {editing ? t('requests.form.editHeading') : t('requests.form.newHeading')}
          </h1>
          <p className="page-header__sub">{editing ? t('requests.form.editLead') : t('requests.form.newLead')}</p>
        </div>
      </div>
      <div className="container page-section">
        {editable ? (
          <RequestForm
            initial={request ? draftOf(request) : emptyDraft()}
            sectors={options.data.sectors}
            submitLabel={editing ? t('requests.form.save') : t('requests.form.publish')}
            onCancel={() => void navigate(back.to)}
            onSubmit={async (draft) => {
              if (request) {
                const { data } = await save({ variables: { input: { id: request.id, ...inputOf(draft) } } });
                const payload = data?.updateTechnologyRequest;
                if (payload?.technologyRequest) void navigate(requestPath(payload.technologyRequest.slug));
                return payload?.errors ?? [];
              }
              const { data } = await publish({ variables: { input: inputOf(draft) } });
              const payload = data?.publishTechnologyRequest;
              if (payload?.technologyRequest) void navigate(requestPath(payload.technologyRequest.slug));
              return payload?.errors ?? [];
            }}
          />
        ) : (
          <p className="notice notice--info" data-testid="not-editable">
            {t('requests.form.notEditable')}
          </p>
        )}
      </div>
    </div>
  );
}
