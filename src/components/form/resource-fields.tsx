import type { ReactNode } from 'react';
import type { Region } from '../../api/types';
import { SelectField } from './select-field';
import { TextField } from './text-field';

interface NameFieldProps {
  label?: string;
  description?: ReactNode;
  mono?: boolean;
}

/** A resource's name, typed as the API spells it: no capitals, no spell check. */
export function NameField({
  label = 'Name',
  description = 'Lowercase letters, digits and hyphens, starting with a letter.',
  mono,
}: NameFieldProps) {
  return (
    <TextField
      name="name"
      label={label}
      description={description}
      autoComplete="off"
      autoCapitalize="none"
      spellCheck={false}
      mono={mono}
    />
  );
}

interface RegionFieldProps {
  regions: Region[];
  description?: ReactNode;
}

/**
 * The region a resource is made in. A region that takes no new resources
 * is listed, disabled, with the reason, rather than left out.
 */
export function RegionField({ regions, description }: RegionFieldProps) {
  return (
    <SelectField
      name="region"
      label="Region"
      placeholder="Choose a region"
      description={description}
      options={regions.map((region) => ({
        value: region.id,
        label: region.available
          ? `${region.name} (${region.id})`
          : `${region.name} (${region.id}): not taking new resources`,
        disabled: !region.available,
      }))}
    />
  );
}
