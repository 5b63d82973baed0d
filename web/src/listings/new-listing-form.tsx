import { useMutation, useQuery } from '@apollo/client/react';
import { LISTING_LIMITS } from '@tt/shared/listing-rules';
import { listingEditorPath } from '@tt/shared/web-routes';
import { useNavigate } from 'react-router';
import { type AssetKind } from '../generated/graphql';
import { CreateListingDocument, ListingInstitutionsDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { kindLabel } from '../i18n/labels';
import { useViewer } from '../session/use-viewer';
import { ErrorSummary, type FieldErrors, fieldsOf, SelectField, SubmitButton, TextField, useForm } from '../ui/form';
import { Panel } from '../ui/panel';

const KINDS: readonly AssetKind[] = ['INVENTION', 'PROTOTYPE', 'SERVICE'];
type Key = 'kind' | 'title' | 'institutionId';

/** A new draft from scratch: its kind and title (and, for administrators, its institute); then the editor. */
export function NewListingForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const isAdmin = viewer?.role === 'ADMIN';
  const institutions = useQuery(ListingInstitutionsDocument, { skip: !isAdmin });
  const [create] = useMutation(CreateListingDocument);
  const form = useForm<Key>({
    initial: { kind: 'INVENTION', title: '', institutionId: '' },
    validate: (values) => {
      const errors: FieldErrors<Key> = {};
      if (!values.title.trim()) errors.title = t('listings.titleRequired');
      else if (values.title.trim().length > LISTING_LIMITS.titleMax)
        errors.title = t('form.tooLong', { max: LISTING_LIMITS.titleMax });
      if (isAdmin && !values.institutionId) errors.institutionId = t('listings.instituteRequired');
      return errors;
    },
    submit: async (values) => {
      const { data } = await create({
        variables: {
          input: {
            kind: values.kind as AssetKind,
            title: values.title.trim(),
            institutionId: isAdmin ? values.institutionId : null,
          },
        },
      });
      const payload = data?.createListing;
      if (payload?.asset && payload.errors.length === 0) void navigate(listingEditorPath(payload.asset.id));
      return payload?.errors;
    },
  });
  const labels: Record<Key, string> = {
    kind: t('listing.field.kind'),
    title: t('listing.field.title'),
    institutionId: t('listings.institute'),
  };

  const field = fieldsOf(form, labels);
  return (
    <Panel
      headingId="new-listing-heading"
      title={t('listings.newTitle')}
      className="new-listing"
      testId="new-listing-form"
    >
      <p className="muted new-listing__lead">{t('listings.newLead')}</p>
      <form className="form" onSubmit={form.onSubmit} noValidate>
        <ErrorSummary form={form} labels={labels} />
        <div className="new-listing__fields">
          <SelectField {...field('kind')} options={KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))} />
          <TextField form={form} name="title" label={labels.title} autoComplete="off" data-testid="new-listing-title" />
          {isAdmin && (
            <SelectField
              {...field('institutionId')}
              placeholder={t('listings.chooseInstitute')}
              options={(institutions.data?.institutions ?? []).map((institution) => ({
                value: institution.id,
                label: institution.shortName,
              }))}
            />
          )}
        </div>
        <div className="form-actions">
          <SubmitButton sending={form.sending} testId="new-listing-create">
            {t('listings.create')}
          </SubmitButton>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
