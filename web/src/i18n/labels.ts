// Display labels of the API's enumerations and of technology readiness levels.
import type {
  AssetKind,
  AssetStatus,
  CompanySize,
  DeclineReason,
  DevelopmentStage,
  DisclosureRecommendation,
  DisclosureStatus,
  EoiPriority,
  EoiStatus,
  InterestType,
  InvitationStatus,
  IpStatus,
  ListingAvailability,
  MarketPotential,
  PartneringModel,
  PartnerStatus,
  Patentability,
  PlatformKind,
  PricingModel,
  ServiceCapacityStatus,
  UserRole,
} from '../generated/graphql';
import { type MessageKey, t } from './i18n';

export const kindLabel = (value: AssetKind): string => t(`enum.AssetKind.${value}`);
export const ipStatusLabel = (value: IpStatus): string => t(`enum.IpStatus.${value}`);
export const partneringModelLabel = (value: PartneringModel): string => t(`enum.PartneringModel.${value}`);
export const availabilityLabel = (value: ListingAvailability): string => t(`enum.ListingAvailability.${value}`);
export const capacityLabel = (value: ServiceCapacityStatus): string => t(`enum.ServiceCapacityStatus.${value}`);
export const developmentStageLabel = (value: DevelopmentStage): string => t(`enum.DevelopmentStage.${value}`);
export const pricingModelLabel = (value: PricingModel): string => t(`enum.PricingModel.${value}`);
export const companySizeLabel = (value: CompanySize): string => t(`enum.CompanySize.${value}`);
export const roleLabel = (value: UserRole): string => t(`enum.UserRole.${value}`);
/** "network administrators", for sentences */
export const rolePluralLabel = (value: UserRole): string => t(`roles.plural.${value}`);
export const invitationStatusLabel = (value: InvitationStatus): string => t(`enum.InvitationStatus.${value}`);
export const eoiStatusLabel = (value: EoiStatus): string => t(`enum.EoiStatus.${value}`);
export const interestTypeLabel = (value: InterestType): string => t(`enum.InterestType.${value}`);
export const declineReasonLabel = (value: DeclineReason): string => t(`enum.DeclineReason.${value}`);
export const eoiPriorityLabel = (value: EoiPriority): string => t(`enum.EoiPriority.${value}`);
export const platformKindLabel = (value: PlatformKind): string => t(`enum.PlatformKind.${value}`);
export const disclosureStatusLabel = (value: DisclosureStatus): string => t(`enum.DisclosureStatus.${value}`);
export const patentabilityLabel = (value: Patentability): string => t(`enum.Patentability.${value}`);
export const marketPotentialLabel = (value: MarketPotential): string => t(`enum.MarketPotential.${value}`);
export const recommendationLabel = (value: DisclosureRecommendation): string =>
  t(`enum.DisclosureRecommendation.${value}`);
export const assetStatusLabel = (value: AssetStatus): string => t(`enum.AssetStatus.${value}`);

type TrlLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
const isTrlLevel = (value: number): value is TrlLevel => Number.isInteger(value) && value >= 1 && value <= 9;

/** What a technology readiness level means, e.g. 4 → "Technology validated in the lab". */
export function trlDescription(trl: number): string {
  if (!isTrlLevel(trl)) return '';
  const key: MessageKey = `trl.${trl}`;
  return t(key);
}
export const partnerStatusLabel = (value: PartnerStatus): string => t(`enum.PartnerStatus.${value}`);
