import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ListParamsOptions<Filter extends string> {
  /** The filters the list offers, by their API query name. */
  filters: readonly Filter[];
  /** A filter's value while the URL says nothing about it. */
  defaults?: Partial<Record<Filter, string>>;
  /**
   * Filters whose values come from a fixed set. A URL can be edited by
   * hand, and a value outside the set would only earn an API error, so
   * it is left out of the request and reported in `ignored`; of a
   * comma-separated list, the known values are kept.
   */
  choices?: Partial<Record<Filter, readonly string[]>>;
  perPage?: number;
}

export interface ListParams<Filter extends string> {
  page: number;
  perPage: number;
  filters: Record<Filter, string>;
  /** Values in the URL that are not among a filter's choices. */
  ignored: Partial<Record<Filter, string>>;
  /** Page, page size and the non-empty filters, ready for the API. */
  query: ListQueryParams;
  setFilter: (name: Filter, value: string) => void;
  setFilters: (values: Partial<Record<Filter, string>>) => void;
  setPage: (page: number) => void;
}

/** What a list asks the API for: its page, page size and filters. */
export type ListQueryParams = { page: number; per_page: number } & Record<
  string,
  string | number
>;

const maxPerPage = 100;

function positiveInt(text: string | null, fallback: number) {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

interface ReadList<Filter extends string> {
  page: number;
  perPage: number;
  filters: Record<Filter, string>;
  ignored: Partial<Record<Filter, string>>;
  query: ListQueryParams;
}

/** A value split into the parts among `choices` and the rest. */
function sortOut(value: string, choices: readonly string[]) {
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return {
    known: parts.filter((part) => choices.includes(part)).join(','),
    unknown: parts.filter((part) => !choices.includes(part)).join(','),
  };
}

/**
 * Reads a list's page and filters from a URL's search. A route's loader
 * and its page both read through here, so the request the loader starts is
 * the very one the page then asks for.
 */
export function readListParams<Filter extends string>(
  search: URLSearchParams,
  {
    filters: names,
    defaults = {},
    choices = {},
    perPage: fallback = 25,
  }: ListParamsOptions<Filter>,
): ReadList<Filter> {
  const page = positiveInt(search.get('page'), 1);
  const perPage = Math.min(
    positiveInt(search.get('per_page'), fallback),
    maxPerPage,
  );
  const filters = {} as Record<Filter, string>;
  const ignored: Partial<Record<Filter, string>> = {};
  for (const name of names) {
    const value = search.get(name) ?? defaults[name] ?? '';
    const allowed = choices[name];
    if (!allowed || !value) {
      filters[name] = value;
      continue;
    }
    const { known, unknown } = sortOut(value, allowed);
    filters[name] = known;
    if (unknown) ignored[name] = unknown;
  }
  const query: ListQueryParams = { page, per_page: perPage };
  for (const name of names) {
    if (filters[name]) query[name] = filters[name];
  }
  return { page, perPage, filters, ignored, query };
}

/**
 * A paginated list's page and filters, kept in the URL so that back,
 * forward, reload and a shared link all restore them. Each change is one
 * navigation (a history entry), and a filter change returns to page 1 in
 * that same navigation.
 */
export function useListParams<const Filter extends string>(
  options: ListParamsOptions<Filter>,
): ListParams<Filter> {
  const [searchParams, setSearchParams] = useSearchParams();

  // Callers pass the options inline; keyed by content, the results keep
  // their identity between renders and are safe to use as dependencies.
  const optionsKey = JSON.stringify(options);
  const { page, perPage, filters, ignored, query } = useMemo(
    () =>
      readListParams(
        searchParams,
        JSON.parse(optionsKey) as ListParamsOptions<Filter>,
      ),
    [optionsKey, searchParams],
  );

  const setFilters = useCallback(
    (values: Partial<Record<Filter, string>>) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        // The next filter change also takes ignored values out of the URL.
        const read = readListParams(
          current,
          JSON.parse(optionsKey) as ListParamsOptions<Filter>,
        );
        for (const name of Object.keys(read.ignored) as Filter[]) {
          if (read.filters[name]) next.set(name, read.filters[name]);
          else next.delete(name);
        }
        const entries = Object.entries(values) as [string, string?][];
        for (const [name, value] of entries) {
          // Kept as typed (a search may end in a space); blank is no filter.
          if (value?.trim()) next.set(name, value);
          else next.delete(name);
        }
        next.delete('page');
        return next;
      }),
    [optionsKey, setSearchParams],
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

  return {
    page,
    perPage,
    filters,
    ignored,
    query,
    setFilter,
    setFilters,
    setPage,
  };
}
