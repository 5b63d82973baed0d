import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { FormField } from '@tt/shared/service-request-forms';
import { Asset } from './asset.entity.js';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { User } from './user.entity.js';

/** A service listing's own request form; a listing without one uses its platform kind's default. */
export const ServiceRequestForm = defineEntity({
  name: 'ServiceRequestForm',
  tableName: 'service_request_form',
  properties: {
    asset: () => p.manyToOne(Asset).primary().deleteRule('cascade'),
    fields: p.json<FormField[]>(),
    updatedAt: p.datetime(),
    updatedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
  },
  // The form is part of the listing's public page: a change renews the shared catalogue answers.
  triggers: [catalogueRevisionTrigger('service_request_form')],
});
export type ServiceRequestForm = InferEntity<typeof ServiceRequestForm>;
