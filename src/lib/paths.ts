/**
 * Addresses of the console's pages, built in one place so that a link
 * cannot point at a route that does not exist. Ids only, never names: a
 * rename must not break a link.
 */
const part = encodeURIComponent;

export const instancePath = (id: string) => `/instances/${part(id)}`;

export const volumePath = (id: string) => `/volumes/${part(id)}`;

export const newVolumeFromSnapshotPath = (snapshotId: string) =>
  `/volumes/new?snapshot=${part(snapshotId)}`;

/** A snapshot has no page of its own: the list of its volume's snapshots. */
export const snapshotsOfVolumePath = (volumeId: string) =>
  `/snapshots?volume_id=${part(volumeId)}`;

export const networkPath = (id: string) => `/networks/${part(id)}`;

export const loadBalancerPath = (id: string) => `/load-balancers/${part(id)}`;
