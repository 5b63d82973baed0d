import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Asset } from './asset.entity.js';
import { User } from './user.entity.js';

/**
 * Someone who asked to be e-mailed when a listing closed to expressions of interest (under option, licensed
 * exclusively) opens again: e-mailed once, then the row is deleted. Deleted with the account or the listing.
 */
export const ListingAvailabilityWatch = defineEntity({
  name: 'ListingAvailabilityWatch',
  tableName: 'listing_availability_watch',
  properties: {
    asset: () => p.manyToOne(Asset).primary().deleteRule('cascade'),
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  // The primary key (asset, user) serves the listing's watchers; this one an account's watches.
  indexes: [{ name: 'listing_availability_watch_user_idx', properties: ['user'] }],
});
export type ListingAvailabilityWatch = InferEntity<typeof ListingAvailabilityWatch>;
