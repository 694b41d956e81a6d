import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

interface ListParamsOptions<Filter extends string> {
  /** The filters the list offers, by their API query name. */
  filters: readonly Filter[];
  /** A filter's value while the URL says nothing about it. */
  defaults?: Partial<Record<Filter, string>>;
  perPage?: number;
}

export interface ListParams<Filter extends string> {
  page: number;
  perPage: number;
  filters: Record<Filter, string>;
  /** Page, page size and the non-empty filters, ready for the API. */
  query: Record<string, string | number>;
  setFilter: (name: Filter, value: string) => void;
  setFilters: (values: Partial<Record<Filter, string>>) => void;
  setPage: (page: number) => void;
}

const maxPerPage = 100;

function positiveInt(text: string | null, fallback: number) {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

/**
 * A paginated list's page and filters, kept in the URL so that back,
 * forward, reload and a shared link all restore them. Each change is one
 * navigation (a history entry), and a filter change returns to page 1 in
 * that same navigation.
 */
export function useListParams<const Filter extends string>({
  filters: names,
  defaults,
  perPage: defaultPerPage = 25,
}: ListParamsOptions<Filter>): ListParams<Filter> {
  const [searchParams, setSearchParams] = useSearchParams();

  const page = positiveInt(searchParams.get('page'), 1);
  const perPage = Math.min(
    positiveInt(searchParams.get('per_page'), defaultPerPage),
    maxPerPage,
  );

  // Callers pass the options inline; keyed by content, the results keep
  // their identity between renders and are safe to use as dependencies.
  const optionsKey = JSON.stringify([names, defaults ?? {}]);
  const filters = useMemo(() => {
    const [list, fallback] = JSON.parse(optionsKey) as [
      Filter[],
      Partial<Record<Filter, string>>,
    ];
    const entries = list.map((name) => [
      name,
      searchParams.get(name) ?? fallback[name] ?? '',
    ]);
    return Object.fromEntries(entries) as Record<Filter, string>;
  }, [optionsKey, searchParams]);

  const setFilters = useCallback(
    (values: Partial<Record<Filter, string>>) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        const entries = Object.entries(values) as [string, string?][];
        for (const [name, value] of entries) {
          // Kept as typed (a search may end in a space); blank is no filter.
          if (value?.trim()) next.set(name, value);
          else next.delete(name);
        }
        next.delete('page');
        return next;
      }),
    [setSearchParams],
  );

  const setFilter = useCallback(
    (name: Filter, value: string) =>
      setFilters({ [name]: value } as Partial<Record<Filter, string>>),
    [setFilters],
  );

  const setPage = useCallback(
    (target: number) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        if (target > 1) next.set('page', String(Math.floor(target)));
        else next.delete('page');
        return next;
      }),
    [setSearchParams],
  );

  const query = useMemo(() => {
    const result: Record<string, string | number> = { page, per_page: perPage };
    for (const [name, value] of Object.entries(filters)) {
      if (value) result[name] = value as string;
    }
    return result;
  }, [page, perPage, filters]);

  return { page, perPage, filters, query, setFilter, setFilters, setPage };
}
