import { defineEntity, type InferEntity, p, type TriggerDef } from '@mikro-orm/core';

/**
 * One row whose `revision` goes up in every transaction that changes what the public catalogue shows
 * (listings, their terms and inventors, institutes, platforms, the taxonomy, contact officers' names). A
 * cached public answer stays valid while the revision it was computed at is the current one; being a row, the
 * revision is read under the same rules of visibility as the data it guards.
 */
export const CatalogueRevision = defineEntity({
  name: 'CatalogueRevision',
  properties: {
    id: p.smallint().primary().autoincrement(false),
    revision: p.bigint(),
  },
});
export type CatalogueRevision = InferEntity<typeof CatalogueRevision>;

/**
 * The trigger each catalogue table declares: a deferred constraint trigger calling
 * `catalogue_revision_bump()` (see the catalogue_revision migration), which bumps the revision once per
 * transaction, at commit.
 */
export function catalogueRevisionTrigger(
  table: string,
  events: TriggerDef['events'] = ['insert', 'update', 'delete'],
  columns?: string[],
): TriggerDef {
  const on = events
    .map((event) => (event === 'update' && columns ? `update of ${columns.map((c) => `"${c}"`).join(', ')}` : event))
    .join(' or ');
  return {
    name: 'catalogue_revision',
    timing: 'after',
    events,
    expression: `create constraint trigger "catalogue_revision" after ${on} on "${table}" deferrable initially deferred for each row execute function "catalogue_revision_bump"()`,
  };
}
