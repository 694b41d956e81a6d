import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { regionsQuery } from '../../api/queries/reference';
import { controlClass } from '../control-class';

interface RegionFilterProps {
  /** The region in the URL; blank for all of them. */
  value: string;
  onChange: (region: string) => void;
  /** Names the search landmark: "Filter volumes". */
  label: string;
}

/** A list's region filter. */
export function RegionFilter({ value, onChange, label }: RegionFilterProps) {
  const id = useId();
  const regions = useQuery(regionsQuery).data;
  return (
    <div role="search" aria-label={label} className="mb-4 sm:max-w-xs">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Region
      </label>
      <select
        id={id}
        className={controlClass}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">All regions</option>
        {regions?.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name} ({region.id})
          </option>
        ))}
        {/* A region from a shared link shows before the regions arrive. */}
        {value && !regions && <option value={value}>{value}</option>}
      </select>
    </div>
  );
}
