import { describe, expect, it } from 'vitest';
import { checkVolumeSize } from './volume-size';

describe('checkVolumeSize', () => {
  it.each([1, 100, 16384, '250', ' 20 '])('accepts %j', (size) => {
    expect(checkVolumeSize(size)).toBeUndefined();
  });

  it('asks for a size when missing', () => {
    expect(checkVolumeSize('')).toBe('Enter a size in GB');
    expect(checkVolumeSize(undefined)).toBe('Enter a size in GB');
    expect(checkVolumeSize('ten')).toBe('Use digits only (0–9)');
  });

  it('wants whole GB within 1 to 16,384', () => {
    expect(checkVolumeSize(10.5)).toBe('Use a whole number of GB');
    expect(checkVolumeSize(0)).toBe('Use at least 1 GB');
    expect(checkVolumeSize(16385)).toBe('Use at most 16,384 GB');
  });

  it('is not smaller than the snapshot it starts from', () => {
    expect(checkVolumeSize(40, 50)).toBe(
      'Use at least 50 GB, the size of the snapshot',
    );
    expect(checkVolumeSize(50, 50)).toBeUndefined();
  });
});
