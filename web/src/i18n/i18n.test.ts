import { AssetKind, DevelopmentStage, IpStatus, PartneringModel, PricingModel, values } from '@tt/shared/asset-enums';
import { CompanySize, PartnershipLevel } from '@tt/shared/company-enums';
import { PlatformKind } from '@tt/shared/taxonomy-enums';
import { TRL_DESCRIPTIONS } from '@tt/shared/trl';
import { describe, expect, it } from 'vitest';
import { availableLocales, getLocale, negotiateLocale, t } from './i18n';
import {
  companySizeLabel,
  developmentStageLabel,
  ipStatusLabel,
  kindLabel,
  partneringModelLabel,
  partnershipLevelLabel,
  platformKindLabel,
  pricingModelLabel,
  trlDescription,
} from './labels';
import en from './locales/en';
import enMembers from './locales/members/en';

describe('i18n', () => {
  it('fills parameters and picks plural forms', () => {
    expect(getLocale()).toBe('en');
    expect(t('catalogue.resultCount', { count: 1 })).toBe('1 result');
    expect(t('catalogue.resultCount', { count: 63 })).toBe('63 results');
    expect(t('catalogue.resultCount', { count: 1200 })).toBe('1,200 results');
    expect(t('asset.patentLink', { number: 'EP4198823A1' })).toBe('EP4198823A1 on Espacenet');
  });

  it('negotiates the language from the catalogues present, English by default', () => {
    expect(availableLocales()).toContain('en');
    expect(negotiateLocale(['xx-YY', 'en-GB'])).toBe('en');
    expect(negotiateLocale([null, undefined])).toBe('en');
  });

  it('has a label for every value of every enumeration', () => {
    const cases: [string[], (value: never) => string][] = [
      [values(AssetKind), kindLabel],
      [values(IpStatus), ipStatusLabel],
      [values(PartneringModel), partneringModelLabel],
      [values(DevelopmentStage), developmentStageLabel],
      [values(PricingModel), pricingModelLabel],
      [values(CompanySize), companySizeLabel],
      [values(PartnershipLevel), partnershipLevelLabel],
      [values(PlatformKind), platformKindLabel],
    ];
    for (const [all, label] of cases) {
      for (const value of all) {
        const text = label(value as never);
        expect(text, value).toBeTruthy();
        expect(text).not.toContain('enum.');
      }
    }
    expect(kindLabel('INVENTION')).toBe('Invention');
    expect(ipStatusLabel('PATENT_PENDING')).toBe('Patent pending');
  });

  it('describes every TRL as the shared definitions do', () => {
    for (let level = 1; level <= 9; level++) expect(trlDescription(level)).toBe(TRL_DESCRIPTIONS[level]);
    expect(trlDescription(0)).toBe('');
  });

  it('keeps every message non-empty', () => {
    for (const [key, message] of Object.entries({ ...en, ...enMembers })) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) expect(text.trim(), key).not.toBe('');
    }
  });
});
