import { AssetKind, DevelopmentStage, IpStatus, PartneringModel, PricingModel, values } from '@tt/shared/asset-enums';
import { CompanySize } from '@tt/shared/company-enums';
import { LANGUAGES } from '@tt/shared/languages';
import { PartnerStatus } from '@tt/shared/partner-rules';
import { PlatformKind } from '@tt/shared/taxonomy-enums';
import { TRL_DESCRIPTIONS } from '@tt/shared/trl';
import { afterEach, describe, expect, it } from 'vitest';
import linguiConfig from '../../lingui.config';
import { activateLocale, availableLocales, formatNumber, getLocale, t } from './i18n';
import {
  companySizeLabel,
  developmentStageLabel,
  ipStatusLabel,
  kindLabel,
  partneringModelLabel,
  partnerStatusLabel,
  platformKindLabel,
  pricingModelLabel,
  trlDescription,
} from './labels';

describe('i18n', () => {
  afterEach(() => activateLocale('en'));

  it('fills parameters and picks plural forms', () => {
    expect(getLocale()).toBe('en');
    expect(t('catalogue.resultCount', { count: 1 })).toBe('1 result');
    expect(t('catalogue.resultCount', { count: 63 })).toBe('63 results');
    expect(t('catalogue.resultCount', { count: 1200 })).toBe('1,200 results');
    expect(t('asset.patentLink', { number: 'EP4198823A1' })).toBe('EP4198823A1 on Espacenet');
    // A number that is not a plural's count shows in the locale's format too.
    expect(t('common.showAll', { count: 1200 })).toBe('Show all (1,200)');
    expect(t('catalogue.facet.trlOption', { level: 4 })).toBe('TRL 4');
  });

  it('speaks the languages of the marketplace, and the catalogues are configured for them', () => {
    expect(availableLocales()).toEqual([...LANGUAGES].sort());
    expect(linguiConfig.locales).toEqual([...LANGUAGES]);
    expect(linguiConfig.sourceLocale).toBe('en');
  });

  it('switches language with both parts of its messages, numbers in its format', async () => {
    await activateLocale('it');
    expect(getLocale()).toBe('it');
    expect(document.documentElement.lang).toBe('it');
    expect(formatNumber(12345.5)).toBe('12.345,5');
    // Each part is there: the bundled one and the signed-in pages' (loaded by the test setup).
    expect(t('app.name')).toBe('TT Marketplace');
    expect(t('account.metaTitle')).not.toBe('account.metaTitle');
    await activateLocale('xx');
    expect(getLocale()).toBe('en');
  });

  it('has a label for every value of every enumeration', () => {
    const cases: [string[], (value: never) => string][] = [
      [values(AssetKind), kindLabel],
      [values(IpStatus), ipStatusLabel],
      [values(PartneringModel), partneringModelLabel],
      [values(DevelopmentStage), developmentStageLabel],
      [values(PricingModel), pricingModelLabel],
      [values(CompanySize), companySizeLabel],
      [values(PartnerStatus), partnerStatusLabel],
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
});
