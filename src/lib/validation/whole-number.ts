// Counts, sizes and ports are whole numbers written in decimal digits.
// Number() alone would also read "0x50" as 80 and "1e3" as 1000, so the
// request would carry a value the user never saw on the screen.

/** Why an input is not a whole number. */
export type NotWhole = 'missing' | 'fraction' | 'not-digits';

const INTEGER = /^-?\d+$/;
const FRACTION = /^-?(\d+\.\d*|\.\d+)$/;

/** Reads a form input's text or a value from JSON: the number, or why not. */
export function readWholeNumber(input: unknown): number | NotWhole {
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return 'missing';
    return Number.isInteger(input) ? input : 'fraction';
  }
  if (typeof input !== 'string') return 'missing';
  const text = input.trim();
  if (text === '') return 'missing';
  // A minus is read so that the range check can say what is allowed.
  if (INTEGER.test(text)) return Number(text);
  return FRACTION.test(text) ? 'fraction' : 'not-digits';
}

export const DIGITS_ONLY = 'Use digits only (0–9)';

/**
 * The number to send, or the input as it is when it is not one: a preview
 * then shows the mistake instead of a number nobody typed.
 */
export function wholeNumberOrInput(input: unknown): number {
  const read = readWholeNumber(input);
  return typeof read === 'number' ? read : (input as number);
}
