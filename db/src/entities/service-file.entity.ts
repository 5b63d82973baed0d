import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { ServiceFilePurpose } from '@tt/shared/service-delivery-rules';
import { ExpressionOfInterest } from './expression-of-interest.entity.js';
import { User } from './user.entity.js';

/**
 * A file of a service request, for its two parties only: delivered by the office (DELIVERY) or the company's
 * ethics approval (ETHICS_APPROVAL). The bytes live in the attachment storage under `storageKey`, as an
 * agreement's documents do; `contentType` is what the content was sniffed as.
 */
export const ServiceFile = defineEntity({
  name: 'ServiceFile',
  tableName: 'service_file',
  properties: {
    id: p.integer().primary().autoincrement(),
    eoi: () => p.manyToOne(ExpressionOfInterest).index().deleteRule('cascade'),
    purpose: p.enum(() => ServiceFilePurpose).nativeEnumName('service_file_purpose'),
    fileName: p.string().length(200),
    contentType: p.string().length(100),
    byteSize: p.integer(),
    storageKey: p.string().length(100).unique(),
    uploadedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    uploadedAt: p.datetime(),
  },
});
export type ServiceFile = InferEntity<typeof ServiceFile>;
