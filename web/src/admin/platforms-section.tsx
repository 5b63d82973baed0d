import { useMutation, useQuery } from '@apollo/client/react';
import {
  PLATFORM_CAPABILITIES_MAX,
  PLATFORM_CAPABILITY_MAX_LENGTH,
  PLATFORM_DESCRIPTION_MAX_LENGTH,
  PLATFORM_NAME_MAX_LENGTH,
} from '@tt/shared/limits';
import { useState } from 'react';
import type { PlatformKind } from '../generated/graphql';
import {
  CreatePlatformDocument,
  type PlatformAdminFieldsFragment,
  PlatformsAdminDocument,
  RetirePlatformDocument,
  UpdatePlatformDocument,
} from '../generated/members-graphql';
import { formatDate, getLocale, t } from '../i18n/i18n';
import { platformKindLabel } from '../i18n/labels';
import { ConfirmButtons } from '../ui/confirm-buttons';
import {
  ErrorSummary,
  type FieldErrors,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
} from '../ui/form';
import { LiveNotice } from '../ui/live-notice';
import { RowButton } from '../ui/row-button';
import { EmptyState, ErrorState, PageLoading } from '../ui/status';
import './admin.css';
import { SectionLead } from './section-lead';

type Platform = PlatformAdminFieldsFragment;
type Field = 'name' | 'kind' | 'description' | 'descriptionIt' | 'capabilities' | 'capabilitiesIt';

const KINDS: PlatformKind[] = [
  'BIOSCIENCE_LAB',
  'BIOBANK',
  'ANIMAL_FACILITY',
  'GENOMICS',
  'BIOSTATISTICS',
  'RADIOTHERAPY',
];

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function validate(values: Record<Field, string>): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  const name = values.name.trim().length;
  if (name === 0) errors.name = t('platforms.nameRequired');
  else if (name > PLATFORM_NAME_MAX_LENGTH) errors.name = t('form.tooLong', { max: PLATFORM_NAME_MAX_LENGTH });
  if (!values.kind) errors.kind = t('platforms.kindRequired');
  if (!values.description.trim()) errors.description = t('platforms.descriptionRequired');
  for (const field of ['description', 'descriptionIt'] as const)
    if (values[field].trim().length > PLATFORM_DESCRIPTION_MAX_LENGTH)
      errors[field] = t('form.tooLong', { max: PLATFORM_DESCRIPTION_MAX_LENGTH });
  for (const field of ['capabilities', 'capabilitiesIt'] as const) {
    const list = lines(values[field]);
    if (list.length > PLATFORM_CAPABILITIES_MAX || list.some((line) => line.length > PLATFORM_CAPABILITY_MAX_LENGTH))
      errors[field] = t('platforms.capabilitiesTooMany', {
        max: PLATFORM_CAPABILITIES_MAX,
        length: PLATFORM_CAPABILITY_MAX_LENGTH,
      });
  }
  return errors;
}

/**
 * One institute's research platforms, as its office keeps them: the list (retired ones marked), an edit form for
 * each, a new one, and retiring one (it leaves the public pages and pickers; the listings naming it keep it).
 */
/** The capabilities in the page's language; the English ones, marked as such, while the Italian are not written. */
function PlatformCapabilities({ platform }: { platform: Platform }) {
  const italian = getLocale() === 'it' && platform.italian.capabilities.length > 0;
  const capabilities = italian ? platform.italian.capabilities : platform.english.capabilities;
  return (
    <p className="institute-row__meta" lang={italian || getLocale() === 'en' ? undefined : 'en'}>
      {capabilities.join(' · ')}
    </p>
  );
}

export function PlatformsSection({ institutionId }: { institutionId: string }) {
  const { data, loading, error, refetch } = useQuery(PlatformsAdminDocument, {
    variables: { institutionId },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [retiring, setRetiring] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [retire, { loading: retiringNow }] = useMutation(RetirePlatformDocument);
  const done = (message: string | null) => {
    setEditing(null);
    setRetiring(null);
    setNotice(message);
    if (message) void refetch();
  };

  if (!data) {
    if (loading) return <PageLoading />;
    if (error) return <ErrorState onRetry={() => void refetch()} />;
    return null;
  }
  const platforms = data.institutionPlatforms;

  return (
    <div className="platforms-admin" data-testid="platforms-admin">
      <SectionLead
        lead={t('platforms.lead')}
        add={{
          label: t('platforms.add'),
          open: editing === 'new',
          onOpen: () => {
            setNotice(null);
            setEditing('new');
          },
          testId: 'add-platform',
        }}
      />
      <LiveNotice tone="success" testId="platform-notice">
        {notice}
      </LiveNotice>
      {editing === 'new' && (
        <div className="panel sector-editor">
          <h3 className="sector-editor__title">{t('platforms.newTitle')}</h3>
          <PlatformForm institutionId={institutionId} platform={null} onDone={done} />
        </div>
      )}
      {platforms.length === 0 ? (
        <EmptyState title={t('platforms.emptyTitle')}>
          <p>{t('platforms.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="institute-rows">
          {platforms.map((platform) => (
            <li key={platform.id} className="panel institute-row" data-testid="platform-row">
              <div className="institute-row__head">
                <div className="institute-row__text">
                  <h3 className="institute-row__name">
                    {platform.name}
                    <span className="institute-row__full">{platformKindLabel(platform.kind)}</span>
                  </h3>
                  {platform.retiredAt ? (
                    <p className="institute-row__meta" data-testid="platform-retired">
                      {t('platforms.retiredOn', { date: formatDate(platform.retiredAt) })}
                    </p>
                  ) : (
                    <PlatformCapabilities platform={platform} />
                  )}
                </div>
                {!platform.retiredAt && (
                  <div className="sector-node__actions">
                    <RowButton
                      rowName={platform.name}
                      expanded={editing === platform.id}
                      onClick={() => {
                        setNotice(null);
                        setRetiring(null);
                        setEditing(editing === platform.id ? null : platform.id);
                      }}
                      testId="edit-platform"
                    >
                      {editing === platform.id ? t('common.close') : t('platforms.edit')}
                    </RowButton>
                    <RowButton
                      tone="quiet-danger"
                      rowName={platform.name}
                      expanded={retiring === platform.id}
                      onClick={() => {
                        setNotice(null);
                        setEditing(null);
                        setRetiring(retiring === platform.id ? null : platform.id);
                      }}
                      testId="retire-platform"
                    >
                      {t('platforms.retire')}
                    </RowButton>
                  </div>
                )}
              </div>
              {editing === platform.id && (
                <PlatformForm institutionId={institutionId} platform={platform} onDone={done} />
              )}
              {retiring === platform.id && (
                <div className="sector-preview" data-testid="retire-platform-confirm">
                  <p>{t('platforms.retireLead', { name: platform.name })}</p>
                  <ConfirmButtons
                    className="form-actions"
                    label={t('platforms.confirmRetire')}
                    disabled={retiringNow}
                    onConfirm={async () => {
                      const { data: answer } = await retire({ variables: { input: { id: platform.id } } });
                      done(answer?.retirePlatform.platform ? t('platforms.retired', { name: platform.name }) : null);
                    }}
                    onCancel={() => setRetiring(null)}
                    testId="confirm-retire-platform"
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PlatformForm({
  institutionId,
  platform,
  onDone,
}: {
  institutionId: string;
  platform: Platform | null;
  onDone: (message: string | null) => void;
}) {
  const [create] = useMutation(CreatePlatformDocument);
  const [update] = useMutation(UpdatePlatformDocument);
  const form = useForm<Field>({
    initial: {
      name: platform?.name ?? '',
      kind: platform?.kind ?? '',
      description: platform?.english.description ?? '',
      descriptionIt: platform?.italian.description ?? '',
      capabilities: platform?.english.capabilities.join('\n') ?? '',
      capabilitiesIt: platform?.italian.capabilities.join('\n') ?? '',
    },
    validate,
    async submit(values) {
      const fields = {
        name: values.name.trim(),
        kind: values.kind as PlatformKind,
        description: values.description.trim(),
        descriptionIt: values.descriptionIt.trim(),
        capabilities: lines(values.capabilities),
        capabilitiesIt: lines(values.capabilitiesIt),
      };
      if (platform) {
        const { data } = await update({ variables: { input: { id: platform.id, ...fields } } });
        const payload = data?.updatePlatform;
        if (!payload?.platform) return payload?.errors ?? [];
        onDone(t('platforms.saved', { name: payload.platform.name }));
      } else {
        const { data } = await create({ variables: { input: { institutionId, ...fields } } });
        const payload = data?.createPlatform;
        if (!payload?.platform) return payload?.errors ?? [];
        onDone(t('platforms.saved', { name: payload.platform.name }));
      }
    },
  });
  const labels: Record<Field, string> = {
    name: t('platforms.field.name'),
    kind: t('platforms.field.kind'),
    description: t('platforms.field.description'),
    descriptionIt: t('platforms.field.descriptionIt'),
    capabilities: t('platforms.field.capabilities'),
    capabilitiesIt: t('platforms.field.capabilitiesIt'),
  };
  return (
    <form className="form institute-form" noValidate onSubmit={form.onSubmit} data-testid="platform-form">
      <ErrorSummary form={form} labels={labels} />
      <div className="form-row">
        <TextField form={form} name="name" label={labels.name} />
        <SelectField
          form={form}
          name="kind"
          label={labels.kind}
          options={KINDS.map((kind) => ({ value: kind, label: platformKindLabel(kind) }))}
          placeholder={t('platforms.chooseKind')}
        />
      </div>
      <div className="form-row">
        <TextAreaField form={form} name="description" label={labels.description} rows={5} lang="en" />
        <TextAreaField form={form} name="descriptionIt" label={labels.descriptionIt} rows={5} optional lang="it" />
      </div>
      <div className="form-row">
        <TextAreaField form={form} name="capabilities" label={labels.capabilities} rows={4} optional lang="en" />
        <TextAreaField form={form} name="capabilitiesIt" label={labels.capabilitiesIt} rows={4} optional lang="it" />
      </div>
      <p className="sector-editor__lead">{t('platforms.capabilitiesHint')}</p>
      <FormActions
        sending={form.sending}
        submitLabel={platform ? t('platforms.save') : t('platforms.create')}
        testId="save-platform"
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
