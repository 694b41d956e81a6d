import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { regionsQuery } from '../../api/queries/reference';
import { volumeQueries } from '../../api/queries/volumes';
import { controlClass } from '../../components/control-class';
import { instanceNamesQuery, useInstanceNames } from './instance-names';

export const volumeFilters = ['region', 'instance_id'] as const;
export type VolumeFilter = (typeof volumeFilters)[number];

export const snapshotFilters = ['volume_id'] as const;
export type SnapshotFilter = (typeof snapshotFilters)[number];

/** One page of volumes names the sources of most snapshots. */
export const volumeNamesQuery = volumeQueries.list({ per_page: 100 });

interface Choice {
  value: string;
  label: string;
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

const searchClass = 'mb-4 grid gap-3 sm:max-w-2xl sm:grid-cols-2';

function FilterSelect({
  label,
  value,
  anyLabel,
  choices,
  onChange,
}: {
  label: string;
  value: string;
  /** The choice that filters nothing out: "All regions". */
  anyLabel: string;
  choices: Choice[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  // A value from a shared link shows before (or without) its choices.
  const missing = value && !choices.some((choice) => choice.value === value);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        className={controlClass}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        {missing && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}

interface VolumeFiltersProps {
  filters: Record<VolumeFilter, string>;
  onChange: (values: Partial<Record<VolumeFilter, string>>) => void;
}

/**
 * The volumes list's filters: region and the instance a volume is attached
 * to. The instances offered are those of the chosen region, since a volume
 * is always attached in its own region.
 */
export function VolumeFilters({ filters, onChange }: VolumeFiltersProps) {
  const regions = useQuery(regionsQuery).data ?? [];
  const instances = useQuery(instanceNamesQuery).data?.items ?? [];
  const chosen = filters.instance_id;
  const names = useInstanceNames([chosen || null]);
  const inRegion = instances.filter(
    (i) => !filters.region || i.region === filters.region,
  );
  const instanceChoices = inRegion
    .map((i) => ({ value: i.id, label: i.name }))
    .sort(byLabel);
  const chosenName = names.get(chosen);
  if (chosen && chosenName && !inRegion.some((i) => i.id === chosen)) {
    instanceChoices.push({ value: chosen, label: chosenName });
  }

  function changeRegion(region: string) {
    // An instance of another region would leave nothing to show.
    const instance = instances.find((i) => i.id === chosen);
    const keep = !region || !instance || instance.region === region;
    onChange(keep ? { region } : { region, instance_id: '' });
  }

  return (
    <div role="search" aria-label="Filter volumes" className={searchClass}>
      <FilterSelect
        label="Region"
        value={filters.region}
        anyLabel="All regions"
        choices={regions.map((r) => ({
          value: r.id,
          label: `${r.name} (${r.id})`,
        }))}
        onChange={changeRegion}
      />
      <FilterSelect
        label="Attached to"
        value={chosen}
        anyLabel="Any instance, or none"
        choices={instanceChoices}
        onChange={(instanceId) => onChange({ instance_id: instanceId })}
      />
    </div>
  );
}

interface SnapshotFiltersProps {
  filters: Record<SnapshotFilter, string>;
  onChange: (values: Partial<Record<SnapshotFilter, string>>) => void;
}

/** The snapshots list's filter: the volume they were taken of. */
export function SnapshotFilters({ filters, onChange }: SnapshotFiltersProps) {
  const volumes = useQuery(volumeNamesQuery).data?.items ?? [];
  const choices = volumes
    .map((volume) => ({ value: volume.id, label: volume.name }))
    .sort(byLabel);
  return (
    <div role="search" aria-label="Filter snapshots" className={searchClass}>
      <FilterSelect
        label="Source volume"
        value={filters.volume_id}
        anyLabel="All volumes"
        choices={choices}
        onChange={(volumeId) => onChange({ volume_id: volumeId })}
      />
    </div>
  );
}
