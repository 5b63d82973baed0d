import { AssetKind, IpStatus, PartneringModel } from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { ListingAvailability } from '@tt/shared/listing-availability';
import {
  AlertFrequency,
  SavedSearchScope,
  type StoredCatalogueFilter,
  type StoredRequestFilter,
} from '@tt/shared/saved-search-rules';
import { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { RequestStatus } from '@tt/shared/technology-request-enums';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../schema/global-id.js';
import { PayloadType } from '../../schema/payload.type.js';
import { UserErrorType } from '../../schema/user-error.type.js';
import type { SavedSearchRecord } from './saved-search-records.js';

@ObjectType('SavedSearchFilter', {
  description:
    "A saved search's filters: a catalogue search's as AssetFilter takes them, a Requests search's as TechnologyRequestFilter does (its scope says which; the other's are empty)",
})
export class SavedSearchFilterType {
  @Field(() => [AssetKind])
  kinds!: AssetKind[];

  @Field(() => [String], { description: 'Sector and therapeutic-area slugs' })
  sectors!: string[];

  @Field(() => Int, { nullable: true })
  trlMin!: number | null;

  @Field(() => Int, { nullable: true })
  trlMax!: number | null;

  @Field(() => [IpStatus])
  ipStatuses!: IpStatus[];

  @Field(() => [String], { description: 'Institute slugs' })
  institutions!: string[];

  @Field(() => [PartneringModel])
  partneringModels!: PartneringModel[];

  @Field(() => [ListingAvailability], { description: "A catalogue search's availabilities" })
  availabilities!: ListingAvailability[];

  @Field(() => [ServiceCapacityStatus], { description: "A catalogue search's service capacities" })
  capacities!: ServiceCapacityStatus[];

  @Field(() => [RequestStatus], { description: "A Requests search's statuses" })
  statuses!: RequestStatus[];
}

@ObjectType('SavedSearch', {
  description: 'A search its owner saved with a name, and its e-mail alerts; only ever shown to its owner',
})
export class SavedSearchType {
  @Field(() => ID)
  id!: string;

  /** The database id and the owner's, for the field resolvers; not in the schema. */
  dbId!: number;
  userId!: number;

  @Field()
  name!: string;

  @Field(() => SavedSearchScope)
  scope!: SavedSearchScope;

  @Field(() => String, { nullable: true, description: 'The words searched for; null for none' })
  query!: string | null;

  @Field(() => SavedSearchFilterType)
  filter!: SavedSearchFilterType;

  @Field(() => Language, { description: 'The language the search was made in: its words are read in it' })
  language!: Language;

  @Field(() => AlertFrequency)
  alertFrequency!: AlertFrequency;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When its last alert e-mail was sent; null: none yet' })
  lastAlertAt!: Date | null;

  @Field(() => DateTimeResolver)
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

export function toSavedSearchType(record: SavedSearchRecord): SavedSearchType {
  // One shape for both scopes: each reads the keys it stores, the others are absent.
  const filter: StoredCatalogueFilter & StoredRequestFilter = record.filter;
  return {
    id: toGlobalId('SavedSearch', record.id),
    dbId: record.id,
    userId: record.userId,
    name: record.name,
    scope: record.scope,
    query: record.query || null,
    filter: {
      kinds: filter.kinds ?? [],
      sectors: filter.sectors ?? [],
      trlMin: filter.trlMin ?? null,
      trlMax: filter.trlMax ?? null,
      ipStatuses: filter.ipStatuses ?? [],
      institutions: filter.institutions ?? [],
      partneringModels: filter.partneringModels ?? [],
      availabilities: filter.availabilities ?? [],
      capacities: filter.capacities ?? [],
      statuses: filter.statuses ?? [],
    },
    language: record.language,
    alertFrequency: record.alertFrequency,
    lastAlertAt: record.lastAlertAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

@ObjectType('SavedSearchPayload')
export class SavedSearchPayloadType extends PayloadType('savedSearch', () => SavedSearchType) {}

@ObjectType('DeleteSavedSearchPayload')
export class DeleteSavedSearchPayloadType {
  @Field(() => ID, { nullable: true, description: 'The id of the saved search deleted; null when refused' })
  deletedId!: string | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

@ObjectType('UnsubscribeAlertsPayload', { description: 'What an alert e-mail’s unsubscribe link switched off' })
export class UnsubscribeAlertsPayloadType {
  @Field({ description: 'Whether the alerts named by the link are now off' })
  ok!: boolean;

  @Field(() => [String], { description: 'The names of the saved searches whose alerts are off' })
  savedSearchNames!: string[];

  @Field(() => Int, { description: 'Saved searches the link named that have been deleted since' })
  deletedCount!: number;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}
