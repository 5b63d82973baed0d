// The agreement form's values (strings, as the inputs hold them), what the API takes from them, and their
// problems by the shared rules (validateAgreement), worded in the page's language.
import {
  AGREEMENT_LIMITS,
  type AgreementType,
  hasFinancialTerms,
  type LicenseExclusivity,
  type RoyaltyReportingPeriod,
  validateAgreement,
} from '@tt/shared/agreement-rules';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import type { FieldErrors } from '../ui/form';
import { parseRate, rateForInput } from './agreement-labels';

export type AgreementFieldName =
  | 'type'
  | 'title'
  | 'institutionId'
  | 'companyId'
  | 'ownerId'
  | 'exclusivity'
  | 'fieldOfUse'
  | 'territory'
  | 'signatureDate'
  | 'effectiveDate'
  | 'expiryDate'
  | 'royaltyRateBasisPoints'
  | 'royaltyReportingPeriod'
  | 'notes';
export type AgreementFormValues = Record<AgreementFieldName, string>;

/** What the form needs besides its text fields. */
export interface AgreementFormContext {
  /** New on its own: the company is chosen; from an EoI or when editing it is fixed. */
  chooseCompany: boolean;
  /** Administrators name the institute of a new agreement on its own. */
  chooseInstitution: boolean;
  listingCount: number;
}

export interface AgreementSource {
  type: AgreementType;
  title: string | null;
  exclusivity: LicenseExclusivity | null;
  fieldOfUse: string | null;
  territory: string | null;
  signatureDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  royaltyRateBasisPoints: number | null;
  royaltyReportingPeriod: RoyaltyReportingPeriod | null;
  notes: string | null;
  company?: { id: string } | null;
  owner?: { id: string } | null;
}

export function agreementFormValues(source: Partial<AgreementSource> & { type: AgreementType }): AgreementFormValues {
  return {
    type: source.type,
    title: source.title ?? '',
    institutionId: '',
    companyId: source.company?.id ?? '',
    ownerId: source.owner?.id ?? '',
    exclusivity: source.exclusivity ?? '',
    fieldOfUse: source.fieldOfUse ?? '',
    territory: source.territory ?? '',
    signatureDate: source.signatureDate ?? '',
    effectiveDate: source.effectiveDate ?? '',
    expiryDate: source.expiryDate ?? '',
    royaltyRateBasisPoints: rateForInput(source.royaltyRateBasisPoints),
    royaltyReportingPeriod: source.royaltyReportingPeriod ?? '',
    notes: source.notes ?? '',
  };
}

/** The fields the API takes, as the values say: licence terms only for licences, royalties only with terms. */
export function agreementInput(values: AgreementFormValues) {
  const type = values.type as AgreementType;
  const licence = type === 'LICENSE';
  const terms = hasFinancialTerms(type);
  const text = (value: string) => value.trim() || null;
  return {
    type,
    title: values.title.trim(),
    ownerId: values.ownerId || null,
    exclusivity: licence ? ((values.exclusivity || null) as LicenseExclusivity | null) : null,
    fieldOfUse: licence ? text(values.fieldOfUse) : null,
    territory: licence ? text(values.territory) : null,
    signatureDate: values.signatureDate || null,
    effectiveDate: values.effectiveDate || null,
    expiryDate: values.expiryDate || null,
    royaltyRateBasisPoints:
      terms && values.royaltyRateBasisPoints.trim() ? parseRate(values.royaltyRateBasisPoints) : null,
    royaltyReportingPeriod: terms ? ((values.royaltyReportingPeriod || null) as RoyaltyReportingPeriod | null) : null,
    notes: values.notes,
  };
}

export function agreementFormErrors(
  values: AgreementFormValues,
  context: AgreementFormContext,
): FieldErrors<AgreementFieldName> {
  const errors: FieldErrors<AgreementFieldName> = {};
  const input = agreementInput(values);
  if (context.chooseInstitution && !values.institutionId) errors.institutionId = t('agreementForm.institutionRequired');
  if (context.chooseCompany && !values.companyId) errors.companyId = t('agreementForm.companyRequired');
  if (hasFinancialTerms(input.type) && values.royaltyRateBasisPoints.trim() && input.royaltyRateBasisPoints === null)
    errors.royaltyRateBasisPoints = t('agreementForm.rateInvalid');
  for (const problem of validateAgreement({ ...input, listingCount: context.listingCount })) {
    const field = problem.field as AgreementFieldName;
    if (field in values) errors[field] ??= errorMessage(problem);
  }
  return errors;
}

/** A title the office may keep or change: "Licence – OncoPharm S.p.A." (the listings are shown beside it). */
export function suggestedTitle(typeLabel: string, company: string): string {
  return `${typeLabel} – ${company}`.slice(0, AGREEMENT_LIMITS.titleMax);
}
