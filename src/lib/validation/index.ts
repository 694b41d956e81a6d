export { checkName, NAME_MAX_LENGTH } from './name';
export {
  checkTag,
  checkTags,
  parseTags,
  MAX_TAGS,
  TAG_MAX_LENGTH,
} from './tags';
export { checkUserData, userDataBytes, USER_DATA_MAX_BYTES } from './user-data';
export { checkVolumeSize, VOLUME_MIN_GB, VOLUME_MAX_GB } from './volume-size';
export {
  checkPublicKey,
  fingerprint,
  parsePublicKey,
  SSH_KEY_TYPES,
  type ParsedKey,
} from './ssh-key';
export {
  DIGITS_ONLY,
  readWholeNumber,
  wholeNumberOrInput,
  type NotWhole,
} from './whole-number';
