import { HttpResponse } from 'msw';
import { badRequest, fail } from './http';
import { newRequestId } from './random';

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

export interface Pagination {
  page: number;
  per_page: number;
  total_pages: number;
  total_count: number;
}

/** One page of `items`, with meta and links as the API pages every list. */
export function list<T>(request: Request, items: T[]): Response {
  const url = new URL(request.url);
  const page = readCount(url, 'page', 1, Infinity);
  const perPage = readCount(url, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const pagination: Pagination = {
    page,
    per_page: perPage,
    total_pages: totalPages,
    total_count: items.length,
  };
  const start = (page - 1) * perPage;
  const requestId = newRequestId();
  return HttpResponse.json(
    {
      data: items.slice(start, start + perPage),
      meta: { request_id: requestId, pagination },
      links: links(url, page, totalPages),
    },
    { headers: { 'X-Request-Id': requestId } },
  );
}

// Links keep every other query parameter, so a filtered list pages within
// its filter.
function links(url: URL, page: number, totalPages: number) {
  const to = (n: number) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return target.toString();
  };
  return {
    first: to(1),
    prev: page > 1 ? to(Math.min(page - 1, totalPages)) : null,
    next: page < totalPages ? to(page + 1) : null,
    last: to(totalPages),
  };
}

function readCount(
  url: URL,
  name: string,
  fallback: number,
  max: number,
): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (value >= 1 && value <= max) return value;
  const bounds = max === Infinity ? '1 or more' : `1–${max}`;
  const range = `a whole number, ${bounds}`;
  return fail(
    badRequest(`Invalid ${name} '${raw}': use ${range}`, {
      [name]: `Use ${range}`,
    }),
  );
}
