import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { Platform } from './platform.entity.js';

export const Institution = defineEntity({
  name: 'Institution',
  properties: {
    id: p.integer().primary().autoincrement(),
    slug: p.string().length(80).unique(),
    name: p.string().length(200),
    shortName: p.string().length(40),
    city: p.string().length(80),
    region: p.string().length(80),
    /** The city and region as Italian names them (Milano, Lombardia): empty where Italian names them as English does. */
    cityIt: p.string().length(80).default(''),
    regionIt: p.string().length(80).default(''),
    country: p.string().length(2).default('IT'),
    website: p.string().length(200).nullable(),
    contactEmail: p.string().length(200),
    description: p.text(),
    mission: p.text(),
    /** The Italian description and mission: empty until translated (English is the reference). */
    descriptionIt: p.text().default(''),
    missionIt: p.text().default(''),
    networks: p.array().default([]),
    platforms: () => p.oneToMany(Platform).mappedBy('institution'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  triggers: [catalogueRevisionTrigger('institution')],
});
export type Institution = InferEntity<typeof Institution>;
