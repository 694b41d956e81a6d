/** Addresses of the storage pages, from the console's one list of them. */
export {
  instancePath,
  newVolumeFromSnapshotPath,
  snapshotsOfVolumePath,
  volumePath,
} from '../../lib/paths';
