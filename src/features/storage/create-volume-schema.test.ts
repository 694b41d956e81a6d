import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../api/types';
import {
  createVolumeSchema,
  monthlyPrice,
  toCreateRequest,
} from './create-volume-schema';

const snapshot: Snapshot = {
  id: 'snap-abc123',
  name: 'nightly',
  volume_id: 'vol-abc123',
  region: 'lagos-1',
  size_gb: 500,
  status: 'available',
  failure_reason: null,
  created_at: '2026-11-01T00:00:00Z',
};

const schema = createVolumeSchema([snapshot]);
const valid = {
  name: 'data-1',
  size_gb: 20,
  region: 'lagos-1',
  snapshot_id: '',
};

function errors(values: object) {
  const result = schema.safeParse({ ...valid, ...values });
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('the create-volume rules', () => {
  it('accepts a good volume', () => {
    expect(errors({})).toEqual({});
  });

  it('checks the name and the size with the shared validators', () => {
    expect(errors({ name: 'Data' })).toEqual({
      name: 'Use lowercase letters, digits and hyphens only',
    });
    expect(errors({ size_gb: undefined })).toEqual({
      size_gb: 'Enter a size in GB',
    });
    expect(errors({ size_gb: 1.5 })).toEqual({
      size_gb: 'Use a whole number of GB',
    });
    expect(errors({ size_gb: 16385 })).toEqual({
      size_gb: 'Use at most 16,384 GB',
    });
  });

  it('keeps a volume from a snapshot at least as large', () => {
    expect(errors({ snapshot_id: snapshot.id, size_gb: 499 })).toEqual({
      size_gb: 'Use at least 500 GB, the size of the snapshot',
    });
    expect(errors({ snapshot_id: snapshot.id, size_gb: 500 })).toEqual({});
  });

  it('leaves out an empty snapshot and prices whole cents', () => {
    expect(toCreateRequest(valid)).toEqual({
      name: 'data-1',
      size_gb: 20,
      region: 'lagos-1',
    });
    expect(monthlyPrice(20, 0.1)).toBe(2);
    expect(monthlyPrice(3, 0.333)).toBe(1);
    expect(monthlyPrice(0, 0.1)).toBeUndefined();
  });
});
