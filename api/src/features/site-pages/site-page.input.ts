import { Language } from '@tt/shared/languages';
import { SITE_PAGE_MARKDOWN_MAX_LENGTH, SitePageKey } from '@tt/shared/site-pages';
import { Field, InputType, Int } from 'type-graphql';
import { TextLimit } from '../../schema/text-input.js';

@InputType('SaveSitePageInput', { description: "An administrator saves one of the network's pages in one language" })
export class SaveSitePageInput {
  @Field(() => SitePageKey)
  key!: SitePageKey;

  @Field(() => Language)
  language!: Language;

  @TextLimit({ max: SITE_PAGE_MARKDOWN_MAX_LENGTH })
  @Field({ description: 'Markdown; raw HTML is shown as text' })
  markdown!: string;

  @Field(() => Int, { description: 'The version the editor opened: a save on top of a newer one is refused' })
  expectedVersion!: number;
}

@InputType('SitePagePreviewInput')
export class SitePagePreviewInput {
  @TextLimit({ max: SITE_PAGE_MARKDOWN_MAX_LENGTH })
  @Field({ description: 'Markdown, as the editor holds it' })
  markdown!: string;
}
