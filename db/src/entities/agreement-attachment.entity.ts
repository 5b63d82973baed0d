import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Agreement } from './agreement.entity.js';
import { User } from './user.entity.js';

/**
 * A document of an agreement (the signed PDF, a draft, an annex), for its office only. The bytes live in the
 * attachment storage under `storageKey`, as a disclosure's files do; `contentType` is what the content was sniffed
 * as, never what the uploader claimed.
 */
export const AgreementAttachment = defineEntity({
  name: 'AgreementAttachment',
  tableName: 'agreement_attachment',
  properties: {
    id: p.integer().primary().autoincrement(),
    agreement: () => p.manyToOne(Agreement).index().deleteRule('cascade'),
    uploadedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    fileName: p.string().length(200),
    contentType: p.string().length(100),
    byteSize: p.integer(),
    storageKey: p.string().length(100).unique(),
    createdAt: p.datetime(),
  },
});
export type AgreementAttachment = InferEntity<typeof AgreementAttachment>;
