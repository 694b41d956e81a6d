import { isBudgetLow } from './rate-limit';

const firstInterval = 2_000;
const longestInterval = 30_000;

/** Where each polled query's current transition began, in data updates. */
const transitionStarts = new WeakMap<object, number>();

/**
 * The next polling interval: about 2 s, doubling with every answer that is
 * still in transition, up to 30 s. Twice as slow when the rate-limit budget
 * runs low. Pure, so that it can be tested on its own.
 */
export function pollingInterval(updatesSinceStart: number, budgetLow = false) {
  const interval = Math.min(
    firstInterval * 2 ** updatesSinceStart,
    longestInterval,
  );
  return budgetLow ? interval * 2 : interval;
}

/** The part of a React Query query that polling looks at. */
interface PolledQuery<Data> {
  state: { data: Data | undefined; dataUpdateCount: number };
}

/**
 * A `refetchInterval` for React Query that polls only while `inTransition`
 * says the data is changing, and stops once it settles. React Query pauses
 * it in a hidden tab (refetchIntervalInBackground stays off) and stops it
 * when the page that reads the query goes away.
 */
export function pollWhile<Data>(inTransition: (data: Data) => boolean) {
  return (query: PolledQuery<Data>) => {
    const { data, dataUpdateCount } = query.state;
    if (data === undefined || !inTransition(data)) {
      transitionStarts.delete(query);
      return false;
    }
    const start = transitionStarts.get(query) ?? dataUpdateCount;
    transitionStarts.set(query, start);
    return pollingInterval(dataUpdateCount - start, isBudgetLow());
  };
}
