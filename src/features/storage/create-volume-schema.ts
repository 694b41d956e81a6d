import { z } from 'zod';
import type { Region, Snapshot, VolumeCreate } from '../../api/types';
import { checkName, checkVolumeSize } from '../../lib/validation';

/** What the form offers, loaded before it is shown. */
export interface VolumeChoices {
  regions: Region[];
  /** Snapshots a volume can start from: the available ones. */
  snapshots: Snapshot[];
  /** Price of a GB for a month, and its currency. */
  gbMonth: number;
  currency: string;
}

/**
 * The form's rules are the mock cloud's own validators, so the message
 * under an input is the one the API would send. The size's lower bound
 * depends on the chosen snapshot, hence a schema made per list.
 */
export function createVolumeSchema(snapshots: readonly Snapshot[]) {
  return z
    .object({
      name: z.string(),
      size_gb: z.custom<number | undefined>(() => true),
      region: z.string().min(1, 'Choose a region'),
      snapshot_id: z.string(),
    })
    .superRefine((values, context) => {
      const nameError = checkName(values.name);
      if (nameError) {
        context.addIssue({
          code: 'custom',
          path: ['name'],
          message: nameError,
        });
      }
      const source = snapshots.find((s) => s.id === values.snapshot_id);
      const sizeError = checkVolumeSize(values.size_gb, source?.size_gb);
      if (sizeError) {
        context.addIssue({
          code: 'custom',
          path: ['size_gb'],
          message: sizeError,
        });
      }
    });
}

export type CreateVolumeValues = z.input<ReturnType<typeof createVolumeSchema>>;

export const DEFAULT_SIZE_GB = 10;

/** The region offered first: Lagos, else the first that takes resources. */
function defaultRegion(regions: readonly Region[]): string {
  const open = regions.filter((region) => region.available);
  return (open.find((region) => region.id === 'lagos-1') ?? open[0])?.id ?? '';
}

/** Empty, or started from a snapshot: its size and its region. */
export function initialValues(
  choices: VolumeChoices,
  snapshot?: Snapshot,
): CreateVolumeValues {
  return {
    name: '',
    size_gb: snapshot?.size_gb ?? DEFAULT_SIZE_GB,
    region: snapshot?.region ?? defaultRegion(choices.regions),
    snapshot_id: snapshot?.id ?? '',
  };
}

/** The request body, for the request and for its curl preview. */
export function toCreateRequest(values: CreateVolumeValues): VolumeCreate {
  return {
    name: values.name,
    size_gb: values.size_gb as number,
    region: values.region,
    snapshot_id: values.snapshot_id || undefined,
  };
}

/** What a month of the volume costs, or nothing while the size is wrong. */
export function monthlyPrice(size: unknown, gbMonth: number) {
  if (checkVolumeSize(size) !== undefined) return undefined;
  // Whole cents, as the bill counts them.
  return Math.round((size as number) * gbMonth * 100) / 100;
}
