/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from './graphql';

import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The values an error message names, by name (e.g. { "max": 200 }): a JSON object of strings and numbers */
  ErrorParams: { input: Readonly<Record<string, string | number>>; output: Readonly<Record<string, string | number>>; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

export type AcceptInvitationInput = {
  /** The version of the terms of use (sitePage(key: TERMS).version) the person read and accepted; required (TERMS_NOT_ACCEPTED without it, TERMS_CHANGED when no longer the current one) */
  acceptedTermsVersion?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** The token from the invitation link */
  token: Scalars['String']['input'];
};

export type AcceptQuoteInput = {
  quoteId: Scalars['ID']['input'];
};

/** What a biobank request asks for */
export type AccessMaterial =
  | 'DATA'
  | 'SAMPLES';

/** PENDING (nothing decided), APPROVED, REJECTED (ends the path) or CHANGES_REQUESTED (decided again later) */
export type AccessReviewOutcome =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'PENDING'
  | 'REJECTED';

/** A step of a biobank request's access path, in order: scientific review, ethics review, agreement */
export type AccessReviewStep =
  | 'AGREEMENT'
  | 'ETHICS_REVIEW'
  | 'SCIENTIFIC_REVIEW';

export type AddAgreementMilestoneInput = {
  agreementId: Scalars['ID']['input'];
  /** In euro cents */
  amountCents: Scalars['SafeInt']['input'];
  /** YYYY-MM-DD; a due date or a trigger is required */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** What it is paid for: 3 to 300 characters */
  event: Scalars['String']['input'];
  kind: MilestoneKind;
  /** Received only: in euro cents */
  receivedAmountCents?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Received only: YYYY-MM-DD */
  receivedOn?: InputMaybe<Scalars['String']['input']>;
  /** EXPECTED by default */
  status?: InputMaybe<MilestoneStatus>;
  /** The event that makes it due */
  trigger?: InputMaybe<Scalars['String']['input']>;
};

export type AddDisclosureResearcherInput = {
  disclosureId: Scalars['ID']['input'];
  /** The e-mail of a researcher account of the disclosure's institute */
  email: Scalars['String']['input'];
};

export type AddPartnerContactInput = {
  contact: PartnerContactFieldsInput;
  relationshipId: Scalars['ID']['input'];
};

/** Values within a list are alternatives; filters combine with AND */
export type AgreementFilter = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Those made from (or closing) this expression of interest */
  eoiId?: InputMaybe<Scalars['ID']['input']>;
  /** Admins: one institute */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Those covering this listing */
  listingId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<AgreementStatus>>;
  types?: InputMaybe<Array<AgreementType>>;
};

/** Where an agreement stands */
export type AgreementStatus =
  | 'ABANDONED'
  | 'ACTIVE'
  | 'DRAFTING'
  | 'EXPIRED'
  | 'SIGNED'
  | 'TERMINATED'
  | 'UNDER_NEGOTIATION';

/** CDA (confidentiality), MTA (material transfer), option, licence, service agreement, research collaboration or sponsored research */
export type AgreementType =
  | 'CDA'
  | 'LICENSE'
  | 'MTA'
  | 'OPTION'
  | 'RESEARCH_COLLABORATION'
  | 'SERVICE_AGREEMENT';

/** How often a saved search e-mails what is new: never, within minutes, daily or weekly (07:00 Rome time) */
export type AlertFrequency =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'OFF'
  | 'WEEKLY';

export type AssessDisclosureInput = {
  id: Scalars['ID']['input'];
  marketPotential?: InputMaybe<MarketPotential>;
  notes?: InputMaybe<Scalars['String']['input']>;
  patentability?: InputMaybe<Patentability>;
  recommendation?: InputMaybe<DisclosureRecommendation>;
};

/** Values within a list are alternatives; lists combine with AND */
export type AssetFilter = {
  availabilities?: InputMaybe<Array<ListingAvailability>>;
  /** Services with one of these capacities (ACCEPTING_REQUESTS: "accepting requests"); other kinds never match */
  capacities?: InputMaybe<Array<ServiceCapacityStatus>>;
  /** Institute slugs or ids */
  institutions?: InputMaybe<Array<Scalars['String']['input']>>;
  ipStatuses?: InputMaybe<Array<IpStatus>>;
  kinds?: InputMaybe<Array<AssetKind>>;
  partneringModels?: InputMaybe<Array<PartneringModel>>;
  /** Sector or therapeutic-area slugs or ids; children included */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  trlMax?: InputMaybe<Scalars['Int']['input']>;
  trlMin?: InputMaybe<Scalars['Int']['input']>;
};

/** What a listing offers */
export type AssetKind =
  | 'INVENTION'
  | 'PROTOTYPE'
  | 'SERVICE';

/** Order of catalogue results */
export type AssetOrder =
  | 'NEWEST'
  | 'RELEVANCE'
  | 'TITLE';

export type AssetStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

export type AssignDisclosureInput = {
  /** An officer of the institute; null to unassign */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};

export type AssignExpressionOfInterestInput = {
  /** An officer of the institute; null to unassign */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};

/** What a company means to spend, in euros */
export type BudgetBand =
  | 'ABOVE_1M'
  | 'BELOW_50K'
  | 'FROM_50K_TO_250K'
  | 'FROM_250K_TO_1M';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type CloseTechnologyRequestInput = {
  id: Scalars['ID']['input'];
  /** FULFILLED or CLOSED */
  status: RequestStatus;
};

export type CompanyContactPersonInput = {
  /** By e-mail, at their account's address */
  byEmail: Scalars['Boolean']['input'];
  /** By phone, at this number */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A member of your company */
  userId: Scalars['ID']['input'];
};

export type CompanySize =
  | 'LARGE'
  | 'MID_CAP'
  | 'SME'
  | 'STARTUP';

/** A new agreement, in DRAFTING: from an EoI (its company, listing and type come along) or on its own */
export type CreateAgreementInput = {
  /** Required unless from an EoI */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  /** Licences only */
  exclusivity?: InputMaybe<LicenseExclusivity>;
  /** YYYY-MM-DD, after the effective date */
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  /** Licences only */
  fieldOfUse?: InputMaybe<Scalars['String']['input']>;
  /** An EoI of the office's institute in review, in discussion, in negotiation or agreed */
  fromEoiId?: InputMaybe<Scalars['ID']['input']>;
  /** Admins name the institute; an officer's is their own */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Listings of the agreement's institute it covers (replaces them all) */
  listingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The office's internal notes */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An active officer of the institute; by default the officer recording it */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Options and licences: basis points, 0 to 10000 */
  royaltyRateBasisPoints?: InputMaybe<Scalars['Int']['input']>;
  /** Options and licences */
  royaltyReportingPeriod?: InputMaybe<RoyaltyReportingPeriod>;
  /** YYYY-MM-DD */
  signatureDate?: InputMaybe<Scalars['String']['input']>;
  termsSharedWithInventors?: InputMaybe<Scalars['Boolean']['input']>;
  /** Licences only */
  territory?: InputMaybe<Scalars['String']['input']>;
  /** 3 to 200 characters */
  title?: InputMaybe<Scalars['String']['input']>;
  /** On creation from an EoI, its interest type decides it when left out */
  type?: InputMaybe<AgreementType>;
};

export type CreateInstitutionInput = {
  city: Scalars['String']['input'];
  /** The city as Italian names it (Milano); empty where the same */
  cityIt?: InputMaybe<Scalars['String']['input']>;
  /** The technology-transfer office's public mailbox */
  contactEmail: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2; IT when left out */
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; empty until translated */
  descriptionIt?: InputMaybe<Scalars['String']['input']>;
  mission?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; empty until translated */
  missionIt?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Research networks it belongs to */
  networks?: InputMaybe<Array<Scalars['String']['input']>>;
  region: Scalars['String']['input'];
  /** The region as Italian names it (Lombardia); empty where the same */
  regionIt?: InputMaybe<Scalars['String']['input']>;
  shortName: Scalars['String']['input'];
  /** Lower-case letters, digits and dashes, e.g. irst */
  slug: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A new draft listing: from scratch, or pre-filled from an accepted disclosure of the institute */
export type CreateListingInput = {
  /** An ACCEPTED disclosure without a listing yet */
  fromDisclosureId?: InputMaybe<Scalars['ID']['input']>;
  /** Admins: the institute (or the disclosure's). Officers: their own institute, the default */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  kind: AssetKind;
  /** Empty with fromDisclosureId: the disclosure's title */
  title: Scalars['String']['input'];
};

/** The office starts its record of a company */
export type CreatePartnerRelationshipInput = {
  companyId: Scalars['ID']['input'];
  /** Admins name the institute; an officer's is their own */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An active officer of the institute */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status: PartnerStatus;
};

/** A new research platform of an institute */
export type CreatePlatformInput = {
  capabilities: Array<Scalars['String']['input']>;
  capabilitiesIt: Array<Scalars['String']['input']>;
  /** English (the reference) */
  description: Scalars['String']['input'];
  /** Italian; empty until translated */
  descriptionIt: Scalars['String']['input'];
  institutionId: Scalars['ID']['input'];
  kind: PlatformKind;
  name: Scalars['String']['input'];
};

/** A new term of the taxonomy, under a parent or at the top */
export type CreateSectorInput = {
  /** A top-level term's kind; under a parent, the parent's */
  kind?: InputMaybe<TaxonomyKind>;
  labelEn: Scalars['String']['input'];
  labelIt: Scalars['String']['input'];
  /** The term it goes under (in use); none: at the top */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type DecideAccessReviewStepInput = {
  eoiId: Scalars['ID']['input'];
  /** A short note the company reads too */
  note?: InputMaybe<Scalars['String']['input']>;
  /** APPROVED, REJECTED or CHANGES_REQUESTED */
  outcome: AccessReviewOutcome;
  /** SCIENTIFIC_REVIEW or ETHICS_REVIEW, in order */
  step: AccessReviewStep;
};

export type DeclineProposalInput = {
  /** In your own words (optional, at most 1000 characters) */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The RequestProposal */
  proposalId: Scalars['ID']['input'];
  /** Why the listing does not fit */
  reason: FeedbackReason;
};

export type DeclineQuoteInput = {
  /** At most 2000 characters */
  comment?: InputMaybe<Scalars['String']['input']>;
  quoteId: Scalars['ID']['input'];
  reason: QuoteDeclineReason;
};

export type DeclineReason =
  | 'ASSET_UNAVAILABLE'
  | 'BENEFIT_UNCLEAR'
  | 'COMMERCIAL_ROUTE_UNCLEAR'
  | 'DUPLICATE'
  | 'NO_FIT'
  | 'OTHER'
  | 'TOO_EARLY_STAGE';

export type DeleteSavedSearchInput = {
  id: Scalars['ID']['input'];
};

/** A service request delivery milestone, in order (samples received is optional) */
export type DeliveryMilestone =
  | 'DATA_DELIVERED'
  | 'INVOICED'
  | 'IN_PROGRESS'
  | 'SAMPLES_RECEIVED';

export type DevelopmentStage =
  | 'CLINICAL_TRIAL'
  | 'CLINICAL_VALIDATION'
  | 'DISCOVERY'
  | 'IN_SERVICE'
  | 'MARKET_READY'
  | 'PRECLINICAL'
  | 'PROOF_OF_CONCEPT';

export type DisclosureFilterInput = {
  /** Whose: "mine", "none" (unassigned) or an officer id; anyone when absent */
  assigneeId?: InputMaybe<Scalars['String']['input']>;
  /** One institute's (admins; an officer's scope is their own already) */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<DisclosureStatus>>;
};

export type DisclosureIdInput = {
  id: Scalars['ID']['input'];
};

export type DisclosureInventorInput = {
  affiliation: Scalars['String']['input'];
  contributionShare: Scalars['Float']['input'];
  name: Scalars['String']['input'];
};

export type DisclosureRecommendation =
  | 'DO_NOT_PURSUE'
  | 'FILE_PATENT'
  | 'NEEDS_MORE_DATA'
  | 'PROTECT_AS_KNOW_HOW'
  | 'PUBLISH_OPENLY';

/** Where an invention disclosure stands */
export type DisclosureStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'DRAFT'
  | 'INFO_REQUESTED'
  | 'PUBLISHED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type DismissRecommendationInput = {
  assetId: Scalars['ID']['input'];
  /** Optional, at most 1000 characters */
  comment?: InputMaybe<Scalars['String']['input']>;
  reason: FeedbackReason;
};

/** A website allowed (or no longer allowed) to show an institute's listings widget */
export type EmbedOriginInput = {
  institutionId: Scalars['ID']['input'];
  /** The site’s address, https://host[:port]; a path is ignored */
  origin: Scalars['String']['input'];
};

export type EoiPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Where an expression of interest stands */
export type EoiStatus =
  | 'AGREED'
  | 'DECLINED'
  | 'IN_DISCUSSION'
  | 'IN_REVIEW'
  | 'NEGOTIATION'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ExpressInterestInProposalInput = {
  interestType: InterestType;
  /** The message of the expression of interest: at least 30 characters */
  message: Scalars['String']['input'];
  /** The RequestProposal */
  proposalId: Scalars['ID']['input'];
};

export type ExpressionOfInterestFilter = {
  assetId?: InputMaybe<Scalars['ID']['input']>;
  /** An officer id, or "none" for unassigned */
  assigneeId?: InputMaybe<Scalars['String']['input']>;
  /** A company's other EoIs (the office's view) */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** One institute's (admins; an officer's scope is their own already) */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<AssetKind>>;
  /** Submitted at least this many days ago */
  minAgeDays?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priorities?: InputMaybe<Array<EoiPriority>>;
  /** Text in the asset title, the company name or the message */
  query?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<EoiStatus>>;
};

export type ExpressionOfInterestIdInput = {
  id: Scalars['ID']['input'];
};

/** Why a company passed on a listing */
export type FeedbackReason =
  | 'COMMERCIAL_POTENTIAL'
  | 'HAVE_SOLUTION'
  | 'IP_POSITION'
  | 'NEED_MORE_DATA'
  | 'NOT_IN_FOCUS'
  | 'OTHER'
  | 'TIMING_BUDGET'
  | 'TOO_EARLY';

/** Where a company gave its feedback */
export type FeedbackSource =
  | 'EOI_WITHDRAWN'
  | 'PROPOSAL_DECLINED'
  | 'RECOMMENDATION_DISMISSED';

export type FormChoiceOptionInput = {
  key: Scalars['String']['input'];
  labelEn: Scalars['String']['input'];
  labelIt: Scalars['String']['input'];
};

export type FormFieldInput = {
  helpEn?: InputMaybe<Scalars['String']['input']>;
  helpIt?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  kind: FormFieldKind;
  labelEn: Scalars['String']['input'];
  labelIt: Scalars['String']['input'];
  max?: InputMaybe<Scalars['Int']['input']>;
  min?: InputMaybe<Scalars['Int']['input']>;
  options?: InputMaybe<Array<FormChoiceOptionInput>>;
  required: Scalars['Boolean']['input'];
};

/** What a field of a request form asks for */
export type FormFieldKind =
  | 'BUDGET_BAND'
  | 'CHOICE'
  | 'DATE'
  | 'INTEGER'
  | 'LONG_TEXT'
  | 'TEXT';

export type FundingSourceInput = {
  funder: Scalars['String']['input'];
  grantNumber?: InputMaybe<Scalars['String']['input']>;
  obligations: Scalars['String']['input'];
};

export type InterestType =
  | 'CO_DEVELOPMENT'
  | 'INVESTMENT'
  | 'LICENSE'
  | 'MATERIAL_TRANSFER'
  | 'OPTION'
  | 'OTHER'
  | 'SERVICE_REQUEST'
  | 'SPONSORED_RESEARCH';

/** Where an invitation stands */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteCompanyToLookInput = {
  /** A published listing of the office's institute */
  assetId: Scalars['ID']['input'];
  companyId: Scalars['ID']['input'];
  /** The officer's note to the company, at most 1000 characters */
  message?: InputMaybe<Scalars['String']['input']>;
};

/** Invite someone by e-mail. Officers may leave out institutionId (their own institute), company members companyId (their own company). */
export type InviteUserInput = {
  /** For company members */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  /** For researchers and officers */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** For platform managers: platforms of the invitation's institute */
  platformIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  role: UserRole;
};

/** Intellectual-property protection of a listing */
export type IpStatus =
  | 'COPYRIGHT'
  | 'KNOW_HOW'
  | 'NONE'
  | 'PATENT_GRANTED'
  | 'PATENT_PENDING'
  | 'TRADEMARK';

/** A language the marketplace speaks: its interface, e-mails and content (English is the reference), and what a text people typed is written in */
export type Language =
  | 'EN'
  | 'IT';

export type LicenseExclusivity =
  | 'EXCLUSIVE'
  | 'NON_EXCLUSIVE'
  | 'SOLE';

/** A listing's availability, from its options and licences in force */
export type ListingAvailability =
  /** No option or licence in force */
  | 'AVAILABLE'
  /** Licensed exclusively as a whole: closed to new expressions of interest */
  | 'LICENSED_EXCLUSIVELY'
  /** Licensed non-exclusively: still available to others */
  | 'LICENSED_NON_EXCLUSIVELY'
  /** An exclusive right limited to a field of use or a territory: available otherwise */
  | 'PARTLY_LICENSED'
  /** Under an option covering the whole listing: closed to new expressions of interest */
  | 'UNDER_OPTION';

export type ListingAvailabilityWatchInput = {
  assetId: Scalars['ID']['input'];
};

export type ListingIdInput = {
  id: Scalars['ID']['input'];
};

/** An inventor's public name and affiliation */
export type ListingInventorInput = {
  affiliation: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type LogInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MarketPotential =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'UNCLEAR';

/** Merges a duplicate company into another one */
export type MergeCompaniesInput = {
  /** The duplicate: everything of it moves to the target, then it is deleted */
  sourceId: Scalars['ID']['input'];
  /** The company that stays */
  targetId: Scalars['ID']['input'];
};

/** Upfront payment, milestone payment or annual fee */
export type MilestoneKind =
  | 'ANNUAL_FEE'
  | 'MILESTONE'
  | 'UPFRONT';

export type MilestoneStatus =
  | 'EXPECTED'
  | 'INVOICED'
  | 'RECEIVED';

/** Moves a company member to another company; their EoIs stay with the company that sent them */
export type MoveCompanyMemberInput = {
  /** The company they move to */
  companyId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

/** The company a new member creates at sign-up */
export type NewCompanyInput = {
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  size: CompanySize;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type OfficeListingFilter = {
  /** One institute's (admins; an officer's scope is their own already) */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the title or slug */
  query?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<AssetStatus>>;
};

export type PartnerContactFieldsInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

export type PartnerFilter = {
  /** ISO 3166-1 alpha-2 codes */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sector slugs; children included */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  sizes?: InputMaybe<Array<CompanySize>>;
};

export type PartnerRelationshipFilter = {
  /** Admins: one institute (officers always see their own) */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Records this officer owns */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<PartnerStatus>>;
};

/** An institute's relationship with a company, in the office's own words */
export type PartnerStatus =
  | 'FORMER_PARTNER'
  | 'IN_CONTACT'
  | 'PARTNER'
  | 'PROSPECT';

/** Ways a company can work with the institute */
export type PartneringModel =
  | 'CO_DEVELOPMENT'
  | 'LICENSE_EXCLUSIVE'
  | 'LICENSE_NON_EXCLUSIVE'
  | 'MATERIAL_TRANSFER'
  | 'OPTION'
  | 'SERVICE_AGREEMENT'
  | 'SPONSORED_RESEARCH';

export type Patentability =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'UNCLEAR';

export type PlatformKind =
  | 'ANIMAL_FACILITY'
  | 'BIOBANK'
  | 'BIOSCIENCE_LAB'
  | 'BIOSTATISTICS'
  | 'GENOMICS'
  | 'RADIOTHERAPY';

export type PostDisclosureMessageInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type PostExpressionOfInterestMessageInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** An internal note of the office (never shown to the company) */
  internal?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How a service is priced */
export type PricingModel =
  | 'COLLABORATIVE'
  | 'FEE_FOR_SERVICE'
  | 'PER_SAMPLE'
  | 'PROJECT_QUOTE';

/** What the company did with a proposed listing */
export type ProposalStatus =
  | 'DECLINED'
  | 'INTEREST_EXPRESSED'
  | 'PROPOSED';

export type PublicDisclosureInput = {
  /** YYYY-MM-DD */
  date: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  kind: PublicDisclosureKind;
  venue: Scalars['String']['input'];
};

export type PublicDisclosureKind =
  | 'PAST'
  | 'PLANNED';

export type PublishTechnologyRequestInput = {
  budgetBand?: InputMaybe<BudgetBand>;
  /** The last day it is open (YYYY-MM-DD): after today, at most 18 months on */
  deadline: Scalars['String']['input'];
  /** What is sought: at least 50 characters */
  description: Scalars['String']['input'];
  /** Why: the problem behind it, the use it is for */
  motivation?: InputMaybe<Scalars['String']['input']>;
  partneringModels: Array<PartneringModel>;
  /** Sectors or therapeutic areas of the taxonomy: 1 to 10 */
  sectorIds: Array<Scalars['ID']['input']>;
  /** At least 10 characters */
  title: Scalars['String']['input'];
  trlMax: Scalars['Int']['input'];
  trlMin: Scalars['Int']['input'];
  visibility: RequestVisibility;
};

/** Why a company declined a quote */
export type QuoteDeclineReason =
  | 'BUDGET_NOT_APPROVED'
  | 'FOUND_ANOTHER_PROVIDER'
  | 'OTHER'
  | 'PRICE'
  | 'SCOPE'
  | 'TIMELINE';

/** A line of a quote; its figures are computed, never sent */
export type QuoteLineInput = {
  /** 2 to 300 characters */
  description: Scalars['String']['input'];
  /** The quantity in hundredths (1.5 hours = 150): 0.01 to 1,000,000 */
  quantityHundredths: Scalars['Int']['input'];
  /** sample, hour, animal…; at most 40 characters */
  unit: Scalars['String']['input'];
  /** In euro cents; negative for a discount line */
  unitPriceCents: Scalars['SafeInt']['input'];
  /** In basis points, 0 to 10000; 2200 (22 %) when left out */
  vatBasisPoints?: InputMaybe<Scalars['Int']['input']>;
};

/** What the viewer may do with a quote now */
export type QuoteMove =
  | 'ACCEPT'
  | 'DECLINE'
  | 'REVISE';

/** SENT until accepted, declined or superseded by a revision; EXPIRED once its validity passed while sent */
export type QuoteStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'SENT'
  | 'SUPERSEDED';

/** Why a listing is recommended to a company, or a company proposed to an office */
export type RecommendationReasonKind =
  | 'INTEREST'
  | 'REQUEST'
  | 'SECTOR'
  | 'SIMILAR_TO_INTEREST'
  | 'TRL_RANGE';

export type RecordDeliveryMilestoneInput = {
  /** The service request (an ExpressionOfInterest id) */
  eoiId: Scalars['ID']['input'];
  /** The next one (see ServiceDelivery.nextMilestones) */
  milestone: DeliveryMilestone;
  /** A short note the company reads too */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type RemoveAgreementAttachmentInput = {
  id: Scalars['ID']['input'];
};

export type RemoveAgreementMilestoneInput = {
  id: Scalars['ID']['input'];
};

export type RemoveDisclosureAttachmentInput = {
  /** The DisclosureAttachment */
  id: Scalars['ID']['input'];
};

export type RemoveDisclosureResearcherInput = {
  disclosureId: Scalars['ID']['input'];
  /** The User to take off the disclosure */
  userId: Scalars['ID']['input'];
};

export type RemovePartnerContactInput = {
  id: Scalars['ID']['input'];
};

export type RemoveServiceFileInput = {
  id: Scalars['ID']['input'];
};

/** New labels for a term in use; its slug stays */
export type RenameSectorInput = {
  id: Scalars['ID']['input'];
  labelEn: Scalars['String']['input'];
  labelIt: Scalars['String']['input'];
};

/** A published or expired listing and its new expiry date */
export type RenewListingInput = {
  /** YYYY-MM-DD, today or later */
  expiresOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

/** Where a technology request stands */
export type RequestStatus =
  | 'CLOSED'
  | 'EXPIRED'
  | 'FULFILLED'
  | 'OPEN';

/** PUBLIC: in the Requests directory for everyone; OFFICES: for the institutes only */
export type RequestVisibility =
  | 'OFFICES'
  | 'PUBLIC';

export type ResendInvitationInput = {
  id: Scalars['ID']['input'];
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type ResetServiceRequestFormInput = {
  assetId: Scalars['ID']['input'];
};

export type RespondToTechnologyRequestInput = {
  /** EXPERTISE: a researcher (User) of your institute */
  expertId?: InputMaybe<Scalars['ID']['input']>;
  kind: ResponseKind;
  /** LISTINGS: 1 to 10 of your institute's published listings */
  listingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the office tells the company: at least 20 characters */
  message: Scalars['String']['input'];
  /** The TechnologyRequest (open) */
  requestId: Scalars['ID']['input'];
};

/** What an institute proposes: listings or expertise */
export type ResponseKind =
  | 'EXPERTISE'
  | 'LISTINGS';

/** Retires a platform: gone from public pages and pickers; what named it keeps it */
export type RetirePlatformInput = {
  id: Scalars['ID']['input'];
};

/** Retires a term: everything that used it moves to the replacement */
export type RetireSectorInput = {
  id: Scalars['ID']['input'];
  /** A term in use, of the same kind, not under the one retired */
  replacementId: Scalars['ID']['input'];
};

/** An administrator's or an officer's answer to a company's request to be listed in the directory */
export type ReviewDirectoryListingInput = {
  /** true lists the company at once; false declines, and it stays out of the directory */
  approve: Scalars['Boolean']['input'];
  companyId: Scalars['ID']['input'];
};

/** The next version: it supersedes the quote revised */
export type ReviseQuoteInput = {
  /** Payment and other conditions */
  conditions?: InputMaybe<Scalars['String']['input']>;
  /** When the results come, in words */
  deliveryEstimate?: InputMaybe<Scalars['String']['input']>;
  /** When the results come, in weeks after acceptance */
  deliveryWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50 lines, in order */
  lines: Array<QuoteLineInput>;
  quoteId: Scalars['ID']['input'];
  /** YYYY-MM-DD: the last day it may be accepted; after today */
  validUntil: Scalars['String']['input'];
};

export type RevokeInvitationInput = {
  id: Scalars['ID']['input'];
};

export type RevokeSessionInput = {
  id: Scalars['ID']['input'];
};

export type RoyaltyReportingPeriod =
  | 'ANNUAL'
  | 'QUARTERLY'
  | 'SEMI_ANNUAL';

/** The whole form as it is now; without id a new draft is made */
export type SaveDisclosureDraftInput = {
  abstract?: InputMaybe<Scalars['String']['input']>;
  commercialApplications?: InputMaybe<Scalars['String']['input']>;
  /** The version the edit started from; required with id */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fundingSources?: InputMaybe<Array<FundingSourceInput>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  inventors?: InputMaybe<Array<DisclosureInventorInput>>;
  novelty?: InputMaybe<Scalars['String']['input']>;
  priorArt?: InputMaybe<Scalars['String']['input']>;
  problem?: InputMaybe<Scalars['String']['input']>;
  publicDisclosures?: InputMaybe<Array<PublicDisclosureInput>>;
  solution?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  trl?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveSearchInput = {
  /** Default OFF */
  alertFrequency?: InputMaybe<AlertFrequency>;
  /** A catalogue search's filters (scope CATALOGUE) */
  filter?: InputMaybe<AssetFilter>;
  name: Scalars['String']['input'];
  query?: InputMaybe<Scalars['String']['input']>;
  /** A Requests search's filters (scope REQUESTS; `mine` is refused: an office has no requests) */
  requestFilter?: InputMaybe<TechnologyRequestFilter>;
  /** Default CATALOGUE */
  scope?: InputMaybe<SavedSearchScope>;
};

export type SaveServiceRequestFormInput = {
  /** A service listing */
  assetId: Scalars['ID']['input'];
  fields: Array<FormFieldInput>;
};

/** An administrator saves one of the network's pages in one language */
export type SaveSitePageInput = {
  /** The version the editor opened: a save on top of a newer one is refused */
  expectedVersion: Scalars['Int']['input'];
  key: SitePageKey;
  language: Language;
  /** Markdown; raw HTML is shown as text */
  markdown: Scalars['String']['input'];
};

/** A search as its scope's page takes it: words and filters */
export type SavedSearchQueryInput = {
  /** A catalogue search's filters (scope CATALOGUE) */
  filter?: InputMaybe<AssetFilter>;
  query?: InputMaybe<Scalars['String']['input']>;
  /** A Requests search's filters (scope REQUESTS; `mine` is refused: an office has no requests) */
  requestFilter?: InputMaybe<TechnologyRequestFilter>;
};

/** What a saved search searches */
export type SavedSearchScope =
  | 'CATALOGUE'
  | 'REQUESTS';

export type SendQuoteInput = {
  /** Payment and other conditions */
  conditions?: InputMaybe<Scalars['String']['input']>;
  /** When the results come, in words */
  deliveryEstimate?: InputMaybe<Scalars['String']['input']>;
  /** When the results come, in weeks after acceptance */
  deliveryWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** A service request (EoI) of the viewer’s institute */
  eoiId: Scalars['ID']['input'];
  /** 1 to 50 lines, in order */
  lines: Array<QuoteLineInput>;
  /** YYYY-MM-DD: the last day it may be accepted; after today */
  validUntil: Scalars['String']['input'];
};

/** An answer to a field of the listing's request form */
export type ServiceAnswerInput = {
  key: Scalars['String']['input'];
  /** A number, a text, an ISO date (YYYY-MM-DD) or an option key; empty: not answered */
  value: Scalars['String']['input'];
};

/** A service's capacity, set by its office */
export type ServiceCapacityStatus =
  /** Taking new requests */
  | 'ACCEPTING_REQUESTS'
  /** Fully booked until a day (that day included) */
  | 'FULLY_BOOKED'
  /** Nothing stated */
  | 'NOT_STATED';

/** DELIVERY (the office's delivered files) or ETHICS_APPROVAL (the company's, for biobank requests) */
export type ServiceFilePurpose =
  | 'DELIVERY'
  | 'ETHICS_APPROVAL';

/** A member says who of the company's people the institutes may contact, and how (replaces it all) */
export type SetCompanyContactPreferencesInput = {
  /** "How to reach us" */
  note: Scalars['String']['input'];
  people: Array<CompanyContactPersonInput>;
};

export type SetExpressionOfInterestPriorityInput = {
  id: Scalars['ID']['input'];
  priority: EoiPriority;
};

export type SetLanguageInput = {
  language: Language;
};

/** A service listing's capacity (the whole of it, replaced) */
export type SetServiceCapacityInput = {
  /** YYYY-MM-DD after today: required when FULLY_BOOKED, else null */
  fullyBookedUntil?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** YYYY-MM-DD, today or later; only when ACCEPTING_REQUESTS */
  nextSlotOn?: InputMaybe<Scalars['String']['input']>;
  status: ServiceCapacityStatus;
  /** 1–104 weeks, not below turnaroundWeeksMin (a range) */
  turnaroundWeeksMax?: InputMaybe<Scalars['Int']['input']>;
  /** 1–104 weeks */
  turnaroundWeeksMin?: InputMaybe<Scalars['Int']['input']>;
};

export type SetUserDisabledInput = {
  /** true ends all their sessions and refuses sign-in; false lets them in again */
  disabled: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

/** Researchers and officers need institutionId, company members companyId, administrators neither */
export type SetUserRoleInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** For platform managers: the platforms they manage (of their institute) */
  platformIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  role: UserRole;
  userId: Scalars['ID']['input'];
};

/** A company member signs up: with `company` to create the company's profile, or with `invitationToken` to join one */
export type SignUpInput = {
  /** The version of the terms of use (sitePage(key: TERMS).version) the person read and accepted; required (TERMS_NOT_ACCEPTED without it, TERMS_CHANGED when no longer the current one) */
  acceptedTermsVersion?: InputMaybe<Scalars['Int']['input']>;
  company?: InputMaybe<NewCompanyInput>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** The network's own pages: about, privacy notice, terms of use, cookie notice */
export type SitePageKey =
  | 'ABOUT'
  | 'COOKIES'
  | 'PRIVACY'
  | 'TERMS';

export type SitePagePreviewInput = {
  /** Markdown, as the editor holds it */
  markdown: Scalars['String']['input'];
};

export type StartAccessAgreementInput = {
  eoiId: Scalars['ID']['input'];
};

/** The company's statement of its biobank request */
export type StateAccessRequestInput = {
  /** The service request (an ExpressionOfInterest id) */
  eoiId: Scalars['ID']['input'];
  material: AccessMaterial;
  /** 20 to 4000 characters */
  projectSummary: Scalars['String']['input'];
  /** 3 to 200 characters */
  projectTitle: Scalars['String']['input'];
};

export type SubmitExpressionOfInterestInput = {
  assetId: Scalars['ID']['input'];
  /** Chosen by the client once per submission; a retry with the same key returns the same EoI */
  idempotencyKey: Scalars['String']['input'];
  intendedUse?: InputMaybe<Scalars['String']['input']>;
  interestType: InterestType;
  /** At least 30 characters */
  message: Scalars['String']['input'];
  ndaRequested?: InputMaybe<Scalars['Boolean']['input']>;
  /** A SERVICE_REQUEST on a service listing: the answers to the listing's request form */
  serviceAnswers?: InputMaybe<Array<ServiceAnswerInput>>;
  timeline?: InputMaybe<Scalars['String']['input']>;
};

export type TaxonomyKind =
  | 'SECTOR'
  | 'THERAPEUTIC_AREA';

/** Values within a list are alternatives; lists combine with AND */
export type TechnologyRequestFilter = {
  /** Only your own company's requests */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  partneringModels?: InputMaybe<Array<PartneringModel>>;
  /** Sector or therapeutic-area slugs or ids; children included */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  statuses?: InputMaybe<Array<RequestStatus>>;
  trlMax?: InputMaybe<Scalars['Int']['input']>;
  /** With trlMax: requests whose TRL range overlaps this one */
  trlMin?: InputMaybe<Scalars['Int']['input']>;
};

export type TokenInput = {
  /** The token from the e-mailed link */
  token: Scalars['String']['input'];
};

/** A move of the workflow, with the dates the new status needs when not yet recorded */
export type TransitionAgreementInput = {
  /** YYYY-MM-DD; required to activate when not yet recorded */
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** YYYY-MM-DD; required to sign when not yet recorded */
  signatureDate?: InputMaybe<Scalars['String']['input']>;
  to: AgreementStatus;
};

export type TransitionDisclosureInput = {
  id: Scalars['ID']['input'];
  /** Required to request information or decline */
  reason?: InputMaybe<Scalars['String']['input']>;
  to: DisclosureStatus;
};

export type TransitionExpressionOfInterestInput = {
  /** Moving to AGREED only, optional: the agreement that closed it (one of the same institute and company, made from this EoI or from none) */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Required to decline */
  declineReason?: InputMaybe<DeclineReason>;
  /** Withdrawing only, with a feedbackReason: at most 1000 characters */
  feedbackComment?: InputMaybe<Scalars['String']['input']>;
  /** Withdrawing only, optional: why the company passes on the listing (its office reads it) */
  feedbackReason?: InputMaybe<FeedbackReason>;
  id: Scalars['ID']['input'];
  /** A message for the company; required to decline */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The office's reason, recorded in the history (office only) */
  reason?: InputMaybe<Scalars['String']['input']>;
  to: EoiStatus;
};

export type UnsubscribeAlertsInput = {
  /** The token of an alert e-mail's unsubscribe link */
  token: Scalars['String']['input'];
};

export type UpdateAgreementInput = {
  /** YYYY-MM-DD */
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  /** Licences only */
  exclusivity?: InputMaybe<LicenseExclusivity>;
  /** YYYY-MM-DD, after the effective date */
  expiryDate?: InputMaybe<Scalars['String']['input']>;
  /** Licences only */
  fieldOfUse?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Listings of the agreement's institute it covers (replaces them all) */
  listingIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The office's internal notes */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** An active officer of the institute; by default the officer recording it */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Options and licences: basis points, 0 to 10000 */
  royaltyRateBasisPoints?: InputMaybe<Scalars['Int']['input']>;
  /** Options and licences */
  royaltyReportingPeriod?: InputMaybe<RoyaltyReportingPeriod>;
  /** YYYY-MM-DD */
  signatureDate?: InputMaybe<Scalars['String']['input']>;
  termsSharedWithInventors?: InputMaybe<Scalars['Boolean']['input']>;
  /** Licences only */
  territory?: InputMaybe<Scalars['String']['input']>;
  /** 3 to 200 characters */
  title?: InputMaybe<Scalars['String']['input']>;
  /** On creation from an EoI, its interest type decides it when left out */
  type?: InputMaybe<AgreementType>;
};

/** The payment as it now is */
export type UpdateAgreementMilestoneInput = {
  /** In euro cents */
  amountCents: Scalars['SafeInt']['input'];
  /** YYYY-MM-DD; a due date or a trigger is required */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** What it is paid for: 3 to 300 characters */
  event: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  kind: MilestoneKind;
  /** Received only: in euro cents */
  receivedAmountCents?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Received only: YYYY-MM-DD */
  receivedOn?: InputMaybe<Scalars['String']['input']>;
  /** EXPECTED by default */
  status?: InputMaybe<MilestoneStatus>;
  /** The event that makes it due */
  trigger?: InputMaybe<Scalars['String']['input']>;
};

/** A member edits their own company's profile (companyId left out); an administrator names the company. Only the fields given change; null clears website and city. */
export type UpdateCompanyProfileInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  /** Administrators only; members edit their own company */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 */
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; empty until written */
  descriptionIt?: InputMaybe<Scalars['String']['input']>;
  /** What the company looks for, a few words each */
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The public partner directory. From a member, true asks to be listed (an administrator or an officer decides: see Company.listingRequestedAt) and false leaves it at once, withdrawing any request; an administrator's value is the decision. */
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sector and therapeutic-area slugs */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  size?: InputMaybe<CompanySize>;
  /** The highest TRL the company takes on (1–9, at least trlMin) */
  trlMax?: InputMaybe<Scalars['Int']['input']>;
  /** The lowest TRL the company takes on (1–9); given with trlMax, both null to say none */
  trlMin?: InputMaybe<Scalars['Int']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; null clears website */
export type UpdateInstitutionInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  /** The city as Italian names it (Milano); empty where the same */
  cityIt?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; empty until translated */
  descriptionIt?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  mission?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; empty until translated */
  missionIt?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  networks?: InputMaybe<Array<Scalars['String']['input']>>;
  region?: InputMaybe<Scalars['String']['input']>;
  /** The region as Italian names it (Lombardia); empty where the same */
  regionIt?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; null clears platform, turnaround, pricing model and contact officer. Lists replace the whole list */
export type UpdateListingInput = {
  /** For services: accreditations and certifications (names) */
  accreditations?: InputMaybe<Array<Scalars['String']['input']>>;
  applications?: InputMaybe<Array<Scalars['String']['input']>>;
  /** In Italian */
  applicationsIt?: InputMaybe<Array<Scalars['String']['input']>>;
  benefits?: InputMaybe<Scalars['String']['input']>;
  /** In Italian */
  benefitsIt?: InputMaybe<Scalars['String']['input']>;
  /** An officer of the institute */
  contactOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** For services: what the buyer receives; null clears it */
  deliverables?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; null clears it */
  deliverablesIt?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** In Italian */
  descriptionIt?: InputMaybe<Scalars['String']['input']>;
  developmentStage?: InputMaybe<DevelopmentStage>;
  /** The updatedAt the edit started from: a newer stored one is a VERSION_CONFLICT */
  expectedUpdatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** YYYY-MM-DD, today or later: the last day it is offered (its office is reminded before); null clears it */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** In the order to show them */
  inventors?: InputMaybe<Array<ListingInventorInput>>;
  ipStatus?: InputMaybe<IpStatus>;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** In Italian */
  keywordsIt?: InputMaybe<Array<Scalars['String']['input']>>;
  kind?: InputMaybe<AssetKind>;
  partneringModels?: InputMaybe<Array<PartneringModel>>;
  patentNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** For services: a platform of the same institute */
  platformId?: InputMaybe<Scalars['ID']['input']>;
  pricingModel?: InputMaybe<PricingModel>;
  problem?: InputMaybe<Scalars['String']['input']>;
  /** In Italian */
  problemIt?: InputMaybe<Scalars['String']['input']>;
  sectorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** In Italian */
  summaryIt?: InputMaybe<Scalars['String']['input']>;
  /** For services: sample requirements and throughput figures; null clears it */
  throughput?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; null clears it */
  throughputIt?: InputMaybe<Scalars['String']['input']>;
  /** The slug follows the title; former slugs keep working */
  title?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; empty until translated */
  titleIt?: InputMaybe<Scalars['String']['input']>;
  trl?: InputMaybe<Scalars['Int']['input']>;
  turnaround?: InputMaybe<Scalars['String']['input']>;
  /** In Italian; null clears it */
  turnaroundIt?: InputMaybe<Scalars['String']['input']>;
};

/** Replaces the contact’s fields */
export type UpdatePartnerContactInput = {
  contact: PartnerContactFieldsInput;
  id: Scalars['ID']['input'];
};

/** Changes the fields given; a null owner clears it */
export type UpdatePartnerRelationshipInput = {
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PartnerStatus>;
};

/** A platform's new name, kind and texts; its slug stays */
export type UpdatePlatformInput = {
  capabilities: Array<Scalars['String']['input']>;
  capabilitiesIt: Array<Scalars['String']['input']>;
  /** English (the reference) */
  description: Scalars['String']['input'];
  /** Italian; empty until translated */
  descriptionIt: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  kind: PlatformKind;
  name: Scalars['String']['input'];
};

export type UpdateProfileInput = {
  name: Scalars['String']['input'];
  /** A work phone number; absent leaves it as it is, empty removes it */
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes the fields given */
export type UpdateSavedSearchInput = {
  alertFrequency?: InputMaybe<AlertFrequency>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the search itself, words and filters */
  search?: InputMaybe<SavedSearchQueryInput>;
};

/** Every field as it is to be (an open request only) */
export type UpdateTechnologyRequestInput = {
  budgetBand?: InputMaybe<BudgetBand>;
  /** The last day it is open (YYYY-MM-DD): after today, at most 18 months on */
  deadline: Scalars['String']['input'];
  /** What is sought: at least 50 characters */
  description: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** Why: the problem behind it, the use it is for */
  motivation?: InputMaybe<Scalars['String']['input']>;
  partneringModels: Array<PartneringModel>;
  /** Sectors or therapeutic areas of the taxonomy: 1 to 10 */
  sectorIds: Array<Scalars['ID']['input']>;
  /** At least 10 characters */
  title: Scalars['String']['input'];
  trlMax: Scalars['Int']['input'];
  trlMin: Scalars['Int']['input'];
  visibility: RequestVisibility;
};

export type UserRole =
  | 'ADMIN'
  | 'COMPANY_MEMBER'
  | 'PLATFORM_MANAGER'
  | 'RESEARCHER'
  | 'TT_OFFICER';

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { __typename: 'Query', invitation: { __typename: 'InvitationPreview', email: string, role: Types.UserRole, organisationName: string, expiresAt: string } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: Types.AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename: 'Mutation', acceptInvitation: { __typename: 'AuthPayload', errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }>, viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, email: string, name: string, title: string | null, role: Types.UserRole, emailVerified: boolean, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string } | null, company: { __typename: 'Company', id: string, slug: string, name: string } | null } } | null } };

export type SessionFieldsFragment = { __typename: 'SessionInfo', id: string, current: boolean, userAgent: string | null, ip: string | null, createdAt: string, lastSeenAt: string };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', user: { __typename: 'User', phone: string | null, id: string, email: string, name: string, title: string | null, role: Types.UserRole, emailVerified: boolean, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string } | null, company: { __typename: 'Company', id: string, slug: string, name: string } | null }, sessions: Array<{ __typename: 'SessionInfo', id: string, current: boolean, userAgent: string | null, ip: string | null, createdAt: string, lastSeenAt: string }> } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: Types.UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename: 'Mutation', updateProfile: { __typename: 'ViewerPayload', errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }>, viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, name: string, title: string | null, phone: string | null } } | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: Types.ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename: 'Mutation', changePassword: { __typename: 'OkPayload', ok: boolean, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> } };

export type RevokeSessionMutationVariables = Exact<{
  input: Types.RevokeSessionInput;
}>;


export type RevokeSessionMutation = { __typename: 'Mutation', revokeSession: { __typename: 'OkPayload', ok: boolean, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: Types.RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename: 'Mutation', requestPasswordReset: { __typename: 'OkPayload', ok: boolean, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: Types.ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename: 'Mutation', resetPassword: { __typename: 'OkPayload', ok: boolean, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> } };

export type SignInAssetQueryVariables = Exact<{
  slug: string;
}>;


export type SignInAssetQuery = { __typename: 'Query', asset: { __typename: 'Asset', id: string, slug: string, title: string, institution: { __typename: 'Institution', id: string, shortName: string } } | null };

export type LogInMutationVariables = Exact<{
  input: Types.LogInInput;
}>;


export type LogInMutation = { __typename: 'Mutation', logIn: { __typename: 'AuthPayload', errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }>, viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, email: string, name: string, title: string | null, role: Types.UserRole, emailVerified: boolean, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string } | null, company: { __typename: 'Company', id: string, slug: string, name: string } | null } } | null } };

export type SignUpMutationVariables = Exact<{
  input: Types.SignUpInput;
}>;


export type SignUpMutation = { __typename: 'Mutation', signUp: { __typename: 'AuthPayload', errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }>, viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, email: string, name: string, title: string | null, role: Types.UserRole, emailVerified: boolean, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string } | null, company: { __typename: 'Company', id: string, slug: string, name: string } | null } } | null } };

export type VerifyEmailMutationVariables = Exact<{
  input: Types.TokenInput;
}>;


export type VerifyEmailMutation = { __typename: 'Mutation', verifyEmail: { __typename: 'OkPayload', ok: boolean, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> } };

export type AssetCardFieldsFragment = { __typename: 'Asset', id: string, slug: string, kind: Types.AssetKind, textLanguage: Types.Language, title: string, summary: string, trl: number, ipStatus: Types.IpStatus, pricingModel: Types.PricingModel | null, capacity: { __typename: 'ServiceCapacity', status: Types.ServiceCapacityStatus, fullyBookedUntil: string | null } | null, institution: { __typename: 'Institution', id: string, slug: string, shortName: string }, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }> };

export type AssetDetailFieldsFragment = { __typename: 'Asset', id: string, slug: string, kind: Types.AssetKind, textLanguage: Types.Language, title: string, summary: string, description: string, problem: string, benefits: string, applications: Array<string>, keywords: Array<string>, trl: number, ipStatus: Types.IpStatus, patentNumbers: Array<string>, developmentStage: Types.DevelopmentStage, partneringModels: Array<Types.PartneringModel>, turnaround: string | null, pricingModel: Types.PricingModel | null, deliverables: string | null, throughput: string | null, accreditations: Array<string>, publishedAt: string | null, updatedAt: string, availability: Types.ListingAvailability, capacity: { __typename: 'ServiceCapacity', status: Types.ServiceCapacityStatus, fullyBookedUntil: string | null, nextSlotOn: string | null, turnaroundWeeksMin: number | null, turnaroundWeeksMax: number | null } | null, exclusiveScopes: Array<{ __typename: 'ExclusiveScope', fieldOfUse: string | null, territory: string | null, language: Types.Language }>, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }>, inventors: Array<{ __typename: 'Inventor', id: string, name: string, affiliation: string }>, platform: { __typename: 'Platform', id: string, slug: string, name: string, kind: Types.PlatformKind } | null, contactOfficer: { __typename: 'ContactOfficer', name: string, title: string | null, titleLanguage: Types.Language } | null, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string, city: string, contactEmail: string } };

export type AssetDetailQueryVariables = Exact<{
  slug: string;
}>;


export type AssetDetailQuery = { __typename: 'Query', asset: { __typename: 'Asset', status: Types.AssetStatus, id: string, slug: string, kind: Types.AssetKind, textLanguage: Types.Language, title: string, summary: string, description: string, problem: string, benefits: string, applications: Array<string>, keywords: Array<string>, trl: number, ipStatus: Types.IpStatus, patentNumbers: Array<string>, developmentStage: Types.DevelopmentStage, partneringModels: Array<Types.PartneringModel>, turnaround: string | null, pricingModel: Types.PricingModel | null, deliverables: string | null, throughput: string | null, accreditations: Array<string>, publishedAt: string | null, updatedAt: string, availability: Types.ListingAvailability, relatedAssets: Array<{ __typename: 'Asset', id: string, slug: string, kind: Types.AssetKind, textLanguage: Types.Language, title: string, summary: string, trl: number, ipStatus: Types.IpStatus, pricingModel: Types.PricingModel | null, capacity: { __typename: 'ServiceCapacity', status: Types.ServiceCapacityStatus, fullyBookedUntil: string | null } | null, institution: { __typename: 'Institution', id: string, slug: string, shortName: string }, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }> }>, capacity: { __typename: 'ServiceCapacity', status: Types.ServiceCapacityStatus, fullyBookedUntil: string | null, nextSlotOn: string | null, turnaroundWeeksMin: number | null, turnaroundWeeksMax: number | null } | null, exclusiveScopes: Array<{ __typename: 'ExclusiveScope', fieldOfUse: string | null, territory: string | null, language: Types.Language }>, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }>, inventors: Array<{ __typename: 'Inventor', id: string, name: string, affiliation: string }>, platform: { __typename: 'Platform', id: string, slug: string, name: string, kind: Types.PlatformKind } | null, contactOfficer: { __typename: 'ContactOfficer', name: string, title: string | null, titleLanguage: Types.Language } | null, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string, city: string, contactEmail: string } } | null };

export type AssetViewerCanEditQueryVariables = Exact<{
  slug: string;
}>;


export type AssetViewerCanEditQuery = { __typename: 'Query', asset: { __typename: 'Asset', id: string, viewerCanEdit: boolean } | null };

export type CatalogueSearchQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: Types.AssetFilter | null | undefined;
  orderBy?: Types.AssetOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogueSearchQuery = { __typename: 'Query', assets: { __typename: 'AssetConnection', totalCount: number, edges: Array<{ __typename: 'AssetEdge', cursor: string, snippet: Array<{ __typename: 'SnippetPart', text: string, highlighted: boolean }> | null, node: { __typename: 'Asset', id: string, slug: string, kind: Types.AssetKind, textLanguage: Types.Language, title: string, summary: string, trl: number, ipStatus: Types.IpStatus, pricingModel: Types.PricingModel | null, capacity: { __typename: 'ServiceCapacity', status: Types.ServiceCapacityStatus, fullyBookedUntil: string | null } | null, institution: { __typename: 'Institution', id: string, slug: string, shortName: string }, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, facets: { __typename: 'AssetFacets', kinds: Array<{ __typename: 'FacetValue', value: string, count: number }>, sectors: Array<{ __typename: 'FacetValue', value: string, label: string | null, count: number }>, trl: Array<{ __typename: 'FacetValue', value: string, count: number }>, ipStatuses: Array<{ __typename: 'FacetValue', value: string, count: number }>, institutions: Array<{ __typename: 'FacetValue', value: string, label: string | null, count: number }>, partneringModels: Array<{ __typename: 'FacetValue', value: string, count: number }>, availabilities: Array<{ __typename: 'FacetValue', value: string, count: number }>, capacities: Array<{ __typename: 'FacetValue', value: string, count: number }> } } };

export type CatalogueTaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogueTaxonomyQuery = { __typename: 'Query', sectors: Array<{ __typename: 'Sector', id: string, slug: string, kind: Types.TaxonomyKind, labelEn: string, labelIt: string, position: number, parent: { __typename: 'Sector', id: string, slug: string } | null }>, institutions: Array<{ __typename: 'Institution', id: string, slug: string, shortName: string, name: string }> };

export type AssetInterestSummaryQueryVariables = Exact<{
  slug: string;
}>;


export type AssetInterestSummaryQuery = { __typename: 'Query', asset: { __typename: 'Asset', id: string, interestSummary: { __typename: 'AssetInterestSummary', total: number, open: number, byType: Array<{ __typename: 'InterestTypeCount', interestType: Types.InterestType, count: number }> } | null } | null };

export type ServiceCapacityFieldsFragment = { __typename: 'ServiceCapacity', status: Types.ServiceCapacityStatus, fullyBookedUntil: string | null, nextSlotOn: string | null, turnaroundWeeksMin: number | null, turnaroundWeeksMax: number | null };

export type CompanyProfileFieldsFragment = { __typename: 'Company', id: string, slug: string, name: string, country: string, city: string | null, size: Types.CompanySize, website: string | null, interests: Array<string>, interestsLanguage: Types.Language, trlMin: number | null, trlMax: number | null, listed: boolean, listingRequestedAt: string | null, english: { __typename: 'CompanyTexts', description: string }, italian: { __typename: 'CompanyTexts', description: string }, sectors: Array<{ __typename: 'Sector', id: string, slug: string }> };

export type MyCompanyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompanyQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, slug: string, name: string, country: string, city: string | null, size: Types.CompanySize, website: string | null, interests: Array<string>, interestsLanguage: Types.Language, trlMin: number | null, trlMax: number | null, listed: boolean, listingRequestedAt: string | null, members: Array<{ __typename: 'User', id: string, name: string, title: string | null, titleLanguage: Types.Language, email: string, emailVerified: boolean, disabled: boolean }> | null, english: { __typename: 'CompanyTexts', description: string }, italian: { __typename: 'CompanyTexts', description: string }, sectors: Array<{ __typename: 'Sector', id: string, slug: string }> } | null } } | null };

export type SectorOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectorOptionsQuery = { __typename: 'Query', sectors: Array<{ __typename: 'Sector', id: string, slug: string, kind: Types.TaxonomyKind, labelEn: string, labelIt: string, parent: { __typename: 'Sector', id: string } | null }> };

export type UpdateCompanyProfileMutationVariables = Exact<{
  input: Types.UpdateCompanyProfileInput;
}>;


export type UpdateCompanyProfileMutation = { __typename: 'Mutation', updateCompanyProfile: { __typename: 'CompanyPayload', errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }>, company: { __typename: 'Company', id: string, slug: string, name: string, country: string, city: string | null, size: Types.CompanySize, website: string | null, interests: Array<string>, interestsLanguage: Types.Language, trlMin: number | null, trlMax: number | null, listed: boolean, listingRequestedAt: string | null, english: { __typename: 'CompanyTexts', description: string }, italian: { __typename: 'CompanyTexts', description: string }, sectors: Array<{ __typename: 'Sector', id: string, slug: string }> } | null } };

export type SetCompanyListingMutationVariables = Exact<{
  listed: boolean;
}>;


export type SetCompanyListingMutation = { __typename: 'Mutation', updateCompanyProfile: { __typename: 'CompanyPayload', errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }>, company: { __typename: 'Company', id: string, listed: boolean, listingRequestedAt: string | null } | null } };

export type MyCompanyContactPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompanyContactPreferencesQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, company: { __typename: 'Company', id: string, members: Array<{ __typename: 'User', id: string, name: string, email: string, disabled: boolean }> | null, contactPreferences: { __typename: 'CompanyContactPreferences', note: string, noteLanguage: Types.Language, people: Array<{ __typename: 'CompanyContactPerson', userId: string, email: string | null, phone: string | null }> } | null } | null } } | null };

export type SetCompanyContactPreferencesMutationVariables = Exact<{
  input: Types.SetCompanyContactPreferencesInput;
}>;


export type SetCompanyContactPreferencesMutation = { __typename: 'Mutation', setCompanyContactPreferences: { __typename: 'CompanyPayload', company: { __typename: 'Company', id: string, contactPreferences: { __typename: 'CompanyContactPreferences', note: string, noteLanguage: Types.Language, people: Array<{ __typename: 'CompanyContactPerson', userId: string, email: string | null, phone: string | null }> } | null } | null, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> } };

export type InstitutionListQueryVariables = Exact<{ [key: string]: never; }>;


export type InstitutionListQuery = { __typename: 'Query', institutions: Array<{ __typename: 'Institution', id: string, slug: string, name: string, shortName: string, city: string, region: string, description: string, networks: Array<string>, platforms: Array<{ __typename: 'Platform', id: string }> }> };

export type InstitutionProfileQueryVariables = Exact<{
  slug: string;
}>;


export type InstitutionProfileQuery = { __typename: 'Query', institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string, city: string, region: string, country: string, textLanguage: Types.Language, description: string, mission: string, networks: Array<string>, website: string | null, contactEmail: string, platforms: Array<{ __typename: 'Platform', id: string, slug: string, name: string, kind: Types.PlatformKind, textLanguage: Types.Language, description: string, capabilities: Array<string>, assetCount: number, assets: Array<{ __typename: 'Asset', id: string, slug: string, kind: Types.AssetKind, textLanguage: Types.Language, title: string, summary: string }> }>, assets: { __typename: 'AssetConnection', totalCount: number, edges: Array<{ __typename: 'AssetEdge', cursor: string, node: { __typename: 'Asset', id: string, slug: string, kind: Types.AssetKind, textLanguage: Types.Language, title: string, summary: string, trl: number, ipStatus: Types.IpStatus, pricingModel: Types.PricingModel | null, capacity: { __typename: 'ServiceCapacity', status: Types.ServiceCapacityStatus, fullyBookedUntil: string | null } | null, institution: { __typename: 'Institution', id: string, slug: string, shortName: string }, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }> } }> } } | null };

export type UnreadInterestsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadInterestsQuery = { __typename: 'Query', expressionsOfInterest: { __typename: 'ExpressionOfInterestConnection', edges: Array<{ __typename: 'ExpressionOfInterestEdge', node: { __typename: 'ExpressionOfInterest', id: string, unreadCount: number } }> } };

export type PartnerCardFieldsFragment = { __typename: 'Company', id: string, slug: string, name: string, country: string, city: string | null, size: Types.CompanySize, interests: Array<string>, interestsLanguage: Types.Language, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }> };

export type PartnerDirectoryQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: Types.PartnerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnerDirectoryQuery = { __typename: 'Query', partners: { __typename: 'PartnerConnection', totalCount: number, edges: Array<{ __typename: 'PartnerEdge', cursor: string, node: { __typename: 'Company', id: string, slug: string, name: string, country: string, city: string | null, size: Types.CompanySize, interests: Array<string>, interestsLanguage: Types.Language, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PartnerCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCountriesQuery = { __typename: 'Query', partners: { __typename: 'PartnerConnection', edges: Array<{ __typename: 'PartnerEdge', node: { __typename: 'Company', id: string, country: string } }> } };

export type PartnerProfileQueryVariables = Exact<{
  slug: string;
}>;


export type PartnerProfileQuery = { __typename: 'Query', partner: { __typename: 'Company', textLanguage: Types.Language, description: string, website: string | null, id: string, slug: string, name: string, country: string, city: string | null, size: Types.CompanySize, interests: Array<string>, interestsLanguage: Types.Language, sectors: Array<{ __typename: 'Sector', id: string, slug: string, labelEn: string, labelIt: string }> } | null };

export type SetLanguageMutationVariables = Exact<{
  language: Types.Language;
}>;


export type SetLanguageMutation = { __typename: 'Mutation', setLanguage: { __typename: 'ViewerPayload', viewer: { __typename: 'Viewer', language: Types.Language } | null, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> } };

export type ViewerUserFieldsFragment = { __typename: 'User', id: string, email: string, name: string, title: string | null, role: Types.UserRole, emailVerified: boolean, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string } | null, company: { __typename: 'Company', id: string, slug: string, name: string } | null };

export type AuthPayloadFieldsFragment = { __typename: 'AuthPayload', errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }>, viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, email: string, name: string, title: string | null, role: Types.UserRole, emailVerified: boolean, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string } | null, company: { __typename: 'Company', id: string, slug: string, name: string } | null } } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, email: string, name: string, title: string | null, role: Types.UserRole, emailVerified: boolean, institution: { __typename: 'Institution', id: string, slug: string, name: string, shortName: string } | null, company: { __typename: 'Company', id: string, slug: string, name: string } | null } } | null };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { __typename: 'Mutation', logOut: { __typename: 'LogOutPayload', ok: boolean } };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { __typename: 'Mutation', resendVerificationEmail: { __typename: 'OkPayload', ok: boolean, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> } };

export type UserErrorFieldsFragment = { __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string };

export type OkPayloadFieldsFragment = { __typename: 'OkPayload', ok: boolean, errors: Array<{ __typename: 'UserError', field: string | null, code: string, params: Readonly<Record<string, string | number>>, message: string }> };

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const AssetCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pricingModel"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fullyBookedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}}]}}]} as unknown as DocumentNode<AssetCardFieldsFragment, unknown>;
export const AssetDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"patentNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"developmentStage"}},{"kind":"Field","name":{"kind":"Name","value":"partneringModels"}},{"kind":"Field","name":{"kind":"Name","value":"turnaround"}},{"kind":"Field","name":{"kind":"Name","value":"pricingModel"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"throughput"}},{"kind":"Field","name":{"kind":"Name","value":"accreditations"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fullyBookedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"nextSlotOn"}},{"kind":"Field","name":{"kind":"Name","value":"turnaroundWeeksMin"}},{"kind":"Field","name":{"kind":"Name","value":"turnaroundWeeksMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusiveScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<AssetDetailFieldsFragment, unknown>;
export const ServiceCapacityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceCapacityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCapacity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fullyBookedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"nextSlotOn"}},{"kind":"Field","name":{"kind":"Name","value":"turnaroundWeeksMin"}},{"kind":"Field","name":{"kind":"Name","value":"turnaroundWeeksMax"}}]}}]} as unknown as DocumentNode<ServiceCapacityFieldsFragment, unknown>;
export const CompanyProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","alias":{"kind":"Name","value":"english"},"name":{"kind":"Name","value":"texts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"italian"},"name":{"kind":"Name","value":"texts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"IT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"listingRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CompanyProfileFieldsFragment, unknown>;
export const PartnerCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}}]}}]} as unknown as DocumentNode<PartnerCardFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const ViewerUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerUserFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuthPayloadFieldsFragment, unknown>;
export const OkPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OkPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OkPayloadFieldsFragment, unknown>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerUserFields"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const AccountSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerUserFields"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}}]}}]} as unknown as DocumentNode<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OkPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OkPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OkPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OkPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OkPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OkPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OkPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OkPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<SignInAssetQuery, SignInAssetQueryVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerUserFields"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerUserFields"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OkPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OkPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const AssetDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssetDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"relatedAssets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssetCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"patentNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"developmentStage"}},{"kind":"Field","name":{"kind":"Name","value":"partneringModels"}},{"kind":"Field","name":{"kind":"Name","value":"turnaround"}},{"kind":"Field","name":{"kind":"Name","value":"pricingModel"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"}},{"kind":"Field","name":{"kind":"Name","value":"throughput"}},{"kind":"Field","name":{"kind":"Name","value":"accreditations"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fullyBookedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"nextSlotOn"}},{"kind":"Field","name":{"kind":"Name","value":"turnaroundWeeksMin"}},{"kind":"Field","name":{"kind":"Name","value":"turnaroundWeeksMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusiveScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldOfUse"}},{"kind":"Field","name":{"kind":"Name","value":"territory"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleLanguage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pricingModel"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fullyBookedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}}]}}]} as unknown as DocumentNode<AssetDetailQuery, AssetDetailQueryVariables>;
export const AssetViewerCanEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetViewerCanEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<AssetViewerCanEditQuery, AssetViewerCanEditQueryVariables>;
export const CatalogueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlighted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssetCardFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ipStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partneringModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pricingModel"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fullyBookedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}}]}}]} as unknown as DocumentNode<CatalogueSearchQuery, CatalogueSearchQueryVariables>;
export const CatalogueTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueTaxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CatalogueTaxonomyQuery, CatalogueTaxonomyQueryVariables>;
export const AssetInterestSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetInterestSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interestSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interestType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssetInterestSummaryQuery, AssetInterestSummaryQueryVariables>;
export const MyCompanyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","alias":{"kind":"Name","value":"english"},"name":{"kind":"Name","value":"texts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"italian"},"name":{"kind":"Name","value":"texts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"IT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"listingRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<MyCompanyQuery, MyCompanyQueryVariables>;
export const SectorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectorOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SectorOptionsQuery, SectorOptionsQueryVariables>;
export const UpdateCompanyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompanyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompanyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyProfileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","alias":{"kind":"Name","value":"english"},"name":{"kind":"Name","value":"texts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"italian"},"name":{"kind":"Name","value":"texts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"IT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"listingRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<UpdateCompanyProfileMutation, UpdateCompanyProfileMutationVariables>;
export const SetCompanyListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCompanyListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompanyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"listed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listed"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"listingRequestedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetCompanyListingMutation, SetCompanyListingMutationVariables>;
export const MyCompanyContactPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCompanyContactPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCompanyContactPreferencesQuery, MyCompanyContactPreferencesQueryVariables>;
export const SetCompanyContactPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCompanyContactPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCompanyContactPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCompanyContactPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetCompanyContactPreferencesMutation, SetCompanyContactPreferencesMutationVariables>;
export const InstitutionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"networks"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionListQuery, InstitutionListQueryVariables>;
export const InstitutionProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"networks"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"assetCount"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssetCardFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssetCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"ipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"pricingModel"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fullyBookedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}}]}}]} as unknown as DocumentNode<InstitutionProfileQuery, InstitutionProfileQueryVariables>;
export const UnreadInterestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expressionsOfInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnreadInterestsQuery, UnreadInterestsQueryVariables>;
export const PartnerDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerCardFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}}]}}]} as unknown as DocumentNode<PartnerDirectoryQuery, PartnerDirectoryQueryVariables>;
export const PartnerCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCountriesQuery, PartnerCountriesQueryVariables>;
export const PartnerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"textLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"interestsLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"labelIt"}}]}}]}}]} as unknown as DocumentNode<PartnerProfileQuery, PartnerProfileQueryVariables>;
export const SetLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetLanguageMutation, SetLanguageMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const ResendVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendVerificationEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OkPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OkPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;