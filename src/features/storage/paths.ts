/** Addresses of the storage pages, built in one place. */
export const volumePath = (id: string) => `/volumes/${id}`;

export const instancePath = (id: string) => `/instances/${id}`;

export const newVolumeFromSnapshotPath = (snapshotId: string) =>
  `/volumes/new?snapshot=${encodeURIComponent(snapshotId)}`;

export const snapshotsOfVolumePath = (volumeId: string) =>
  `/snapshots?volume_id=${encodeURIComponent(volumeId)}`;
