import { Language, shownTextLanguage } from '@tt/shared/languages';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AssetType } from './asset.type.js';
import type { AssetRecord } from './asset-records.js';

/** What the text fields read of a listing: both languages' texts, and whether the Italian one is complete. */
type ListingText = Pick<
  AssetRecord,
  | 'title'
  | 'summary'
  | 'description'
  | 'problem'
  | 'benefits'
  | 'applications'
  | 'keywords'
  | 'turnaround'
  | 'titleIt'
  | 'summaryIt'
  | 'descriptionIt'
  | 'problemIt'
  | 'benefitsIt'
  | 'applicationsIt'
  | 'keywordsIt'
  | 'turnaroundIt'
  | 'hasItalianText'
>;

const inItalian = (asset: ListingText, ctx: RequestContext) =>
  shownTextLanguage(ctx.language, asset.hasItalianText) === Language.IT;

// A listing's texts in the request's language when the listing has it whole, else in English (the reference):
// every text of one listing in the same language, which textLanguage names.
@Resolver(() => AssetType)
export class AssetTextResolver {
  @FieldResolver(() => Language, {
    description: "The language of the listing's texts: the request's (Accept-Language) when it has them, else English",
  })
  textLanguage(@Root() asset: ListingText, @Ctx() ctx: RequestContext): Language {
    return shownTextLanguage(ctx.language, asset.hasItalianText);
  }

  @FieldResolver(() => String)
  title(@Root() asset: ListingText, @Ctx() ctx: RequestContext): string {
    return inItalian(asset, ctx) ? asset.titleIt : asset.title;
  }

  @FieldResolver(() => String, { description: 'One-line summary' })
  summary(@Root() asset: ListingText, @Ctx() ctx: RequestContext): string {
    return inItalian(asset, ctx) ? asset.summaryIt : asset.summary;
  }

  @FieldResolver(() => String, { description: 'Non-confidential description' })
  description(@Root() asset: ListingText, @Ctx() ctx: RequestContext): string {
    return inItalian(asset, ctx) ? asset.descriptionIt : asset.description;
  }

  @FieldResolver(() => String, { description: 'The problem it solves' })
  problem(@Root() asset: ListingText, @Ctx() ctx: RequestContext): string {
    return inItalian(asset, ctx) ? asset.problemIt : asset.problem;
  }

  @FieldResolver(() => String, { description: "The benefit over today's alternatives" })
  benefits(@Root() asset: ListingText, @Ctx() ctx: RequestContext): string {
    return inItalian(asset, ctx) ? asset.benefitsIt : asset.benefits;
  }

  @FieldResolver(() => [String])
  applications(@Root() asset: ListingText, @Ctx() ctx: RequestContext): string[] {
    return inItalian(asset, ctx) ? asset.applicationsIt : asset.applications;
  }

  @FieldResolver(() => [String])
  keywords(@Root() asset: ListingText, @Ctx() ctx: RequestContext): string[] {
    return inItalian(asset, ctx) ? asset.keywordsIt : asset.keywords;
  }

  @FieldResolver(() => String, { nullable: true, description: 'For services: typical turnaround' })
  turnaround(@Root() asset: ListingText, @Ctx() ctx: RequestContext): string | null {
    return inItalian(asset, ctx) ? asset.turnaroundIt : asset.turnaround;
  }
}
