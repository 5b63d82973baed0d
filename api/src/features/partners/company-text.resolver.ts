import { Language, shownTextLanguage } from '@tt/shared/languages';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { CompanyType } from './company.type.js';
import type { CompanyRecord } from './company-records.js';
import { CompanyTextsType } from './company-texts.type.js';

type CompanyText = Pick<CompanyRecord, 'description' | 'descriptionIt' | 'hasItalianText'>;

// A company's description in the request's language when it has it, else in English (the reference), which
// textLanguage names; texts(language:) gives either as stored, for its profile's editor.
@Resolver(() => CompanyType)
export class CompanyTextResolver {
  @FieldResolver(() => Language, {
    description: "The language of its description: the request's (Accept-Language) when it has it, else English",
  })
  textLanguage(@Root() company: CompanyText, @Ctx() ctx: RequestContext): Language {
    return shownTextLanguage(ctx.language, company.hasItalianText);
  }

  @FieldResolver(() => String)
  description(@Root() company: CompanyText, @Ctx() ctx: RequestContext): string {
    return shownTextLanguage(ctx.language, company.hasItalianText) === Language.IT
      ? company.descriptionIt
      : company.description;
  }

  @FieldResolver(() => CompanyTextsType, {
    description: "Its texts in one language as stored, whatever the request's (empty where not written): for editing",
  })
  texts(@Root() company: CompanyText, @Arg('language', () => Language) language: Language): CompanyTextsType {
    return { language, description: language === Language.IT ? company.descriptionIt : company.description };
  }
}
