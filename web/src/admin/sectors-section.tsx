import { useMutation, useQuery } from '@apollo/client/react';
import { SECTOR_LABEL_MAX_LENGTH } from '@tt/shared/limits';
import { useState } from 'react';
import type { TaxonomyKind } from '../generated/graphql';
import {
  CreateSectorDocument,
  RenameSectorDocument,
  RetireSectorDocument,
  type SectorAdminFieldsFragment,
  SectorsAdminDocument,
} from '../generated/members-graphql';
import { formatDate, sectorLabel, t } from '../i18n/i18n';
import { ErrorSummary, type FieldErrors, FormActions, SelectField, TextField, useForm } from '../ui/form';
import { LiveNotice } from '../ui/live-notice';
import { RowButton } from '../ui/row-button';
import { EmptyState, ErrorState, PageLoading } from '../ui/status';
import './admin.css';
import { SectionLead } from './section-lead';

type Sector = SectorAdminFieldsFragment;
/** What is open: a new term (at the top of a kind, or under a parent), a rename or a retirement. */
type Editing =
  | { mode: 'add'; kind: TaxonomyKind; parentId: string | null }
  | { mode: 'rename'; id: string }
  | { mode: 'retire'; id: string };

const KINDS: TaxonomyKind[] = ['SECTOR', 'THERAPEUTIC_AREA'];

/** The terms in use under a parent, in their order. */
function childrenOf(sectors: readonly Sector[], parentId: string | null, kind: TaxonomyKind): Sector[] {
  return sectors
    .filter((sector) => !sector.retiredAt && sector.kind === kind && (sector.parent?.id ?? null) === parentId)
    .sort((a, b) => a.position - b.position);
}

/** A term and everything under it, by id. */
function subtreeOf(sectors: readonly Sector[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const sector of sectors)
      if (sector.parent && ids.has(sector.parent.id) && !ids.has(sector.id)) {
        ids.add(sector.id);
        grew = true;
      }
  }
  return ids;
}

/** "12 listings · 3 companies · 1 request · 2 saved searches", or that nothing uses it. */
export function usageText(usage: Sector['usage']): string {
  if (!usage) return '';
  const parts = [
    usage.listings && t('sectors.usage.listings', { count: usage.listings }),
    usage.companies && t('sectors.usage.companies', { count: usage.companies }),
    usage.requests && t('sectors.usage.requests', { count: usage.requests }),
    usage.savedSearches && t('sectors.usage.savedSearches', { count: usage.savedSearches }),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('sectors.usage.none');
}

/**
 * The administrator's taxonomy: the tree of sectors and of therapeutic areas with what uses each term, adding a term
 * (at the top or under another), renaming one (both labels; its slug stays) and retiring one into a replacement,
 * with a preview of what moves. Retired terms are listed below with their replacement.
 */
export function SectorsSection() {
  const { data, loading, error, refetch } = useQuery(SectorsAdminDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string | null) => {
    setEditing(null);
    setNotice(message);
    if (message) void refetch();
  };
  const open = (next: Editing | null) => {
    setNotice(null);
    setEditing(next);
  };

  if (!data) {
    if (loading) return <PageLoading />;
    if (error) return <ErrorState onRetry={() => void refetch()} />;
    return null;
  }
  const sectors = data.sectors;
  const retired = sectors.filter((sector) => sector.retiredAt);

  const renderTree = (kind: TaxonomyKind, parentId: string | null, depth: number) => {
    const terms = childrenOf(sectors, parentId, kind);
    if (terms.length === 0) return null;
    return (
      <ul className={depth === 0 ? 'sector-tree' : 'sector-tree sector-tree--nested'}>
        {terms.map((sector) => {
          const label = sectorLabel(sector);
          const isOpen = (mode: Editing['mode']) => {
            if (editing?.mode !== mode) return false;
            return editing.mode === 'add' ? editing.parentId === sector.id : editing.id === sector.id;
          };
          return (
            <li key={sector.id} className="sector-node" data-testid="sector-node">
              <div className="sector-node__row">
                <div className="sector-node__text">
                  <span className="sector-node__label">{label}</span>
                  <span className="sector-node__other" lang={label === sector.labelEn ? 'it' : 'en'}>
                    {label === sector.labelEn ? sector.labelIt : sector.labelEn}
                  </span>
                  <span className="sector-node__usage" data-testid="sector-usage">
                    {usageText(sector.usage)}
                  </span>
                </div>
                <div className="sector-node__actions">
                  <RowButton
                    rowName={label}
                    expanded={isOpen('add')}
                    onClick={() => open(isOpen('add') ? null : { mode: 'add', kind, parentId: sector.id })}
                    testId="sector-add-under"
                  >
                    {t('sectors.addUnder')}
                  </RowButton>
                  <RowButton
                    rowName={label}
                    expanded={isOpen('rename')}
                    onClick={() => open(isOpen('rename') ? null : { mode: 'rename', id: sector.id })}
                    testId="sector-rename"
                  >
                    {t('sectors.rename')}
                  </RowButton>
                  <RowButton
                    tone="quiet-danger"
                    rowName={label}
                    expanded={isOpen('retire')}
                    onClick={() => open(isOpen('retire') ? null : { mode: 'retire', id: sector.id })}
                    testId="sector-retire"
                  >
                    {t('sectors.retire')}
                  </RowButton>
                </div>
              </div>
              {isOpen('add') && (
                <div className="panel sector-editor">
                  <SectorForm kind={kind} parent={sector} sector={null} onDone={done} />
                </div>
              )}
              {isOpen('rename') && (
                <div className="panel sector-editor">
                  <SectorForm kind={kind} parent={null} sector={sector} onDone={done} />
                </div>
              )}
              {isOpen('retire') && (
                <div className="panel sector-editor">
                  <RetireForm sector={sector} sectors={sectors} onDone={done} />
                </div>
              )}
              {renderTree(kind, sector.id, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <div className="sectors-admin" data-testid="sectors-admin">
      <SectionLead lead={t('sectors.lead')} />
      <LiveNotice tone="success" testId="sector-notice">
        {notice}
      </LiveNotice>
      {KINDS.map((kind) => {
        const adding = editing?.mode === 'add' && editing.kind === kind && editing.parentId === null;
        return (
          <section key={kind} className="admin-section sector-kind" aria-labelledby={`sector-kind-${kind}`}>
            <div className="section-head">
              <h3 id={`sector-kind-${kind}`} className="section-title">
                {t(kind === 'SECTOR' ? 'sectors.kind.SECTOR' : 'sectors.kind.THERAPEUTIC_AREA')}
              </h3>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-expanded={adding}
                onClick={() => open(adding ? null : { mode: 'add', kind, parentId: null })}
                data-testid={`sector-add-${kind}`}
              >
                {t(kind === 'SECTOR' ? 'sectors.addSector' : 'sectors.addArea')}
              </button>
            </div>
            {adding && (
              <div className="panel sector-editor">
                <SectorForm kind={kind} parent={null} sector={null} onDone={done} />
              </div>
            )}
            {childrenOf(sectors, null, kind).length === 0 ? (
              <EmptyState title={t('sectors.emptyTitle')}>
                <p>{t('sectors.empty')}</p>
              </EmptyState>
            ) : (
              renderTree(kind, null, 0)
            )}
          </section>
        );
      })}
      {retired.length > 0 && (
        <section className="admin-section" aria-labelledby="retired-sectors">
          <h3 id="retired-sectors" className="section-title">
            {t('sectors.retiredTitle')}
          </h3>
          <ul className="sector-retired" data-testid="retired-sectors">
            {retired.map((sector) => (
              <li key={sector.id}>
                <span className="sector-node__label">{sectorLabel(sector)}</span>{' '}
                <span className="sector-node__usage">
                  {sector.replacedBy
                    ? t('sectors.retiredInto', {
                        date: formatDate(sector.retiredAt),
                        replacement: sectorLabel(sector.replacedBy),
                      })
                    : formatDate(sector.retiredAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

type LabelField = 'labelEn' | 'labelIt';

function labelProblems(values: Record<LabelField, string>): FieldErrors<LabelField> {
  const errors: FieldErrors<LabelField> = {};
  for (const field of ['labelEn', 'labelIt'] as const) {
    const length = values[field].trim().length;
    if (length === 0) errors[field] = t('sectors.labelRequired');
    else if (length > SECTOR_LABEL_MAX_LENGTH) errors[field] = t('form.tooLong', { max: SECTOR_LABEL_MAX_LENGTH });
  }
  return errors;
}

/** A new term (at the top of its kind or under `parent`) or new labels for `sector`. */
function SectorForm({
  kind,
  parent,
  sector,
  onDone,
}: {
  kind: TaxonomyKind;
  parent: Sector | null;
  sector: Sector | null;
  onDone: (message: string | null) => void;
}) {
  const [create] = useMutation(CreateSectorDocument);
  const [rename] = useMutation(RenameSectorDocument);
  const form = useForm<LabelField>({
    initial: { labelEn: sector?.labelEn ?? '', labelIt: sector?.labelIt ?? '' },
    validate: labelProblems,
    async submit(values) {
      const labels = { labelEn: values.labelEn.trim(), labelIt: values.labelIt.trim() };
      if (sector) {
        const { data } = await rename({ variables: { input: { id: sector.id, ...labels } } });
        const payload = data?.renameSector;
        if (!payload?.sector) return payload?.errors ?? [];
        onDone(t('sectors.renamed', { name: sectorLabel(payload.sector) }));
      } else {
        const { data } = await create({
          variables: { input: { ...labels, parentId: parent?.id ?? null, kind: parent ? null : kind } },
        });
        const payload = data?.createSector;
        if (!payload?.sector) return payload?.errors ?? [];
        onDone(t('sectors.added', { name: sectorLabel(payload.sector) }));
      }
    },
  });
  const labels = { labelEn: t('sectors.field.labelEn'), labelIt: t('sectors.field.labelIt') };
  const title = sector
    ? t('sectors.renameTitle', { name: sectorLabel(sector) })
    : parent
      ? t('sectors.addUnderTitle', { name: sectorLabel(parent) })
      : t(kind === 'SECTOR' ? 'sectors.addSector' : 'sectors.addArea');
  return (
    <form className="form sector-form" noValidate onSubmit={form.onSubmit} data-testid="sector-form">
      <h4 className="sector-editor__title">{title}</h4>
      {sector && <p className="sector-editor__lead">{t('sectors.slugKept', { slug: sector.slug })}</p>}
      <ErrorSummary form={form} labels={labels} />
      <div className="form-row">
        <TextField form={form} name="labelEn" label={labels.labelEn} lang="en" />
        <TextField form={form} name="labelIt" label={labels.labelIt} lang="it" />
      </div>
      <FormActions
        sending={form.sending}
        submitLabel={sector ? t('sectors.saveRename') : t('sectors.create')}
        testId="save-sector"
        onCancel={() => onDone(null)}
      />
    </form>
  );
}

/** Retires `sector` into a replacement of its kind, outside its own subtree; says what will move first. */
function RetireForm({
  sector,
  sectors,
  onDone,
}: {
  sector: Sector;
  sectors: readonly Sector[];
  onDone: (message: string | null) => void;
}) {
  const [retire] = useMutation(RetireSectorDocument);
  const own = subtreeOf(sectors, sector.id);
  const choices = sectors
    .filter((other) => !other.retiredAt && other.kind === sector.kind && !own.has(other.id))
    .map((other) => ({ value: other.id, label: sectorLabel(other) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const form = useForm<'replacementId'>({
    initial: { replacementId: '' },
    validate: (values) => (values.replacementId ? {} : { replacementId: t('sectors.replacementRequired') }),
    async submit(values) {
      const { data } = await retire({ variables: { input: { id: sector.id, replacementId: values.replacementId } } });
      const payload = data?.retireSector;
      if (!payload?.sector) return payload?.errors ?? [];
      onDone(t('sectors.retired', { name: sectorLabel(sector) }));
    },
  });
  const replacement = sectors.find((other) => other.id === form.values.replacementId);
  const children = sector.usage?.children ?? 0;
  const labels = { replacementId: t('sectors.field.replacement') };
  return (
    <form className="form sector-form" noValidate onSubmit={form.onSubmit} data-testid="retire-sector-form">
      <h4 className="sector-editor__title">{t('sectors.retireTitle', { name: sectorLabel(sector) })}</h4>
      {children > 0 ? (
        <p className="sector-editor__lead" data-testid="retire-blocked">
          {t('sectors.retireChildrenFirst', { count: children })}
        </p>
      ) : (
        <>
          <p className="sector-editor__lead">{t('sectors.retireLead')}</p>
          <ErrorSummary form={form} labels={labels} />
          <SelectField
            form={form}
            name="replacementId"
            label={labels.replacementId}
            options={choices}
            placeholder={t('sectors.chooseReplacement')}
          />
          <p className="sector-preview" data-testid="retire-preview" aria-live="polite">
            {replacement
              ? t('sectors.preview', { what: usageText(sector.usage), replacement: sectorLabel(replacement) })
              : t('sectors.previewUsage', { what: usageText(sector.usage) })}
          </p>
        </>
      )}
      <FormActions
        sending={form.sending}
        submitLabel={children === 0 && t('sectors.confirmRetire')}
        testId="confirm-retire-sector"
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
