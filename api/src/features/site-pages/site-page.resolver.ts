import { Language } from '@tt/shared/languages';
import { SitePageKey } from '@tt/shared/site-pages';
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InputMutation } from '../../schema/input-mutation.js';
import { toPayload } from '../../schema/to-payload.js';
import { inViewerTransaction } from '../../schema/viewer-transaction.js';
import { SaveSitePageInput, SitePagePreviewInput } from './site-page.input.js';
import { currentSitePage, saveSitePage } from './site-page.service.js';
import { SitePagePayloadType, SitePageType } from './site-page.type.js';
import { renderSitePageMarkdown } from './site-page-markdown.js';

/** The network's pages: anyone reads them; administrators write them. */
@Resolver(() => SitePageType)
export class SitePageResolver {
  @Query(() => SitePageType, {
    nullable: true,
    description: "One of the network's pages in a language (the request's when not given)",
  })
  sitePage(
    @Ctx() ctx: RequestContext,
    @Arg('key', () => SitePageKey) key: SitePageKey,
    @Arg('language', () => Language, { nullable: true }) language: Language | null,
  ): Promise<SitePageType | null> {
    return currentSitePage(ctx.db, key, language ?? ctx.language);
  }

  @FieldResolver(() => String, { description: 'The Markdown as HTML, safe to show as it is (no raw HTML, safe links)' })
  html(@Root() page: SitePageType): string {
    return renderSitePageMarkdown(page.markdown);
  }

  @Authorized(['ADMIN'])
  @Query(() => String, { description: 'Markdown as a page would show it, for the editor’s preview' })
  sitePagePreview(@Arg('input', () => SitePagePreviewInput) input: SitePagePreviewInput): string {
    return renderSitePageMarkdown(input.markdown);
  }

  @Authorized(['ADMIN'])
  @InputMutation(() => SitePagePayloadType, SaveSitePageInput, {
    description: 'Saves a page in a language as a new version; the previous versions are kept',
  })
  async saveSitePage(ctx: RequestContext, input: SaveSitePageInput): Promise<SitePagePayloadType> {
    return toPayload(
      'sitePage',
      await inViewerTransaction(ctx, (db, viewer) => saveSitePage(db, viewer, input)),
    ) as SitePagePayloadType;
  }
}
