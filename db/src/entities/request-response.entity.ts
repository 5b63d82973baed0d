import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { ResponseKind } from '@tt/shared/technology-request-enums';
import { Institution } from './institution.entity.js';
import { TechnologyRequest } from './technology-request.entity.js';
import { User } from './user.entity.js';
import { writtenLanguage } from './written-language.js';

/**
 * An institute's answer to a technology request: some of its listings (RequestResponseListing) or a researcher's
 * expertise, with a message. Read only by the requesting company and the responding institute.
 */
export const RequestResponse = defineEntity({
  name: 'RequestResponse',
  tableName: 'request_response',
  properties: {
    id: p.integer().primary().autoincrement(),
    request: () => p.manyToOne(TechnologyRequest).index().deleteRule('cascade'),
    institution: () => p.manyToOne(Institution),
    author: () => p.manyToOne(User),
    kind: p.enum(() => ResponseKind).nativeEnumName('response_kind'),
    /** The researcher whose expertise is proposed (kind EXPERTISE). */
    expert: () => p.manyToOne(User).nullable(),
    message: p.text(),
    language: writtenLanguage(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['institution', 'createdAt'] }],
});
export type RequestResponse = InferEntity<typeof RequestResponse>;
