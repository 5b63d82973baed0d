// Which kinds of interest a company may express in a listing: those matching the partnering models the listing
// offers, so the form never offers what the listing does not (and the API refuses it).
import { AssetKind, PartneringModel } from './asset-enums.js';
import { InterestType } from './eoi-transitions.js';

/** The interest type a partnering model is asked for with. */
export const INTEREST_TYPE_FOR_MODEL: Readonly<Record<PartneringModel, InterestType>> = {
  [PartneringModel.LICENSE_EXCLUSIVE]: InterestType.LICENSE,
  [PartneringModel.LICENSE_NON_EXCLUSIVE]: InterestType.LICENSE,
  [PartneringModel.OPTION]: InterestType.OPTION,
  [PartneringModel.CO_DEVELOPMENT]: InterestType.CO_DEVELOPMENT,
  [PartneringModel.SPONSORED_RESEARCH]: InterestType.SPONSORED_RESEARCH,
  [PartneringModel.SERVICE_AGREEMENT]: InterestType.SERVICE_REQUEST,
  [PartneringModel.MATERIAL_TRANSFER]: InterestType.MATERIAL_TRANSFER,
};

/**
 * The interest types offered on a listing, in InterestType order: one per partnering model it offers, a service
 * request on every service (its request form), and always "other" for what fits none. Investment is not a
 * partnering model: it stays in the enumeration for the EoIs sent with it before, and is offered no more.
 */
export function interestTypesOffered(listing: {
  kind: AssetKind;
  partneringModels: readonly PartneringModel[];
}): InterestType[] {
  const offered = new Set<InterestType>([InterestType.OTHER]);
  for (const model of listing.partneringModels) {
    const type = INTEREST_TYPE_FOR_MODEL[model];
    if (type) offered.add(type);
  }
  if (listing.kind === AssetKind.SERVICE) offered.add(InterestType.SERVICE_REQUEST);
  return Object.values(InterestType).filter((type) => offered.has(type));
}

export function isInterestTypeOffered(
  listing: { kind: AssetKind; partneringModels: readonly PartneringModel[] },
  type: InterestType,
): boolean {
  return interestTypesOffered(listing).includes(type);
}
