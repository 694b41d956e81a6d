export { ApiForm } from './api-form';
export { applyApiError, type FormFailure } from './apply-api-error';
export { CheckboxField } from './checkbox-field';
export { CurlPreview } from './curl-preview';
export { FormAlert } from './form-alert';
export { NumberField, toNumber } from './number-field';
export { NameField, RegionField } from './resource-fields';
export { SelectField, type SelectOption } from './select-field';
export { TextAreaField, TextField } from './text-field';
export { useRecheck } from './use-recheck';
export { DraftNotice, useDraft, useDraftStart, type Draft } from './use-draft';
export {
  CreateLeaveGuard,
  leaveWithoutAsking,
  useLeaveGuard,
} from './leave-guard';
