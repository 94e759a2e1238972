// Scores are decimals; the engine works on integers scaled by 10^decimals so that sums and
// comparisons are exact rather than within a float tolerance.
import { MatchingError } from './types.ts';

export const MAX_DECIMALS = 6;

/** Decimal places of a finite number as JavaScript prints it (its shortest round-trip form). */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e') || text.includes('E')) return Number.POSITIVE_INFINITY;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Scales `value` to an integer with `decimals` places, failing loudly if that is not exact. */
export function toScaled(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.round(value * factor);
  if (scaled / factor !== value || !Number.isSafeInteger(scaled)) {
    throw new MatchingError(
      'invalid-score',
      `score ${value} cannot be represented with ${decimals} decimals`,
    );
  }
  return scaled;
}

/** Formats an integer scaled by 10^decimals as a plain decimal string without trailing zeros. */
export function formatScaled(scaled: number, decimals: number): string {
  const negative = scaled < 0;
  let digits = String(Math.abs(scaled));
  if (decimals === 0) return (negative ? '-' : '') + digits;
  digits = digits.padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return (negative ? '-' : '') + whole + (fraction ? `.${fraction}` : '');
}
