import 'reflect-metadata';
import './register-enums.js';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../features/accounts/account.resolver.js';
import { AccountSettingsResolver } from '../features/accounts/account-settings.resolver.js';
import { InvitationResolver } from '../features/accounts/invitation.resolver.js';
import { UserResolver, ViewerResolver } from '../features/accounts/viewer.resolver.js';
import { AdminResolver } from '../features/admin/admin.resolver.js';
import { CompanyAdminResolver } from '../features/admin/company-admin.resolver.js';
import {
  AgreementConnectionResolver,
  AgreementResolver,
  EoiAgreementsResolver,
} from '../features/agreements/agreement.resolver.js';
import { ListingAvailabilityResolver } from '../features/agreements/listing-availability.resolver.js';
import { AssetResolver } from '../features/catalogue/asset.resolver.js';
import { AssetType } from '../features/catalogue/asset.type.js';
import { AssetConnectionResolver } from '../features/catalogue/asset-connection.resolver.js';
import { InventorType } from '../features/catalogue/inventor.type.js';
import { DisclosureResolver } from '../features/disclosures/disclosure.resolver.js';
import { DisclosureAttachmentResolver } from '../features/disclosures/disclosure-attachment.resolver.js';
import { DisclosureResearcherResolver } from '../features/disclosures/disclosure-researcher.resolver.js';
import { EmbedOriginResolver } from '../features/embed/embed-origin.resolver.js';
import { AssetFeedbackResolver, ListingFeedbackResolver } from '../features/feedback/listing-feedback.resolver.js';
import { InstitutionResolver } from '../features/institutions/institution.resolver.js';
import { InstitutionType } from '../features/institutions/institution.type.js';
import { InstitutionTextResolver, PlatformTextResolver } from '../features/institutions/institution-text.resolver.js';
import { PlatformResolver } from '../features/institutions/platform.resolver.js';
import { PlatformType } from '../features/institutions/platform.type.js';
import { SectorResolver } from '../features/institutions/sector.resolver.js';
import { SectorType } from '../features/institutions/sector.type.js';
import { EoiEventsResolver } from '../features/interest/eoi-events.resolver.js';
import { ExpressionOfInterestResolver } from '../features/interest/expression-of-interest.resolver.js';
import { DisclosureListingResolver, ListingResolver } from '../features/listings/listing.resolver.js';
import { MatchmakingResolver } from '../features/matchmaking/matchmaking.resolver.js';
import { OfficeDashboardResolver } from '../features/office-dashboard/office-dashboard.resolver.js';
import {
  PartnerRelationshipConnectionResolver,
  PartnerRelationshipResolver,
} from '../features/partner-records/partner-relationship.resolver.js';
import { CompanyType } from '../features/partners/company.type.js';
import { CompanyContactPreferencesResolver } from '../features/partners/company-contact-preferences.resolver.js';
import { CompanyProfileResolver } from '../features/partners/company-profile.resolver.js';
import { CompanyTextResolver } from '../features/partners/company-text.resolver.js';
import { DirectoryListingResolver } from '../features/partners/directory-listing.resolver.js';
import { PartnerConnectionResolver, PartnerResolver } from '../features/partners/partner.resolver.js';
import { RequestProposalResolver, RequestResponseResolver } from '../features/requests/request-response.resolver.js';
import {
  TechnologyRequestConnectionResolver,
  TechnologyRequestResolver,
} from '../features/requests/technology-request.resolver.js';
import { SavedSearchResolver } from '../features/saved-searches/saved-search.resolver.js';
import { AccessReviewResolver } from '../features/services/access-review.resolver.js';
import { ServiceCapacityResolver } from '../features/services/capacity.resolver.js';
import { DeliveryResolver } from '../features/services/delivery.resolver.js';
import { EoiQuotesResolver, QuoteConnectionResolver, QuoteResolver } from '../features/services/quote.resolver.js';
import { ServiceRequestFormResolver } from '../features/services/service-request-form.resolver.js';
import { SitePageResolver } from '../features/site-pages/site-page.resolver.js';
import { PlatformAdminResolver, SectorAdminResolver } from '../features/taxonomy/taxonomy-admin.resolver.js';
import { createEventPubSub, type EventPubSub } from '../realtime/eoi-events.js';
import { authChecker } from './auth-checker.js';
import { NodeResolver } from './node.resolver.js';
import { checkArgumentText } from './text-input.js';

export function buildAppSchema(pubSub: EventPubSub = createEventPubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    pubSub,
    resolvers: [
      PartnerRelationshipResolver,
      PartnerRelationshipConnectionResolver,
      CompanyContactPreferencesResolver,
      CompanyAdminResolver,
      SectorAdminResolver,
      PlatformAdminResolver,
      AssetResolver,
      AssetConnectionResolver,
      InstitutionResolver,
      InstitutionTextResolver,
      PlatformResolver,
      PlatformTextResolver,
      SectorResolver,
      PartnerResolver,
      PartnerConnectionResolver,
      NodeResolver,
      AccountResolver,
      ExpressionOfInterestResolver,
      DisclosureResolver,
      ListingResolver,
      DisclosureListingResolver,
      DisclosureAttachmentResolver,
      DisclosureResearcherResolver,
      EoiEventsResolver,
      AccountSettingsResolver,
      InvitationResolver,
      AdminResolver,
      SitePageResolver,
      EmbedOriginResolver,
      CompanyProfileResolver,
      CompanyTextResolver,
      DirectoryListingResolver,
      ViewerResolver,
      UserResolver,
      SavedSearchResolver,
      MatchmakingResolver,
      AssetFeedbackResolver,
      ListingFeedbackResolver,
      TechnologyRequestResolver,
      TechnologyRequestConnectionResolver,
      RequestResponseResolver,
      RequestProposalResolver,
      OfficeDashboardResolver,
      AgreementResolver,
      AgreementConnectionResolver,
      EoiAgreementsResolver,
      ListingAvailabilityResolver,
      ServiceCapacityResolver,
      ServiceRequestFormResolver,
      QuoteResolver,
      QuoteConnectionResolver,
      EoiQuotesResolver,
      AccessReviewResolver,
      DeliveryResolver,
    ],
    authChecker,
    authMode: 'error',
    // Types reachable only through the Node interface.
    orphanedTypes: [AssetType, InstitutionType, PlatformType, SectorType, CompanyType, InventorType],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // Every argument's text (control characters, length) is checked once here, before any resolver runs.
    validate: false,
    validateFn: checkArgumentText,
    emitSchemaFile: false,
  });
}
