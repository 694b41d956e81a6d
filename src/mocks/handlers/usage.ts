import { DAY, now } from '../clock';
import { badRequest, fail, ok } from '../http';
import type { RouteContext } from '../pipeline';
import { queryOf } from '../filters';
import { computeUsage, monthStart, periodView } from '../usage';

/** Midnight UTC of a YYYY-MM-DD date, or a 400 naming the parameter. */
function readDate(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const wellFormed = /^\d{4}-\d{2}-\d{2}$/.test(raw);
  const ms = wellFormed ? Date.parse(`${raw}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== raw) {
    const message = 'Use a date as YYYY-MM-DD, such as 2026-11-01';
    fail(badRequest(`Invalid ${name} '${raw}'`, { [name]: message }));
  }
  return ms;
}

export function usageHandler({ request, state }: RouteContext): Response {
  const query = queryOf(request);
  const start = readDate(query, 'start_date') ?? monthStart(now());
  const endDay = readDate(query, 'end_date');
  // end_date is inclusive: the period runs to the end of that day.
  const end = endDay === undefined ? now() : endDay + DAY;
  if (end <= start) {
    const message = 'End on or after the start date';
    fail(badRequest(message, { end_date: message }));
  }
  const period = { start, end };
  return ok({
    period: periodView(period),
    ...computeUsage(state, period),
  });
}
