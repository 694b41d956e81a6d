import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import {
  instanceQueries,
  type InstanceListParams,
} from '../../api/queries/instances';
import type { Instance } from '../../api/types';
import { Button } from '../../components/button';
import { controlClass } from '../../components/control-class';

/** The most instances one request reads; the API allows no more. */
const PER_REQUEST = 100;

/** The instances to choose from: of a region, or all, by part of a name. */
export function instanceChoices(region?: string, name?: string) {
  const params: InstanceListParams = { per_page: PER_REQUEST };
  if (region) params.region = region;
  if (name) params.name = name;
  return instanceQueries.list(params);
}

const byName = (a: Instance, b: Instance) => a.name.localeCompare(b.name);

/**
 * One request's worth of instances to pick from. When the account has
 * more than that, a search by name (sent by the API's `name` filter)
 * reaches the rest, instead of reading every page up front.
 */
export function useInstanceChoices(region?: string) {
  const [name, setName] = useState('');
  const query = useQuery(instanceChoices(region, name));
  const items = query.data?.items ?? [];
  const total = query.data?.pagination.total_count ?? items.length;
  return {
    query,
    instances: [...items].sort(byName),
    name,
    setName,
    /** Shown only once a search is useful: more than one request holds. */
    searchable: name !== '' || total > items.length,
    total,
  };
}

type Choices = ReturnType<typeof useInstanceChoices>;

/** Finds instances by part of the name, on Enter or Find: not per key. */
export function InstanceSearch({ choices }: { choices: Choices }) {
  const id = useId();
  const [text, setText] = useState(choices.name);
  const shown = choices.instances.length;

  function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    choices.setName(text.trim().toLowerCase());
  }

  if (!choices.searchable) return null;
  return (
    <form role="search" onSubmit={find} className="mb-3 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Find an instance by name
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          className={controlClass}
          value={text}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          Find
        </Button>
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">
        {searchSummary(choices.name, shown, choices.total)}
      </p>
    </form>
  );
}

function searchSummary(name: string, shown: number, total: number) {
  const of = shown < total ? `the first ${shown} of ${total}` : `${total}`;
  if (name === '') {
    return `Listing ${of} instances; find one by name to reach the others.`;
  }
  const noun = total === 1 ? 'instance' : 'instances';
  return `Listing ${of} ${noun} whose name contains “${name}”.`;
}
