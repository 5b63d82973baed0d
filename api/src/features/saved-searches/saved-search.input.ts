import { AlertFrequency, SavedSearchScope } from '@tt/shared/saved-search-rules';
import { Field, InputType } from 'type-graphql';
import { IdInput } from '../../schema/id.input.js';
import { TEXT_MAX_DEFAULT, TextLimit } from '../../schema/text-input.js';
import { AssetFilterInput } from '../catalogue/asset-filter.input.js';
import { TechnologyRequestFilterInput } from '../requests/technology-request.input.js';

/** A name is one line; its length is the service's to check (SAVED_SEARCH_NAME_TOO_LONG, next to the field). */
const NAME_TEXT = { max: TEXT_MAX_DEFAULT, singleLine: true };

const FILTER = { nullable: true, description: "A catalogue search's filters (scope CATALOGUE)" };
const REQUEST_FILTER = {
  nullable: true,
  description: "A Requests search's filters (scope REQUESTS; `mine` is refused: an office has no requests)",
};

@InputType('SavedSearchQueryInput', { description: "A search as its scope's page takes it: words and filters" })
export class SavedSearchQueryInput {
  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => AssetFilterInput, FILTER)
  filter?: AssetFilterInput | null;

  @Field(() => TechnologyRequestFilterInput, REQUEST_FILTER)
  requestFilter?: TechnologyRequestFilterInput | null;
}

@InputType('SaveSearchInput')
export class SaveSearchInput {
  @TextLimit(NAME_TEXT)
  @Field()
  name!: string;

  @Field(() => SavedSearchScope, { nullable: true, description: 'Default CATALOGUE' })
  scope?: SavedSearchScope | null;

  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => AssetFilterInput, FILTER)
  filter?: AssetFilterInput | null;

  @Field(() => TechnologyRequestFilterInput, REQUEST_FILTER)
  requestFilter?: TechnologyRequestFilterInput | null;

  @Field(() => AlertFrequency, { nullable: true, description: 'Default OFF' })
  alertFrequency?: AlertFrequency | null;
}

@InputType('UpdateSavedSearchInput', { description: 'Changes the fields given' })
export class UpdateSavedSearchInput extends IdInput {
  @TextLimit(NAME_TEXT)
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => AlertFrequency, { nullable: true })
  alertFrequency?: AlertFrequency | null;

  @Field(() => SavedSearchQueryInput, { nullable: true, description: 'Replaces the search itself, words and filters' })
  search?: SavedSearchQueryInput | null;
}

@InputType('DeleteSavedSearchInput')
export class DeleteSavedSearchInput extends IdInput {}

@InputType('UnsubscribeAlertsInput')
export class UnsubscribeAlertsInput {
  @TextLimit({ max: 1000, singleLine: true })
  @Field({ description: "The token of an alert e-mail's unsubscribe link" })
  token!: string;
}
