import {
  AgreementStatus,
  AgreementType,
  LicenseExclusivity,
  MilestoneKind,
  MilestoneStatus,
  RoyaltyReportingPeriod,
} from '@tt/shared/agreement-rules';
import {
  AssetKind,
  AssetOrder,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  PartneringModel,
  PricingModel,
} from '@tt/shared/asset-enums';
import { CompanySize, UserRole } from '@tt/shared/company-enums';
import {
  DisclosureRecommendation,
  DisclosureStatus,
  MarketPotential,
  Patentability,
  PublicDisclosureKind,
} from '@tt/shared/disclosure-transitions';
import { DeclineReason, EoiPriority, EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import { FeedbackReason, FeedbackSource } from '@tt/shared/feedback-enums';
import { Language } from '@tt/shared/languages';
import { ListingAvailability } from '@tt/shared/listing-availability';
import { RecommendationReasonKind } from '@tt/shared/matchmaking-enums';
import { PartnerStatus } from '@tt/shared/partner-rules';
import { QuoteDeclineReason, QuoteMove, QuoteStatus } from '@tt/shared/quote-rules';
import { AlertFrequency, SavedSearchScope } from '@tt/shared/saved-search-rules';
import { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { FormFieldKind } from '@tt/shared/service-request-forms';
import { PlatformKind, TaxonomyKind } from '@tt/shared/taxonomy-enums';
import {
  BudgetBand,
  ProposalStatus,
  RequestStatus,
  RequestVisibility,
  ResponseKind,
} from '@tt/shared/technology-request-enums';
import { registerEnumType } from 'type-graphql';

// Registered once, before any type that uses them is built.
registerEnumType(AssetKind, { name: 'AssetKind', description: 'What a listing offers' });
registerEnumType(AssetStatus, { name: 'AssetStatus' });
registerEnumType(IpStatus, { name: 'IpStatus', description: 'Intellectual-property protection of a listing' });
registerEnumType(PartneringModel, {
  name: 'PartneringModel',
  description: 'Ways a company can work with the institute',
});
registerEnumType(DevelopmentStage, { name: 'DevelopmentStage' });
registerEnumType(PricingModel, { name: 'PricingModel', description: 'How a service is priced' });
registerEnumType(AssetOrder, { name: 'AssetOrder', description: 'Order of catalogue results' });
registerEnumType(TaxonomyKind, { name: 'TaxonomyKind' });
registerEnumType(PlatformKind, { name: 'PlatformKind' });
registerEnumType(CompanySize, { name: 'CompanySize' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(Language, {
  name: 'Language',
  description:
    'A language the marketplace speaks: its interface, e-mails and content (English is the reference), and what a text people typed is written in',
});
registerEnumType(EoiStatus, { name: 'EoiStatus', description: 'Where an expression of interest stands' });
registerEnumType(InterestType, { name: 'InterestType' });
registerEnumType(FormFieldKind, { name: 'FormFieldKind', description: 'What a field of a request form asks for' });
registerEnumType(DeclineReason, { name: 'DeclineReason' });
registerEnumType(EoiPriority, { name: 'EoiPriority' });
registerEnumType(DisclosureStatus, { name: 'DisclosureStatus', description: 'Where an invention disclosure stands' });
registerEnumType(PublicDisclosureKind, { name: 'PublicDisclosureKind' });
registerEnumType(Patentability, { name: 'Patentability' });
registerEnumType(MarketPotential, { name: 'MarketPotential' });
registerEnumType(DisclosureRecommendation, { name: 'DisclosureRecommendation' });
registerEnumType(SavedSearchScope, { name: 'SavedSearchScope', description: 'What a saved search searches' });
registerEnumType(AlertFrequency, {
  name: 'AlertFrequency',
  description: 'How often a saved search e-mails what is new: never, within minutes, daily or weekly (07:00 Rome time)',
});
registerEnumType(FeedbackReason, { name: 'FeedbackReason', description: 'Why a company passed on a listing' });
registerEnumType(FeedbackSource, { name: 'FeedbackSource', description: 'Where a company gave its feedback' });
registerEnumType(RecommendationReasonKind, {
  name: 'RecommendationReasonKind',
  description: 'Why a listing is recommended to a company, or a company proposed to an office',
});
registerEnumType(RequestVisibility, {
  name: 'RequestVisibility',
  description: 'PUBLIC: in the Requests directory for everyone; OFFICES: for the institutes only',
});
registerEnumType(RequestStatus, { name: 'RequestStatus', description: 'Where a technology request stands' });
registerEnumType(BudgetBand, { name: 'BudgetBand', description: 'What a company means to spend, in euros' });
registerEnumType(ResponseKind, {
  name: 'ResponseKind',
  description: 'What an institute proposes: listings or expertise',
});
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'What the company did with a proposed listing',
});
registerEnumType(AgreementType, {
  name: 'AgreementType',
  description:
    'CDA (confidentiality), MTA (material transfer), option, licence, service agreement, research collaboration or sponsored research',
});
registerEnumType(AgreementStatus, { name: 'AgreementStatus', description: 'Where an agreement stands' });
registerEnumType(LicenseExclusivity, { name: 'LicenseExclusivity' });
registerEnumType(ListingAvailability, {
  name: 'ListingAvailability',
  description: "A listing's availability, from its options and licences in force",
  valuesConfig: {
    AVAILABLE: { description: 'No option or licence in force' },
    LICENSED_NON_EXCLUSIVELY: { description: 'Licensed non-exclusively: still available to others' },
    PARTLY_LICENSED: {
      description: 'An exclusive right limited to a field of use or a territory: available otherwise',
    },
    UNDER_OPTION: { description: 'Under an option covering the whole listing: closed to new expressions of interest' },
    LICENSED_EXCLUSIVELY: { description: 'Licensed exclusively as a whole: closed to new expressions of interest' },
  },
});
registerEnumType(ServiceCapacityStatus, {
  name: 'ServiceCapacityStatus',
  description: "A service's capacity, set by its office",
  valuesConfig: {
    ACCEPTING_REQUESTS: { description: 'Taking new requests' },
    FULLY_BOOKED: { description: 'Fully booked until a day (that day included)' },
    NOT_STATED: { description: 'Nothing stated' },
  },
});
registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: 'Upfront payment, milestone payment or annual fee',
});
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(RoyaltyReportingPeriod, { name: 'RoyaltyReportingPeriod' });
registerEnumType(PartnerStatus, {
  name: 'PartnerStatus',
  description: "An institute's relationship with a company, in the office's own words",
});

// Quotes (services): shared/src/quote-rules.ts.
registerEnumType(QuoteStatus, {
  name: 'QuoteStatus',
  description: 'SENT until accepted, declined or superseded by a revision; EXPIRED once its validity passed while sent',
});
registerEnumType(QuoteDeclineReason, { name: 'QuoteDeclineReason', description: 'Why a company declined a quote' });
registerEnumType(QuoteMove, { name: 'QuoteMove', description: 'What the viewer may do with a quote now' });
