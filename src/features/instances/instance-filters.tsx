import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { regionsQuery } from '../../api/queries/reference';
import { Button } from '../../components/button';
import { cx } from '../../lib/class-names';

export const instanceFilters = ['name', 'region', 'status', 'tag'] as const;
export type InstanceFilter = (typeof instanceFilters)[number];

/** Status choices; "changing" asks for every transitional state at once. */
const statusChoices = [
  { value: '', label: 'Any status' },
  { value: 'running', label: 'Running' },
  { value: 'stopped', label: 'Stopped' },
  {
    value: 'provisioning,stopping,starting,rebooting,rebuilding,resizing',
    label: 'Changing',
  },
  { value: 'provisioning', label: 'Provisioning' },
] as const;

const controlClass = cx(
  'h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm',
);

interface InstanceFiltersProps {
  filters: Record<InstanceFilter, string>;
  onChange: (values: Partial<Record<InstanceFilter, string>>) => void;
}

/**
 * Search and filters. Typed text is applied when the user pauses, so that
 * a search costs one request rather than one per keystroke.
 */
export function InstanceFilters({ filters, onChange }: InstanceFiltersProps) {
  const regions = useQuery(regionsQuery);
  const ids = { name: useId(), region: useId(), status: useId(), tag: useId() };
  const [name, setName] = useDebouncedFilter(filters.name, (value) =>
    onChange({ name: value }),
  );
  const [tag, setTag] = useDebouncedFilter(filters.tag, (value) =>
    onChange({ tag: value }),
  );
  const anyFilter = Object.values(filters).some(Boolean);

  return (
    <div
      role="search"
      aria-label="Filter instances"
      className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <div>
        <label htmlFor={ids.name} className="text-sm font-medium">
          Search by name
        </label>
        <input
          id={ids.name}
          type="search"
          value={name}
          onChange={(event) => setName(event.target.value)}
          className={controlClass}
          autoComplete="off"
        />
      </div>
      <div>
        <label htmlFor={ids.region} className="text-sm font-medium">
          Region
        </label>
        <select
          id={ids.region}
          value={filters.region}
          onChange={(event) => onChange({ region: event.target.value })}
          className={controlClass}
        >
          <option value="">All regions</option>
          {regions.data?.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name} ({region.id})
            </option>
          ))}
          {/* A region from a shared link shows before the list arrives. */}
          {filters.region && !regions.data && (
            <option value={filters.region}>{filters.region}</option>
          )}
        </select>
      </div>
      <div>
        <label htmlFor={ids.status} className="text-sm font-medium">
          Status
        </label>
        <select
          id={ids.status}
          value={filters.status}
          onChange={(event) => onChange({ status: event.target.value })}
          className={controlClass}
        >
          {statusChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
          {filters.status &&
            !statusChoices.some(
              (choice) => choice.value === filters.status,
            ) && <option value={filters.status}>{filters.status}</option>}
        </select>
      </div>
      <div>
        <label htmlFor={ids.tag} className="text-sm font-medium">
          Tag
        </label>
        <input
          id={ids.tag}
          type="search"
          value={tag}
          onChange={(event) => setTag(event.target.value)}
          className={controlClass}
          autoComplete="off"
        />
      </div>
      <Button
        variant="ghost"
        disabled={!anyFilter}
        onClick={() => {
          setName('');
          setTag('');
          onChange({ name: '', region: '', status: '', tag: '' });
        }}
      >
        Clear filters
      </Button>
    </div>
  );
}

const typingPause = 400;

/**
 * A text filter that follows the URL (back and forward change it) but
 * reports what the user types only once they pause.
 */
function useDebouncedFilter(applied: string, apply: (value: string) => void) {
  const [draft, setDraft] = useState(applied);
  const [lastApplied, setLastApplied] = useState(applied);
  // The latest callback, without restarting the pause on every render.
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });

  // The URL changed under us (back, forward, a cleared filter): follow it.
  if (applied !== lastApplied) {
    setLastApplied(applied);
    setDraft(applied);
  }

  useEffect(() => {
    if (draft.trim() === applied.trim()) return;
    const timer = setTimeout(() => applyRef.current(draft.trim()), typingPause);
    return () => clearTimeout(timer);
  }, [draft, applied]);

  return [draft, setDraft] as const;
}
