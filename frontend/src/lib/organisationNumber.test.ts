import { describe, expect, it } from 'vitest';
import { organisationNumberProblem } from './organisationNumber';

describe('organisationNumberProblem', () => {
  it('accepts a number with the right mod-11 check digit, spaces allowed', () => {
    expect(organisationNumberProblem('123456785')).toBeNull();
    expect(organisationNumberProblem('123 456 785')).toBeNull();
  });

  it('names what is wrong: missing, not nine digits, or a wrong check digit', () => {
    expect(organisationNumberProblem('')).toBe('required');
    expect(organisationNumberProblem('12345678')).toBe('malformed');
    expect(organisationNumberProblem('123456789')).toBe('invalid-check-digit');
  });
});
