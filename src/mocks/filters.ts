import { badRequest, fail, findByIdOrName } from './http';
import type { MockState } from './types';

// Query filters shared by the lists. An unknown value matches nothing,
// as a filter on a real list would, rather than being an error.

export function queryOf(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}

export function byRegion<T extends { region: string }>(
  items: T[],
  query: URLSearchParams,
): T[] {
  const region = query.get('region');
  return region ? items.filter((item) => item.region === region) : items;
}

/** An instance filter takes the instance's id or its name. */
export function instanceIdFilter(
  state: MockState,
  query: URLSearchParams,
): string | undefined {
  const key = query.get('instance_id');
  if (key === null) return undefined;
  if (key === '') fail(badRequest('instance_id is empty'));
  return findByIdOrName(state.instances, key)?.id ?? key;
}

/** Newest first, with the id as a tiebreak so pages never overlap. */
export function newestFirst<T extends { created_at: string; id: string }>(
  items: T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      b.created_at.localeCompare(a.created_at) || a.id.localeCompare(b.id),
  );
}
