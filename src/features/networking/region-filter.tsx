import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { regionsQuery } from '../../api/queries/reference';
import { controlClass } from '../../components/form/field';

/** The region filter of a list; its value lives in the URL. */
export function RegionFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (region: string) => void;
}) {
  const id = useId();
  const regions = useQuery(regionsQuery).data ?? [];
  return (
    <div className="mb-4 max-w-xs">
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
        {regions.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name} ({region.id})
          </option>
        ))}
      </select>
    </div>
  );
}
