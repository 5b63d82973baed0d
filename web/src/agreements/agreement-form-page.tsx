import { useMutation, useQuery } from '@apollo/client/react';
import { AgreementType, agreementTypeForInterest } from '@tt/shared/agreement-rules';
import { OFFICE_AGREEMENTS_ROUTE, officeAgreementPath, officeEoiPath } from '@tt/shared/web-routes';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  type AgreementDetailFieldsFragment,
  AgreementDocument,
  AgreementSourceEoiDocument,
  CreateAgreementDocument,
  UpdateAgreementDocument,
} from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import type { BackTo } from '../ui/back-link';
import { BackLink } from '../ui/back-link';
import { RecordFallback } from '../ui/record-fallback';
import { usePageMeta } from '../ui/use-page-meta';
import { AgreementForm, type AgreementSubmission } from './agreement-form';
import { agreementFormValues, suggestedTitle } from './agreement-form-values';
import { agreementTypeLabel } from './agreement-labels';
import '../ui/office.css';
import './agreements.css';

const BACK_TO_AGREEMENTS: BackTo = {
  to: `/${OFFICE_AGREEMENTS_ROUTE}`,
  label: 'agreements.back',
  testId: 'back-to-agreements',
};

/** Records a new agreement (on its own, or from an EoI with `?eoi=`) or edits one (`/office/agreements/:id/edit`). */
export function AgreementFormPage() {
  const { id } = useParams();
  usePageMeta(id ? t('agreementForm.editMeta') : t('agreementForm.newMeta'));
  return id ? <EditAgreement id={id} /> : <NewAgreement />;
}

function FormHeader({ title, lead, back }: { title: string; lead: string; back: BackTo }) {
  return (
    <div className="page-header">
      <div className="container">
        <BackLink back={back} />
        <h1 className="page-header__title" data-testid="agreement-form-title">
          {title}
        </h1>
        <p className="page-header__sub">{lead}</p>
      </div>
    </div>
  );
}

function NewAgreement() {
  const [params] = useSearchParams();
  const eoiId = params.get('eoi');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [create] = useMutation(CreateAgreementDocument);
  const source = useQuery(AgreementSourceEoiDocument, {
    variables: { id: eoiId ?? '' },
    skip: !eoiId,
    fetchPolicy: 'cache-and-network',
  });
  const eoi = source.data?.node?.__typename === 'ExpressionOfInterest' ? source.data.node : null;
  const back: BackTo = eoi ? { to: officeEoiPath(eoi.id), label: 'agreementForm.backToEoi' } : BACK_TO_AGREEMENTS;

  if (eoiId && !eoi) return <RecordFallback query={source} notFound="agreementForm" back={BACK_TO_AGREEMENTS} />;

  async function submit({ input, listingIds, companyId, institutionId }: AgreementSubmission) {
    const { data } = await create({
      variables: {
        input: {
          ...input,
          listingIds,
          ...(eoi ? { fromEoiId: eoi.id } : { companyId }),
          ...(institutionId ? { institutionId } : {}),
        },
      },
    });
    const created = data?.createAgreement.agreement;
    if (created) await navigate(officeAgreementPath(created.id));
    return data?.createAgreement.errors;
  }

  const type = eoi ? agreementTypeForInterest(eoi.interestType) : AgreementType.CDA;
  const initial = agreementFormValues({
    type,
    title: eoi ? suggestedTitle(agreementTypeLabel(type), eoi.company.name) : '',
    owner: viewer?.role === 'TT_OFFICER' ? { id: viewer.id } : null,
  });
  return (
    <div className="agreement-form-page" data-testid="agreement-form-page">
      <FormHeader
        title={t('agreementForm.newTitle')}
        lead={eoi ? t('agreementForm.fromEoiLead', { company: eoi.company.name }) : t('agreementForm.newLead')}
        back={back}
      />
      <div className="container agreement-form-body">
        {eoi && !eoi.viewerCanCreateAgreement && (
          <p className="notice notice--warning" data-testid="eoi-not-ready">
            {t('agreementForm.eoiNotReady')}
          </p>
        )}
        <AgreementForm
          key={eoi?.id ?? 'new'}
          initial={initial}
          initialListings={eoi?.asset ? [{ id: eoi.asset.id, title: eoi.asset.title }] : []}
          initialShared={false}
          fixedCompany={eoi ? eoi.company.name : null}
          chooseInstitution={!eoi && viewer?.role === 'ADMIN'}
          submitLabel={t('agreementForm.create')}
          onSubmit={submit}
          cancel={
            <Link className="button button--secondary" to={back.to}>
              {t('common.cancel')}
            </Link>
          }
        />
      </div>
    </div>
  );
}

function EditAgreement({ id }: { id: string }) {
  const query = useQuery(AgreementDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const agreement = query.data?.node?.__typename === 'Agreement' ? query.data.node : null;
  if (!agreement) return <RecordFallback query={query} notFound="agreements" back={BACK_TO_AGREEMENTS} />;
  return <EditForm agreement={agreement} />;
}

function EditForm({ agreement }: { agreement: AgreementDetailFieldsFragment }) {
  const navigate = useNavigate();
  const [update] = useMutation(UpdateAgreementDocument);
  const back: BackTo = { to: officeAgreementPath(agreement.id), label: 'agreementForm.backToAgreement' };

  async function submit({ input, listingIds }: AgreementSubmission) {
    const { data } = await update({ variables: { input: { id: agreement.id, ...input, listingIds } } });
    const errors = data?.updateAgreement.errors;
    if (errors?.length === 0) await navigate(officeAgreementPath(agreement.id));
    return errors;
  }

  return (
    <div className="agreement-form-page" data-testid="agreement-form-page">
      <FormHeader
        title={t('agreementForm.editTitle')}
        lead={agreement.title ?? agreementTypeLabel(agreement.type)}
        back={back}
      />
      <div className="container agreement-form-body">
        <AgreementForm
          key={agreement.id}
          initial={agreementFormValues(agreement)}
          initialListings={(agreement.listings ?? []).map((listing) => ({ id: listing.id, title: listing.title }))}
          initialShared={agreement.termsSharedWithInventors ?? false}
          fixedCompany={agreement.company?.name ?? ''}
          chooseInstitution={false}
          submitLabel={t('agreementForm.save')}
          onSubmit={submit}
          cancel={
            <Link className="button button--secondary" to={back.to}>
              {t('common.cancel')}
            </Link>
          }
        />
      </div>
    </div>
  );
}
