import { compareNames, countryName } from '../i18n/i18n';

// Countries offered in forms (ISO 3166-1 alpha-2): Europe first of all, and the main partner
// countries elsewhere. Names come from the browser (Intl.DisplayNames), in the user's language.
const CODES = [
  'AE',
  'AL',
  'AR',
  'AT',
  'AU',
  'BA',
  'BE',
  'BG',
  'BR',
  'CA',
  'CH',
  'CL',
  'CN',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'EG',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IL',
  'IN',
  'IS',
  'IT',
  'JP',
  'KR',
  'LI',
  'LT',
  'LU',
  'LV',
  'MA',
  'MC',
  'ME',
  'MK',
  'MT',
  'MX',
  'NL',
  'NO',
  'NZ',
  'PL',
  'PT',
  'RO',
  'RS',
  'SA',
  'SE',
  'SG',
  'SI',
  'SK',
  'SM',
  'TN',
  'TR',
  'TW',
  'UA',
  'US',
  'ZA',
] as const;

/** The countries as select options, by name; `include` adds a code the list lacks (a stored value). */
export function countryOptions(include?: string | null): { value: string; label: string }[] {
  const codes: string[] = [...CODES];
  if (include && /^[A-Z]{2}$/.test(include) && !codes.includes(include)) codes.push(include);
  return codes
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => compareNames(a.label, b.label));
}
