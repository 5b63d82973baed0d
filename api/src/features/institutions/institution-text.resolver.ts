import { Language, shownTextLanguage } from '@tt/shared/languages';
import { placeName } from '@tt/shared/place-names';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { InstitutionTextsType, PlatformTextsType } from './directory-texts.type.js';
import { InstitutionType } from './institution.type.js';
import type { InstitutionRecord, PlatformRecord } from './institution-records.js';
import { PlatformType } from './platform.type.js';

// An institute's and a platform's texts in the request's language when they have them whole, else in English (the
// reference), which textLanguage names.

type InstitutionText = Pick<
  InstitutionRecord,
  | 'description'
  | 'mission'
  | 'descriptionIt'
  | 'missionIt'
  | 'hasItalianText'
  | 'city'
  | 'region'
  | 'cityIt'
  | 'regionIt'
>;
type PlatformText = Pick<
  PlatformRecord,
  'description' | 'capabilities' | 'descriptionIt' | 'capabilitiesIt' | 'hasItalianText'
>;

const inItalian = (texts: { hasItalianText: boolean }, ctx: RequestContext) =>
  shownTextLanguage(ctx.language, texts.hasItalianText) === Language.IT;

const TEXT_LANGUAGE = "The language of its texts: the request's (Accept-Language) when it has them, else English";
const TEXTS = "Its texts in one language as stored, whatever the request's (empty where not translated): for editing";

@Resolver(() => InstitutionType)
export class InstitutionTextResolver {
  @FieldResolver(() => Language, { description: TEXT_LANGUAGE })
  textLanguage(@Root() institution: InstitutionText, @Ctx() ctx: RequestContext): Language {
    return shownTextLanguage(ctx.language, institution.hasItalianText);
  }

  @FieldResolver(() => String)
  description(@Root() institution: InstitutionText, @Ctx() ctx: RequestContext): string {
    return inItalian(institution, ctx) ? institution.descriptionIt : institution.description;
  }

  @FieldResolver(() => String)
  mission(@Root() institution: InstitutionText, @Ctx() ctx: RequestContext): string {
    return inItalian(institution, ctx) ? institution.missionIt : institution.mission;
  }

  @FieldResolver(() => String, { description: "Its city as the request's language names it" })
  city(@Root() institution: InstitutionText, @Ctx() ctx: RequestContext): string {
    return placeName(institution.city, institution.cityIt, ctx.language);
  }

  @FieldResolver(() => String, { description: "Its region as the request's language names it" })
  region(@Root() institution: InstitutionText, @Ctx() ctx: RequestContext): string {
    return placeName(institution.region, institution.regionIt, ctx.language);
  }

  @FieldResolver(() => InstitutionTextsType, { description: TEXTS })
  texts(
    @Root() institution: InstitutionText,
    @Arg('language', () => Language) language: Language,
  ): InstitutionTextsType {
    return language === Language.IT
      ? {
          language,
          description: institution.descriptionIt,
          mission: institution.missionIt,
          city: institution.cityIt,
          region: institution.regionIt,
        }
      : {
          language,
          description: institution.description,
          mission: institution.mission,
          city: institution.city,
          region: institution.region,
        };
  }
}

@Resolver(() => PlatformType)
export class PlatformTextResolver {
  @FieldResolver(() => Language, { description: TEXT_LANGUAGE })
  textLanguage(@Root() platform: PlatformText, @Ctx() ctx: RequestContext): Language {
    return shownTextLanguage(ctx.language, platform.hasItalianText);
  }

  @FieldResolver(() => String)
  description(@Root() platform: PlatformText, @Ctx() ctx: RequestContext): string {
    return inItalian(platform, ctx) ? platform.descriptionIt : platform.description;
  }

  @FieldResolver(() => [String])
  capabilities(@Root() platform: PlatformText, @Ctx() ctx: RequestContext): string[] {
    return inItalian(platform, ctx) ? platform.capabilitiesIt : platform.capabilities;
  }

  @FieldResolver(() => PlatformTextsType, { description: TEXTS })
  texts(@Root() platform: PlatformText, @Arg('language', () => Language) language: Language): PlatformTextsType {
    return language === Language.IT
      ? { language, description: platform.descriptionIt, capabilities: platform.capabilitiesIt }
      : { language, description: platform.description, capabilities: platform.capabilities };
  }
}
