// A person's work phone number, as people write them ("+39 0543 739100", "(02) 2390-1"): digits with the usual
// separators and an optional leading "+". Kept as written; the web dials it through a tel: link without the
// separators.

export const PHONE_MAX_LENGTH = 40;
const PHONE_DIGITS_MIN = 6;
const PHONE_DIGITS_MAX = 17;
const PHONE_SHAPE = /^\+?[0-9(][0-9 ()./-]*$/;

/** The code of what is wrong with a phone number as typed (already trimmed), or null when it is usable. */
export function phoneProblem(phone: string): 'PHONE_INVALID' | 'TEXT_TOO_LONG' | null {
  if (phone.length > PHONE_MAX_LENGTH) return 'TEXT_TOO_LONG';
  if (!PHONE_SHAPE.test(phone)) return 'PHONE_INVALID';
  const digits = phone.replace(/\D/g, '').length;
  return digits < PHONE_DIGITS_MIN || digits > PHONE_DIGITS_MAX ? 'PHONE_INVALID' : null;
}

/** The number for a tel: link: its leading "+" and digits. */
export function dialablePhone(phone: string): string {
  return (phone.trim().startsWith('+') ? '+' : '') + phone.replace(/\D/g, '');
}
