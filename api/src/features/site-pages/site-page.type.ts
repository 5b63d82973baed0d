import { Language } from '@tt/shared/languages';
import { SitePageKey } from '@tt/shared/site-pages';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';

registerEnumType(SitePageKey, {
  name: 'SitePageKey',
  description: "The network's own pages: about, privacy notice, terms of use, cookie notice",
});

@ObjectType('SitePage', { description: "The newest version of one of the network's pages in one language" })
export class SitePageType {
  @Field(() => SitePageKey)
  key!: SitePageKey;

  @Field(() => Language)
  language!: Language;

  @Field(() => Int, { description: '1, 2, 3… per page and language; each save makes a new one' })
  version!: number;

  @Field({ description: 'As the administrators wrote it' })
  markdown!: string;

  @Field({ description: 'When this version was saved' })
  updatedAt!: Date;
}

@ObjectType('SitePagePayload')
export class SitePagePayloadType extends PayloadType('sitePage', () => SitePageType, {
  description: 'The page as saved',
}) {}
