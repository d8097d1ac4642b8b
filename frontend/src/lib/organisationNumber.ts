const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * Checks a Norwegian organisation number before it is sent: nine digits, the last the mod-11
 * check digit of the first eight. Returns the same codes the server's field errors use.
 */
export function organisationNumberProblem(value: string): 'required' | 'malformed' | 'invalid-check-digit' | null {
  const digits = value.replace(/\s/g, '');
  if (digits === '') return 'required';
  if (!/^\d{9}$/.test(digits)) return 'malformed';
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === 10 || check !== Number(digits[8]) ? 'invalid-check-digit' : null;
}
