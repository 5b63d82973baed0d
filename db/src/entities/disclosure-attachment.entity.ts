import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Disclosure } from './disclosure.entity.js';
import { User } from './user.entity.js';

/**
 * A file attached to a disclosure (drawing, draft manuscript, data sheet). The bytes live in the
 * attachment storage under `storageKey`; `contentType` is what the content was sniffed as, never
 * what the uploader claimed.
 */
export const DisclosureAttachment = defineEntity({
  name: 'DisclosureAttachment',
  properties: {
    id: p.integer().primary().autoincrement(),
    disclosure: () => p.manyToOne(Disclosure).index().deleteRule('cascade'),
    uploadedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    fileName: p.string().length(200),
    contentType: p.string().length(100),
    byteSize: p.integer(),
    storageKey: p.string().length(100).unique(),
    createdAt: p.datetime(),
  },
});
export type DisclosureAttachment = InferEntity<typeof DisclosureAttachment>;
