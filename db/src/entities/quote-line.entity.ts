import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { QUOTE_LIMITS } from '@tt/shared/quote-rules';
import { Quote } from './quote.entity.js';

/**
 * A line of a quote: what, how many (hundredths: 1.5 hours is 150), of which unit, at which unit price (cents) and
 * VAT rate (basis points). Its figures are computed by shared/src/quote-rules.ts and kept with it.
 */
export const QuoteLine = defineEntity({
  name: 'QuoteLine',
  tableName: 'quote_line',
  properties: {
    id: p.integer().primary().autoincrement(),
    quote: () => p.manyToOne(Quote).deleteRule('cascade'),
    position: p.integer(),
    description: p.string().length(QUOTE_LIMITS.descriptionMax),
    quantityHundredths: p.bigint('number').check('quantity_hundredths > 0'),
    unit: p.string().length(QUOTE_LIMITS.unitMax),
    unitPriceCents: p.bigint('number'),
    vatBasisPoints: p
      .integer()
      .check(`((vat_basis_points >= 0) AND (vat_basis_points <= ${QUOTE_LIMITS.vatBasisPointsMax}))`),
    netCents: p.bigint('number'),
    vatCents: p.bigint('number'),
  },
  uniques: [{ name: 'quote_line_position_unique', properties: ['quote', 'position'] }],
});
export type QuoteLine = InferEntity<typeof QuoteLine>;
