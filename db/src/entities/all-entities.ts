import { AccessRequest } from './access-request.entity.js';
import { AccessReviewStep } from './access-review-step.entity.js';
import { Agreement } from './agreement.entity.js';
import { AgreementAttachment } from './agreement-attachment.entity.js';
import { AgreementListing } from './agreement-listing.entity.js';
import { AgreementMilestone } from './agreement-milestone.entity.js';
import { Asset } from './asset.entity.js';
import { AssetFacetDelta } from './asset-facet-delta.entity.js';
import { AssetInventor } from './asset-inventor.entity.js';
import { AssetRelatedKey } from './asset-related-key.entity.js';
import { AssetSearch } from './asset-search.entity.js';
import { AssetSearchEn } from './asset-search-en.entity.js';
import { AssetSector } from './asset-sector.entity.js';
import { AssetSlugRedirect } from './asset-slug-redirect.entity.js';
import { CatalogueRevision } from './catalogue-revision.entity.js';
import { Company } from './company.entity.js';
import { CompanyContactPerson } from './company-contact-person.entity.js';
import { CompanySector } from './company-sector.entity.js';
import { DeliveryMilestone } from './delivery-milestone.entity.js';
import { Disclosure } from './disclosure.entity.js';
import { DisclosureAttachment } from './disclosure-attachment.entity.js';
import { DisclosureMessage } from './disclosure-message.entity.js';
import { DisclosureReferenceCounter } from './disclosure-reference-counter.entity.js';
import { DisclosureResearcher } from './disclosure-researcher.entity.js';
import { DisclosureTransition } from './disclosure-transition.entity.js';
import { EoiAgreement } from './eoi-agreement.entity.js';
import { EoiMessage } from './eoi-message.entity.js';
import { EoiReadMarker } from './eoi-read-marker.entity.js';
import { EoiTransition } from './eoi-transition.entity.js';
import { ExpressionOfInterest } from './expression-of-interest.entity.js';
import { Institution } from './institution.entity.js';
import { InstitutionEmbedOrigin } from './institution-embed-origin.entity.js';
import { Inventor } from './inventor.entity.js';
import { Invitation } from './invitation.entity.js';
import { KnownLoginAddress } from './known-login-address.entity.js';
import { ListingAvailabilityWatch } from './listing-availability-watch.entity.js';
import { ListingFeedback } from './listing-feedback.entity.js';
import { ListingInvitation } from './listing-invitation.entity.js';
import { OneTimeToken } from './one-time-token.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { PartnerContact } from './partner-contact.entity.js';
import { PartnerRelationship } from './partner-relationship.entity.js';
import { Platform } from './platform.entity.js';
import { PlatformManager } from './platform-manager.entity.js';
import { Quote } from './quote.entity.js';
import { QuoteLine } from './quote-line.entity.js';
import { RateLimit } from './rate-limit.entity.js';
import { RecommendationDismissal } from './recommendation-dismissal.entity.js';
import { RequestResponse } from './request-response.entity.js';
import { RequestResponseListing } from './request-response-listing.entity.js';
import { SavedSearch } from './saved-search.entity.js';
import { SearchFacetCode } from './search-facet-code.entity.js';
import { Sector } from './sector.entity.js';
import { SectorSet } from './sector-set.entity.js';
import { ServiceFile } from './service-file.entity.js';
import { ServiceRequestForm } from './service-request-form.entity.js';
import { Session } from './session.entity.js';
import { SitePageVersion } from './site-page-version.entity.js';
import { TechnologyRequest } from './technology-request.entity.js';
import { TechnologyRequestSector } from './technology-request-sector.entity.js';
import { User } from './user.entity.js';

/** Every entity's schema: the typed database (`database.ts`) is inferred from this union. */
export type EntitySchemas =
  | typeof Institution
  | typeof Platform
  | typeof Sector
  | typeof Inventor
  | typeof Company
  | typeof CompanySector
  | typeof User
  | typeof Asset
  | typeof AssetSector
  | typeof AssetInventor
  | typeof AssetSearch
  | typeof AssetSearchEn
  | typeof AssetFacetDelta
  | typeof SearchFacetCode
  | typeof SectorSet
  | typeof AssetRelatedKey
  | typeof Session
  | typeof OneTimeToken
  | typeof Invitation
  | typeof OutboxMessage
  | typeof KnownLoginAddress
  | typeof RateLimit
  | typeof ExpressionOfInterest
  | typeof EoiTransition
  | typeof EoiMessage
  | typeof EoiReadMarker
  | typeof Disclosure
  | typeof DisclosureResearcher
  | typeof DisclosureTransition
  | typeof DisclosureMessage
  | typeof DisclosureReferenceCounter
  | typeof DisclosureAttachment
  | typeof AssetSlugRedirect
  | typeof CatalogueRevision
  | typeof TechnologyRequest
  | typeof TechnologyRequestSector
  | typeof RequestResponse
  | typeof RequestResponseListing
  | typeof ListingFeedback
  | typeof RecommendationDismissal
  | typeof SavedSearch
  | typeof ListingInvitation
  | typeof Agreement
  | typeof AgreementListing
  | typeof AgreementMilestone
  | typeof AgreementAttachment
  | typeof EoiAgreement
  | typeof ListingAvailabilityWatch
  | typeof PartnerRelationship
  | typeof PartnerContact
  | typeof CompanyContactPerson
  | typeof PlatformManager
  | typeof ServiceRequestForm
  | typeof Quote
  | typeof QuoteLine
  | typeof AccessRequest
  | typeof AccessReviewStep
  | typeof DeliveryMilestone
  | typeof ServiceFile
  | typeof SitePageVersion
  | typeof InstitutionEmbedOrigin;

/** Every entity, for the ORM configuration (an entity missing from `EntitySchemas` fails to compile here). */
export const entities: readonly EntitySchemas[] = [
  Institution,
  Platform,
  Sector,
  Inventor,
  Company,
  CompanySector,
  User,
  Asset,
  AssetSector,
  AssetInventor,
  AssetSearch,
  AssetSearchEn,
  AssetFacetDelta,
  SearchFacetCode,
  SectorSet,
  AssetRelatedKey,
  Session,
  OneTimeToken,
  Invitation,
  OutboxMessage,
  KnownLoginAddress,
  RateLimit,
  ExpressionOfInterest,
  EoiTransition,
  EoiMessage,
  EoiReadMarker,
  Disclosure,
  DisclosureResearcher,
  DisclosureTransition,
  DisclosureMessage,
  DisclosureReferenceCounter,
  DisclosureAttachment,
  AssetSlugRedirect,
  CatalogueRevision,
  TechnologyRequest,
  TechnologyRequestSector,
  RequestResponse,
  RequestResponseListing,
  ListingFeedback,
  RecommendationDismissal,
  SavedSearch,
  ListingInvitation,
  Agreement,
  AgreementListing,
  AgreementMilestone,
  AgreementAttachment,
  EoiAgreement,
  ListingAvailabilityWatch,
  PartnerRelationship,
  PartnerContact,
  CompanyContactPerson,
  PlatformManager,
  ServiceRequestForm,
  Quote,
  QuoteLine,
  AccessRequest,
  AccessReviewStep,
  DeliveryMilestone,
  ServiceFile,
  SitePageVersion,
  InstitutionEmbedOrigin,
];
