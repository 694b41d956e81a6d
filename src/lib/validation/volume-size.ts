import { DIGITS_ONLY, readWholeNumber } from './whole-number';

export const VOLUME_MIN_GB = 1;
export const VOLUME_MAX_GB = 16384;

/**
 * Accepts the raw value of a form input as well as a number from JSON, so
 * that the form and the mock give the same message for the same input.
 */
export function checkVolumeSize(
  size: unknown,
  snapshotSize?: number,
): string | undefined {
  const value = readWholeNumber(size);
  if (value === 'missing') return 'Enter a size in GB';
  if (value === 'fraction') return 'Use a whole number of GB';
  if (value === 'not-digits') return DIGITS_ONLY;
  if (value < VOLUME_MIN_GB) return `Use at least ${VOLUME_MIN_GB} GB`;
  if (value > VOLUME_MAX_GB) return 'Use at most 16,384 GB';
  if (snapshotSize !== undefined && value < snapshotSize) {
    return `Use at least ${snapshotSize} GB, the size of the snapshot`;
  }
  return undefined;
}
