import { Migration } from '@mikro-orm/migrations';
import { type DefinitionEdits, editFunctionDefinition, reverseEdits } from './function-definition-edits.js';

/** The rows' function appends the keys after updated_at, the table's last columns before them. */
const ROWS = 'public.asset_search_rows(integer[])';
const ROWS_EDITS: DefinitionEdits = [
  [
    `        a.updated_at\n      from unnest("ids")`,
    `        a.updated_at, array_to_string(a.partnering_models, ','), array_to_string(t.sector_ids, ',')\n      from unnest("ids")`,
  ],
];
/** The refresh writes them with the rest of a changed row. */
const REFRESH = 'public.asset_search_refresh(integer[])';
const REFRESH_EDITS: DefinitionEdits = [
  [
    `updated_at = excluded.updated_at\n`,
    `updated_at = excluded.updated_at, partnering_key = excluded.partnering_key, sector_key = excluded.sector_key\n`,
  ],
];

/**
 * The facets' keys in asset_search too (asset_search_en has had them since `…_asset_search_en`): a search in
 * Italian, a filtered view without a query and the English rows all group the sector and partnering-model facets
 * by one string each instead of by the arrays, element by element.
 */
export class Migration20261204214500_asset_search_facet_keys extends Migration {
  override name = 'Migration20261204214500_asset_search_facet_keys';

  override up(): void | Promise<void> {
    // Nullable until filled, the table's last columns, as the rows' function gives them.
    this.addSql(`alter table "asset_search" add "partnering_key" text null, add "sector_key" text null;`);
    this.addSql(editFunctionDefinition(ROWS, ROWS_EDITS));
    this.addSql(editFunctionDefinition(REFRESH, REFRESH_EDITS));
    // Backfill. The keys are no facet value and no column of the English rows: the triggers that would pair every
    // row's values to sum them to nothing, and copy every row unchanged, are left out of it (within this
    // transaction, which holds the table's lock since the columns were added).
    this.addSql(`alter table "asset_search" disable trigger "asset_facet_delta_update";`);
    this.addSql(`alter table "asset_search" disable trigger "asset_search_en_update";`);
    this.addSql(
      `update "asset_search" set "partnering_key" = array_to_string("partnering_models", ','), "sector_key" = array_to_string("sector_ids", ',');`,
    );
    this.addSql(`alter table "asset_search" enable trigger "asset_search_en_update";`);
    this.addSql(`alter table "asset_search" enable trigger "asset_facet_delta_update";`);
    this.addSql(
      `alter table "asset_search" alter column "partnering_key" set not null, alter column "sector_key" set not null;`,
    );
    this.addSql(
      `alter table "asset_search" alter column "partnering_key" set storage plain, alter column "sector_key" set storage plain;`,
    );
    this.addSql(`analyze "asset_search";`);
  }

  override down(): void | Promise<void> {
    this.addSql(editFunctionDefinition(REFRESH, reverseEdits(REFRESH_EDITS)));
    this.addSql(`alter table "asset_search" drop column "partnering_key", drop column "sector_key";`);
    this.addSql(editFunctionDefinition(ROWS, reverseEdits(ROWS_EDITS)));
  }
}
