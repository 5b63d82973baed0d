import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123112502_initial } from './Migration20261123112502_initial.js';
import { Migration20261123114051_accounts } from './Migration20261123114051_accounts.js';
import { Migration20261123122018_expressions_of_interest } from './Migration20261123122018_expressions_of_interest.js';
import { Migration20261123122434_inventor_accounts_and_reminders } from './Migration20261123122434_inventor_accounts_and_reminders.js';
import { Migration20261123130635_disclosures } from './Migration20261123130635_disclosures.js';
import { Migration20261123132307_browse_index } from './Migration20261123132307_browse_index.js';
import { Migration20261123133909_listings_and_attachments } from './Migration20261123133909_listings_and_attachments.js';
import { Migration20261123141500_catalogue_revision } from './Migration20261123141500_catalogue_revision.js';
import { Migration20261123142000_asset_sector_by_sector } from './Migration20261123142000_asset_sector_by_sector.js';
import { Migration20261201224500_rate_limits } from './Migration20261201224500_rate_limits.js';
import { Migration20261201230500_directory_listing_requests } from './Migration20261201230500_directory_listing_requests.js';
import { Migration20261201234500_asset_search } from './Migration20261201234500_asset_search.js';
import { Migration20261202011000_asset_search_facet_columns } from './Migration20261202011000_asset_search_facet_columns.js';
import { Migration20261202011100_related_listings } from './Migration20261202011100_related_listings.js';
import { Migration20261202064429_user_language } from './Migration20261202064429_user_language.js';
import { Migration20261202080000_written_language } from './Migration20261202080000_written_language.js';
import { Migration20261202081000_bilingual_text } from './Migration20261202081000_bilingual_text.js';
import { Migration20261202102007_market_two_sides } from './Migration20261202102007_market_two_sides.js';
import { Migration20261202103000_outbox_notify } from './Migration20261202103000_outbox_notify.js';
import { Migration20261202103135_request_search } from './Migration20261202103135_request_search.js';
import { Migration20261202103256_saved_searches } from './Migration20261202103256_saved_searches.js';
import { Migration20261202103347_matchmaking } from './Migration20261202103347_matchmaking.js';
import { Migration20261202150501_agreements } from './Migration20261202150501_agreements.js';
import { Migration20261202173259_listing_expiry } from './Migration20261202173259_listing_expiry.js';
import { Migration20261202173427_listing_availability } from './Migration20261202173427_listing_availability.js';
import { Migration20261202175025_office_attachments } from './Migration20261202175025_office_attachments.js';
import { Migration20261202192530_agreement_language } from './Migration20261202192530_agreement_language.js';
import { Migration20261202224643_user_phone } from './Migration20261202224643_user_phone.js';
import { Migration20261202224705_service_capacity } from './Migration20261202224705_service_capacity.js';
import { Migration20261202224823_partner_records } from './Migration20261202224823_partner_records.js';
import { Migration20261202224835_service_delivery } from './Migration20261202224835_service_delivery.js';
import { Migration20261202224843_platform_managers_and_request_forms } from './Migration20261202224843_platform_managers_and_request_forms.js';
import { Migration20261202224941_quotes } from './Migration20261202224941_quotes.js';
import { Migration20261203004052_contact_note_language } from './Migration20261203004052_contact_note_language.js';
import { Migration20261203024235_service_template } from './Migration20261203024235_service_template.js';
import { Migration20261203024445_retire_sectors_and_platforms } from './Migration20261203024445_retire_sectors_and_platforms.js';
import { Migration20261203030821_site_pages_and_terms_acceptance } from './Migration20261203030821_site_pages_and_terms_acceptance.js';
import { Migration20261203035050_institution_embed_origins } from './Migration20261203035050_institution_embed_origins.js';
import { Migration20261203061246_feed_order_index } from './Migration20261203061246_feed_order_index.js';
import { Migration20261203065704_asset_search_updated_at } from './Migration20261203065704_asset_search_updated_at.js';
import { Migration20261203070000_companies_to_approach_cheaper } from './Migration20261203070000_companies_to_approach_cheaper.js';
import { Migration20261203101612_platform_listings_index } from './Migration20261203101612_platform_listings_index.js';
import { Migration20261203104235_asset_sector_rows } from './Migration20261203104235_asset_sector_rows.js';
import { Migration20261203110000_interest_term_queries } from './Migration20261203110000_interest_term_queries.js';
import { Migration20261203113000_companies_to_approach_strong_first } from './Migration20261203113000_companies_to_approach_strong_first.js';
import { Migration20261203142802_platform_listings_italian_index } from './Migration20261203142802_platform_listings_italian_index.js';
import { Migration20261203170000_ranking_functions_rows } from './Migration20261203170000_ranking_functions_rows.js';
import { Migration20261203172247_eoi_awaiting_first_response } from './Migration20261203172247_eoi_awaiting_first_response.js';
import { Migration20261203180000_companies_to_approach_interests_when_needed } from './Migration20261203180000_companies_to_approach_interests_when_needed.js';
import { Migration20261204170000_eoi_covering_indexes } from './Migration20261204170000_eoi_covering_indexes.js';
import { Migration20261204171000_recommendations_liked_tie_break } from './Migration20261204171000_recommendations_liked_tie_break.js';
import { Migration20261204171759_outbox_clean_up_indexes } from './Migration20261204171759_outbox_clean_up_indexes.js';
import { Migration20261204183000_recommendations_interest_by_rank_vectors } from './Migration20261204183000_recommendations_interest_by_rank_vectors.js';
import { Migration20261204204713_asset_search_en } from './Migration20261204204713_asset_search_en.js';
import { Migration20261204214500_asset_search_facet_keys } from './Migration20261204214500_asset_search_facet_keys.js';
import { Migration20261205000000_description_excerpt } from './Migration20261205000000_description_excerpt.js';
import { Migration20261205001000_asset_search_en_facet_codes } from './Migration20261205001000_asset_search_en_facet_codes.js';
import { Migration20261205030500_institution_place_names_in_italian } from './Migration20261205030500_institution_place_names_in_italian.js';

type MigrationClass = new (...args: ConstructorParameters<typeof Migration>) => Migration;

/** Every migration in order. A new migration file must be added here. */
export const migrationsList: { name: string; class: MigrationClass }[] = [
  { name: 'Migration20261123112502_initial', class: Migration20261123112502_initial },
  { name: 'Migration20261123114051_accounts', class: Migration20261123114051_accounts },
  { name: 'Migration20261123122018_expressions_of_interest', class: Migration20261123122018_expressions_of_interest },
  {
    name: 'Migration20261123122434_inventor_accounts_and_reminders',
    class: Migration20261123122434_inventor_accounts_and_reminders,
  },
  { name: 'Migration20261123130635_disclosures', class: Migration20261123130635_disclosures },
  { name: 'Migration20261123132307_browse_index', class: Migration20261123132307_browse_index },
  { name: 'Migration20261123133909_listings_and_attachments', class: Migration20261123133909_listings_and_attachments },
  { name: 'Migration20261123141500_catalogue_revision', class: Migration20261123141500_catalogue_revision },
  { name: 'Migration20261123142000_asset_sector_by_sector', class: Migration20261123142000_asset_sector_by_sector },
  { name: 'Migration20261201224500_rate_limits', class: Migration20261201224500_rate_limits },
  {
    name: 'Migration20261201230500_directory_listing_requests',
    class: Migration20261201230500_directory_listing_requests,
  },
  { name: 'Migration20261201234500_asset_search', class: Migration20261201234500_asset_search },
  {
    name: 'Migration20261202011000_asset_search_facet_columns',
    class: Migration20261202011000_asset_search_facet_columns,
  },
  { name: 'Migration20261202011100_related_listings', class: Migration20261202011100_related_listings },
  { name: 'Migration20261202064429_user_language', class: Migration20261202064429_user_language },
  { name: 'Migration20261202080000_written_language', class: Migration20261202080000_written_language },
  { name: 'Migration20261202081000_bilingual_text', class: Migration20261202081000_bilingual_text },
  { name: 'Migration20261202102007_market_two_sides', class: Migration20261202102007_market_two_sides },
  { name: 'Migration20261202103000_outbox_notify', class: Migration20261202103000_outbox_notify },
  { name: 'Migration20261202103135_request_search', class: Migration20261202103135_request_search },
  { name: 'Migration20261202103256_saved_searches', class: Migration20261202103256_saved_searches },
  { name: 'Migration20261202103347_matchmaking', class: Migration20261202103347_matchmaking },
  { name: 'Migration20261202150501_agreements', class: Migration20261202150501_agreements },
  { name: 'Migration20261202173259_listing_expiry', class: Migration20261202173259_listing_expiry },
  { name: 'Migration20261202173427_listing_availability', class: Migration20261202173427_listing_availability },
  { name: 'Migration20261202175025_office_attachments', class: Migration20261202175025_office_attachments },
  { name: 'Migration20261202192530_agreement_language', class: Migration20261202192530_agreement_language },
  { name: 'Migration20261202224643_user_phone', class: Migration20261202224643_user_phone },
  { name: 'Migration20261202224705_service_capacity', class: Migration20261202224705_service_capacity },
  { name: 'Migration20261202224823_partner_records', class: Migration20261202224823_partner_records },
  { name: 'Migration20261202224835_service_delivery', class: Migration20261202224835_service_delivery },
  {
    name: 'Migration20261202224843_platform_managers_and_request_forms',
    class: Migration20261202224843_platform_managers_and_request_forms,
  },
  { name: 'Migration20261202224941_quotes', class: Migration20261202224941_quotes },
  { name: 'Migration20261203004052_contact_note_language', class: Migration20261203004052_contact_note_language },
  { name: 'Migration20261203024235_service_template', class: Migration20261203024235_service_template },
  {
    name: 'Migration20261203024445_retire_sectors_and_platforms',
    class: Migration20261203024445_retire_sectors_and_platforms,
  },
  {
    name: 'Migration20261203030821_site_pages_and_terms_acceptance',
    class: Migration20261203030821_site_pages_and_terms_acceptance,
  },
  {
    name: 'Migration20261203035050_institution_embed_origins',
    class: Migration20261203035050_institution_embed_origins,
  },
  {
    name: 'Migration20261203061246_feed_order_index',
    class: Migration20261203061246_feed_order_index,
  },
  {
    name: 'Migration20261203065704_asset_search_updated_at',
    class: Migration20261203065704_asset_search_updated_at,
  },
  {
    name: 'Migration20261203070000_companies_to_approach_cheaper',
    class: Migration20261203070000_companies_to_approach_cheaper,
  },
  { name: 'Migration20261203101612_platform_listings_index', class: Migration20261203101612_platform_listings_index },
  { name: 'Migration20261203104235_asset_sector_rows', class: Migration20261203104235_asset_sector_rows },
  { name: 'Migration20261203110000_interest_term_queries', class: Migration20261203110000_interest_term_queries },
  {
    name: 'Migration20261203113000_companies_to_approach_strong_first',
    class: Migration20261203113000_companies_to_approach_strong_first,
  },
  {
    name: 'Migration20261203142802_platform_listings_italian_index',
    class: Migration20261203142802_platform_listings_italian_index,
  },
  { name: 'Migration20261203170000_ranking_functions_rows', class: Migration20261203170000_ranking_functions_rows },
  {
    name: 'Migration20261203172247_eoi_awaiting_first_response',
    class: Migration20261203172247_eoi_awaiting_first_response,
  },
  {
    name: 'Migration20261203180000_companies_to_approach_interests_when_needed',
    class: Migration20261203180000_companies_to_approach_interests_when_needed,
  },
  {
    name: 'Migration20261204170000_eoi_covering_indexes',
    class: Migration20261204170000_eoi_covering_indexes,
  },
  {
    name: 'Migration20261204171000_recommendations_liked_tie_break',
    class: Migration20261204171000_recommendations_liked_tie_break,
  },
  {
    name: 'Migration20261204171759_outbox_clean_up_indexes',
    class: Migration20261204171759_outbox_clean_up_indexes,
  },
  {
    name: 'Migration20261204183000_recommendations_interest_by_rank_vectors',
    class: Migration20261204183000_recommendations_interest_by_rank_vectors,
  },
  {
    name: 'Migration20261204204713_asset_search_en',
    class: Migration20261204204713_asset_search_en,
  },
  {
    name: 'Migration20261204214500_asset_search_facet_keys',
    class: Migration20261204214500_asset_search_facet_keys,
  },
  {
    name: 'Migration20261205000000_description_excerpt',
    class: Migration20261205000000_description_excerpt,
  },
  {
    name: 'Migration20261205001000_asset_search_en_facet_codes',
    class: Migration20261205001000_asset_search_en_facet_codes,
  },
  {
    name: 'Migration20261205030500_institution_place_names_in_italian',
    class: Migration20261205030500_institution_place_names_in_italian,
  },
];
