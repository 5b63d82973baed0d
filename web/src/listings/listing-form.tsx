import { LISTING_EXPIRY, LISTING_LIMITS } from '@tt/shared/listing-rules';
import type { ReactNode } from 'react';
import type {
  AssetKind,
  DevelopmentStage,
  IpStatus,
  PartneringModel,
  PlatformKind,
  PricingModel,
} from '../generated/graphql';
import { t } from '../i18n/i18n';
import {
  developmentStageLabel,
  ipStatusLabel,
  kindLabel,
  partneringModelLabel,
  platformKindLabel,
  pricingModelLabel,
  trlDescription,
} from '../i18n/labels';
import { BilingualPair, LanguageHeads, TranslationBadge, TranslationSummary } from './bilingual-fields';
import {
  CheckboxGroup,
  ChipsInput,
  type ErrorOf,
  FieldError,
  FieldGroup,
  ListInput,
  RemoveButton,
  SelectInput,
  TextInput,
} from './editor-fields';
import { fieldDomId, type ListingDraft, type OfficerOption, type SectorOption } from './listing-draft';
import { SectorPicker } from './sector-picker';

const KINDS: readonly AssetKind[] = ['INVENTION', 'PROTOTYPE', 'SERVICE'];
const IP_STATUSES: readonly IpStatus[] = [
  'NONE',
  'PATENT_PENDING',
  'PATENT_GRANTED',
  'KNOW_HOW',
  'COPYRIGHT',
  'TRADEMARK',
];
const STAGES: readonly DevelopmentStage[] = [
  'DISCOVERY',
  'PROOF_OF_CONCEPT',
  'PRECLINICAL',
  'CLINICAL_VALIDATION',
  'CLINICAL_TRIAL',
  'MARKET_READY',
  'IN_SERVICE',
];
const MODELS: readonly PartneringModel[] = [
  'LICENSE_EXCLUSIVE',
  'LICENSE_NON_EXCLUSIVE',
  'OPTION',
  'CO_DEVELOPMENT',
  'SPONSORED_RESEARCH',
  'SERVICE_AGREEMENT',
  'MATERIAL_TRANSFER',
];
const PRICING: readonly PricingModel[] = ['FEE_FOR_SERVICE', 'PER_SAMPLE', 'PROJECT_QUOTE', 'COLLABORATIVE'];
const TRLS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export interface ListingFormProps {
  draft: ListingDraft;
  update: (changes: Partial<ListingDraft>) => void;
  errorOf: ErrorOf;
  sectors: readonly SectorOption[];
  /** The officers of the listing's institute */
  officers: readonly OfficerOption[];
  /** The institute's active platforms, and the listing's own when it was retired (`retired`: kept, not offered) */
  platforms: readonly { id: string; name: string; kind: PlatformKind; retired?: boolean }[];
  /** The Italian fields (`titleIt`…) whose English text has no translation yet */
  missingItalian: ReadonlySet<string>;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel editor-section" aria-labelledby={`section-${id}`}>
      <h2 id={`section-${id}`} className="panel__title">
        {title}
      </h2>
      <div className="editor-section__fields">{children}</div>
    </section>
  );
}

/** Every field of a listing, in the order a buyer reads them. */
export function ListingForm({
  draft,
  update,
  errorOf,
  sectors,
  officers,
  platforms,
  missingItalian,
}: ListingFormProps) {
  const service = draft.kind === 'SERVICE';
  const patented = draft.ipStatus === 'PATENT_PENDING' || draft.ipStatus === 'PATENT_GRANTED';
  // The Italian twin of a text field: the same limits, its own label, `lang="it"` and a badge while missing.
  const italianText = (
    field:
      | 'titleIt'
      | 'summaryIt'
      | 'problemIt'
      | 'descriptionIt'
      | 'benefitsIt'
      | 'turnaroundIt'
      | 'deliverablesIt'
      | 'throughputIt',
    label: string,
    options: { max?: number; rows?: number } = {},
  ) => (
    <TextInput
      field={field}
      label={t('listing.italianLabel', { label })}
      value={draft[field]}
      onChange={(value) => update({ [field]: value })}
      error={errorOf(field)}
      lang="it"
      badge={<TranslationBadge field={field} missing={missingItalian.has(field)} />}
      {...options}
    />
  );
  return (
    <div className="editor-form" data-testid="listing-form">
      <Section id="basics" title={t('listing.section.basics')}>
        <KindChoice value={draft.kind} onChange={(kind) => update({ kind })} error={errorOf('kind')} />
        <TranslationSummary missing={missingItalian.size} />
        <LanguageHeads />
        <BilingualPair
          english={
            <TextInput
              field="title"
              label={t('listing.field.title')}
              hint={t('listing.hint.title')}
              value={draft.title}
              onChange={(title) => update({ title })}
              error={errorOf('title')}
              max={LISTING_LIMITS.titleMax}
              lang="en"
            />
          }
          italian={italianText('titleIt', t('listing.field.title'), { max: LISTING_LIMITS.titleMax })}
        />
        <BilingualPair
          english={
            <TextInput
              field="summary"
              label={t('listing.field.summary')}
              hint={t('listing.hint.summary', { min: LISTING_LIMITS.summaryMin })}
              value={draft.summary}
              onChange={(summary) => update({ summary })}
              error={errorOf('summary')}
              max={LISTING_LIMITS.summaryMax}
              rows={3}
              lang="en"
            />
          }
          italian={italianText('summaryIt', t('listing.field.summary'), { max: LISTING_LIMITS.summaryMax, rows: 3 })}
        />
      </Section>

      <Section id="texts" title={t('listing.section.texts')}>
        <LanguageHeads />
        <BilingualPair
          english={
            <TextInput
              field="problem"
              label={t('listing.field.problem')}
              hint={t('listing.hint.problem')}
              value={draft.problem}
              onChange={(problem) => update({ problem })}
              error={errorOf('problem')}
              rows={4}
              lang="en"
            />
          }
          italian={italianText('problemIt', t('listing.field.problem'), { rows: 4 })}
        />
        <BilingualPair
          english={
            <TextInput
              field="description"
              label={t('listing.field.description')}
              hint={t('listing.hint.description')}
              value={draft.description}
              onChange={(description) => update({ description })}
              error={errorOf('description')}
              rows={8}
              lang="en"
            />
          }
          italian={italianText('descriptionIt', t('listing.field.description'), { rows: 8 })}
        />
        <BilingualPair
          english={
            <TextInput
              field="benefits"
              label={t('listing.field.benefits')}
              hint={t('listing.hint.benefits')}
              value={draft.benefits}
              onChange={(benefits) => update({ benefits })}
              error={errorOf('benefits')}
              rows={4}
              lang="en"
            />
          }
          italian={italianText('benefitsIt', t('listing.field.benefits'), { rows: 4 })}
        />
        <BilingualPair
          english={
            <ListInput
              field="applications"
              legend={t('listing.field.applications')}
              hint={t('listing.hint.applications')}
              items={draft.applications}
              onChange={(applications) => update({ applications })}
              errorOf={errorOf}
              itemLabel={(index) => t('listing.application', { number: index + 1 })}
              addLabel={t('listing.addApplication')}
              max={LISTING_LIMITS.maxApplications}
              lang="en"
            />
          }
          italian={
            <ListInput
              field="applicationsIt"
              legend={t('listing.italianLabel', { label: t('listing.field.applications') })}
              items={draft.applicationsIt}
              onChange={(applicationsIt) => update({ applicationsIt })}
              errorOf={errorOf}
              itemLabel={(index) =>
                t('listing.italianLabel', { label: t('listing.application', { number: index + 1 }) })
              }
              addLabel={t('listing.addApplication')}
              max={LISTING_LIMITS.maxApplications}
              lang="it"
              badge={<TranslationBadge field="applicationsIt" missing={missingItalian.has('applicationsIt')} />}
            />
          }
        />
      </Section>

      {/* A service is bought, not licensed: no TRL, development stage or IP on its page, none to edit. */}
      {!service && (
        <Section id="maturity" title={t('listing.section.maturity')}>
          <div className="editor-pair">
            <SelectInput
              field="trl"
              label={t('listing.field.trl')}
              value={String(draft.trl)}
              onChange={(value) => update({ trl: Number(value) })}
              options={TRLS.map((trl) => ({ value: String(trl), label: `${trl} · ${trlDescription(trl)}` }))}
              error={errorOf('trl')}
            />
            <SelectInput
              field="developmentStage"
              label={t('listing.field.developmentStage')}
              value={draft.developmentStage}
              onChange={(value) => update({ developmentStage: value as DevelopmentStage })}
              options={STAGES.map((stage) => ({ value: stage, label: developmentStageLabel(stage) }))}
              error={errorOf('developmentStage')}
            />
          </div>
          <SelectInput
            field="ipStatus"
            label={t('listing.field.ipStatus')}
            value={draft.ipStatus}
            onChange={(value) => update({ ipStatus: value as IpStatus })}
            options={IP_STATUSES.map((status) => ({ value: status, label: ipStatusLabel(status) }))}
            error={errorOf('ipStatus')}
          />
          <ListInput
            field="patentNumbers"
            legend={t('listing.field.patentNumbers')}
            hint={patented ? t('listing.hint.patentNumbersRequired') : t('listing.hint.patentNumbers')}
            items={draft.patentNumbers}
            onChange={(patentNumbers) => update({ patentNumbers })}
            errorOf={errorOf}
            itemLabel={(index) => t('listing.patentNumber', { number: index + 1 })}
            addLabel={t('listing.addPatentNumber')}
            placeholder="EP4218876A1"
            max={LISTING_LIMITS.maxPatentNumbers}
          />
        </Section>
      )}

      <Section id="partnering" title={t('listing.section.partnering')}>
        <CheckboxGroup
          field="partneringModels"
          legend={t('listing.field.partneringModels')}
          hint={t('listing.hint.partneringModels')}
          values={draft.partneringModels}
          options={MODELS.map((model) => ({ value: model, label: partneringModelLabel(model) }))}
          onChange={(partneringModels) => update({ partneringModels })}
          error={errorOf('partneringModels')}
        />
        {service && (
          <>
            <SelectInput
              field="platformId"
              label={t('listing.field.platform')}
              value={draft.platformId}
              onChange={(platformId) => update({ platformId })}
              placeholder={t('listing.noPlatform')}
              options={platforms.map((platform) => {
                const label = `${platform.name} · ${platformKindLabel(platform.kind)}`;
                return {
                  value: platform.id,
                  label: platform.retired ? t('listing.platformRetired', { label }) : label,
                };
              })}
              error={errorOf('platformId')}
            />
            <BilingualPair
              english={
                <TextInput
                  field="turnaround"
                  label={t('listing.field.turnaround')}
                  hint={t('listing.hint.turnaround')}
                  value={draft.turnaround}
                  onChange={(turnaround) => update({ turnaround })}
                  error={errorOf('turnaround')}
                  lang="en"
                />
              }
              italian={italianText('turnaroundIt', t('listing.field.turnaround'))}
            />
            <BilingualPair
              english={
                <TextInput
                  field="deliverables"
                  label={t('listing.field.deliverables')}
                  hint={t('listing.hint.deliverables')}
                  value={draft.deliverables}
                  onChange={(deliverables) => update({ deliverables })}
                  error={errorOf('deliverables')}
                  max={LISTING_LIMITS.deliverablesMax}
                  rows={4}
                  lang="en"
                />
              }
              italian={italianText('deliverablesIt', t('listing.field.deliverables'), {
                max: LISTING_LIMITS.deliverablesMax,
                rows: 4,
              })}
            />
            <BilingualPair
              english={
                <TextInput
                  field="throughput"
                  label={t('listing.field.throughput')}
                  hint={t('listing.hint.throughput')}
                  value={draft.throughput}
                  onChange={(throughput) => update({ throughput })}
                  error={errorOf('throughput')}
                  max={LISTING_LIMITS.throughputMax}
                  lang="en"
                />
              }
              italian={italianText('throughputIt', t('listing.field.throughput'), {
                max: LISTING_LIMITS.throughputMax,
              })}
            />
            <ListInput
              field="accreditations"
              legend={t('listing.field.accreditations')}
              hint={t('listing.hint.accreditations')}
              items={draft.accreditations}
              onChange={(accreditations) => update({ accreditations })}
              errorOf={errorOf}
              itemLabel={(index) => t('listing.accreditation', { number: index + 1 })}
              addLabel={t('listing.addAccreditation')}
              placeholder="ISO 15189"
              max={LISTING_LIMITS.maxAccreditations}
            />
            <div className="editor-pair">
              <SelectInput
                field="pricingModel"
                label={t('listing.field.pricingModel')}
                hint={t('listing.hint.pricingModel')}
                value={draft.pricingModel}
                onChange={(value) => update({ pricingModel: value as PricingModel | '' })}
                placeholder={t('listing.choose')}
                options={PRICING.map((model) => ({ value: model, label: pricingModelLabel(model) }))}
                error={errorOf('pricingModel')}
              />
            </div>
          </>
        )}
      </Section>

      <Section id="classification" title={t('listing.section.classification')}>
        <SectorPicker
          sectors={sectors}
          chosen={draft.sectorIds}
          onChange={(sectorIds) => update({ sectorIds })}
          error={errorOf('sectorIds')}
          max={LISTING_LIMITS.maxSectors}
        />
        <BilingualPair
          english={
            <ChipsInput
              field="keywords"
              label={t('listing.field.keywords')}
              hint={t('listing.hint.keywords')}
              values={draft.keywords}
              onChange={(keywords) => update({ keywords })}
              errorOf={errorOf}
              max={LISTING_LIMITS.maxKeywords}
              maxLength={LISTING_LIMITS.keywordMax}
              lang="en"
            />
          }
          italian={
            <ChipsInput
              field="keywordsIt"
              label={t('listing.italianLabel', { label: t('listing.field.keywords') })}
              values={draft.keywordsIt}
              onChange={(keywordsIt) => update({ keywordsIt })}
              errorOf={errorOf}
              max={LISTING_LIMITS.maxKeywords}
              maxLength={LISTING_LIMITS.keywordMax}
              lang="it"
              badge={<TranslationBadge field="keywordsIt" missing={missingItalian.has('keywordsIt')} />}
            />
          }
        />
      </Section>

      <Section id="people" title={t('listing.section.people')}>
        <InventorRows draft={draft} update={update} errorOf={errorOf} service={service} />
        <SelectInput
          field="contactOfficerId"
          label={t('listing.field.contactOfficer')}
          hint={t('listing.hint.contactOfficer')}
          value={draft.contactOfficerId}
          onChange={(contactOfficerId) => update({ contactOfficerId })}
          placeholder={t('listing.noContact')}
          options={officers.map((officer) => ({ value: officer.id, label: officer.name }))}
          error={errorOf('contactOfficerId')}
        />
        <TextInput
          field="expiresOn"
          type="date"
          label={t('listing.field.expiresOn')}
          hint={t('listing.hint.expiresOn', { days: LISTING_EXPIRY.reminderDays })}
          value={draft.expiresOn}
          onChange={(expiresOn) => update({ expiresOn })}
          error={errorOf('expiresOn')}
          optional
        />
      </Section>
    </div>
  );
}

/** The kind as three radio cards: what it is decides which fields apply. */
function KindChoice({
  value,
  onChange,
  error,
}: {
  value: AssetKind;
  onChange: (kind: AssetKind) => void;
  error: string | undefined;
}) {
  return (
    <FieldGroup field="kind" legend={t('listing.field.kind')} error={error}>
      <div className="kind-choice">
        {KINDS.map((kind) => (
          <label key={kind} className={`kind-choice__option${value === kind ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name="listing-kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              data-testid={`kind-${kind}`}
            />
            <span className="kind-choice__label">{kindLabel(kind)}</span>
            <span className="kind-choice__hint">{t(`listing.kindHint.${kind}`)}</span>
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}

/** Inventors (or, for a service, the team) as the public sees them: a name and an affiliation each. */
function InventorRows({
  draft,
  update,
  errorOf,
  service,
}: {
  draft: ListingDraft;
  update: (changes: Partial<ListingDraft>) => void;
  errorOf: ErrorOf;
  service: boolean;
}) {
  const rows = draft.inventors;
  const set = (index: number, changes: Partial<{ name: string; affiliation: string }>) =>
    update({ inventors: rows.map((row, i) => (i === index ? { ...row, ...changes } : row)) });
  return (
    <FieldGroup
      field="inventors"
      legend={service ? t('listing.field.team') : t('listing.field.inventors')}
      hint={t('listing.hint.inventors')}
      error={errorOf('inventors')}
    >
      {rows.length > 0 && (
        <ol className="editor-rows" data-testid="inventor-rows">
          {rows.map((row, index) => {
            const name = `inventors.${index}.name`;
            const affiliation = `inventors.${index}.affiliation`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
              <li key={index} className="editor-row">
                <div className="editor-row__fields editor-row__fields--pair">
                  <div>
                    <label htmlFor={fieldDomId(name)} className="editor-row__label">
                      {t('listing.inventorName')}
                    </label>
                    <input
                      id={fieldDomId(name)}
                      className="input"
                      value={row.name}
                      onChange={(event) => set(index, { name: event.target.value })}
                      aria-invalid={errorOf(name) ? true : undefined}
                      aria-describedby={errorOf(name) ? `${fieldDomId(name)}-error` : undefined}
                    />
                    <FieldError field={name} message={errorOf(name)} />
                  </div>
                  <div>
                    <label htmlFor={fieldDomId(affiliation)} className="editor-row__label">
                      {t('listing.inventorAffiliation')}
                    </label>
                    <input
                      id={fieldDomId(affiliation)}
                      className="input"
                      value={row.affiliation}
                      onChange={(event) => set(index, { affiliation: event.target.value })}
                      aria-invalid={errorOf(affiliation) ? true : undefined}
                      aria-describedby={errorOf(affiliation) ? `${fieldDomId(affiliation)}-error` : undefined}
                    />
                    <FieldError field={affiliation} message={errorOf(affiliation)} />
                  </div>
                </div>
                <RemoveButton
                  label={t('listing.remove', { item: row.name.trim() || t('listing.inventor', { number: index + 1 }) })}
                  onClick={() => update({ inventors: rows.filter((_, i) => i !== index) })}
                />
              </li>
            );
          })}
        </ol>
      )}
      {rows.length < LISTING_LIMITS.maxInventors && (
        <button
          type="button"
          className="button button--secondary button--small editor-add"
          onClick={() => update({ inventors: [...rows, { name: '', affiliation: '' }] })}
          data-testid="add-inventor"
        >
          + {service ? t('listing.addTeamMember') : t('listing.addInventor')}
        </button>
      )}
    </FieldGroup>
  );
}
