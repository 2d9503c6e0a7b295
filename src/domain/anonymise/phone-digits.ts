// The digits of a UK phone number, shared by the finders of written and spoken numbers.

/** The national form of a UK number: "+44 (0)7700 900123" → "07700900123"; undefined if not UK. */
export function nationalPhoneDigits(value: string): string | undefined {
  const digits = value.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (value.trim().startsWith('+44') || digits.startsWith('0044')) {
    const rest = digits.replace(/^(?:0044|44)/, '');
    return rest.startsWith('0') ? rest : `0${rest}`;
  }
  return digits.startsWith('0') ? digits : undefined;
}

/** True when the national digits have the length and prefix of a UK phone number. */
export function isUkPhoneNumber(national: string): boolean {
  if (/^0[1-35789]\d{9}$/.test(national)) return true;
  return /^01\d{8}$/.test(national);
}

/**
 * True when a value read by another finder (a serial, a booking or a listed number) is a UK phone
 * number, which the phone finders take instead: "+44", "0044" or a bare "44" before it included.
 */
export function readsAsUkPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  const national = nationalPhoneDigits(digits.startsWith('44') ? `+${digits}` : value);
  return national !== undefined && isUkPhoneNumber(national);
}
