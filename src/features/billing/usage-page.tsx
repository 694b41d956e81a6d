import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../api/prefetch';
import { usageQuery } from '../../api/queries/usage';
import type { Usage } from '../../api/types';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { QueryError, QueryLoading } from '../../components/query-error';
import { Skeleton } from '../../components/skeleton';
import {
  describeRange,
  readRange,
  type DateRange,
  type RangePreset,
} from '../../lib/usage-range';
import { RangePicker } from './range-picker';
import { SummaryCards } from './summary-cards';
import { downloadCsv, usageCsv } from './usage-csv';
import { usageLines } from './usage-lines';
import { UsageTables } from './usage-tables';

// The charting library is the heaviest part of the page: the figures and
// tables show while it loads.
const UsageChart = lazy(() =>
  import('./usage-chart').then((module) => ({ default: module.UsageChart })),
);

const toQuery = ({ start, end }: DateRange) => ({
  start_date: start,
  end_date: end,
});

export function loader({ request }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const choice = readRange(search, Date.now());
  if (!choice.error) prefetch(usageQuery(toQuery(choice.range)));
  return null;
}

/** The range lives in the URL, so reload, back and a shared link keep it. */
function useRange() {
  const [search, setSearch] = useSearchParams();
  // The page's idea of today, fixed while it is open.
  const [now] = useState(() => Date.now());
  const choice = readRange(search, now);
  function change(preset: RangePreset, range?: DateRange) {
    const next = new URLSearchParams();
    if (preset !== 'this-month') next.set('range', preset);
    if (range) {
      next.set('start', range.start);
      next.set('end', range.end);
    }
    setSearch(next);
  }
  return { choice, now, change };
}

export function UsagePage() {
  const { choice, now, change } = useRange();
  const query = useQuery({
    ...usageQuery(toQuery(choice.range)),
    enabled: !choice.error,
  });

  return (
    <>
      <PageHeader
        title="Billing"
        description="What your resources cost, by category and by resource. Dates are in UTC."
      />
      <RangePicker
        key={`${choice.preset}:${choice.range.start}:${choice.range.end}`}
        choice={choice}
        now={now}
        onChange={change}
      />
      {choice.error ? (
        <p role="alert" className="text-sm text-red-700">
          {choice.error}. Choose the period again.
        </p>
      ) : query.isPending ? (
        <QueryLoading query={query}>
          <UsageSkeleton />
        </QueryLoading>
      ) : query.data ? (
        <UsageReport
          usage={query.data}
          range={choice.range}
          now={now}
          updating={query.isFetching}
        />
      ) : (
        <QueryError
          error={query.error}
          onRetry={query.refetch}
          retrying={query.isFetching}
        />
      )}
    </>
  );
}

interface UsageReportProps {
  usage: Usage;
  range: DateRange;
  now: number;
  updating: boolean;
}

function UsageReport({ usage, range, now, updating }: UsageReportProps) {
  const lines = useMemo(() => usageLines(usage), [usage]);
  const exportCsv = () =>
    downloadCsv(
      usageCsv(lines, usage.currency),
      `fugoku-usage-${range.start}-to-${range.end}.csv`,
    );

  return (
    <div aria-busy={updating} className="space-y-8">
      <p className="text-sm text-slate-600">
        Period: <span className="font-medium">{describeRange(range)}</span>
      </p>
      <SummaryCards usage={usage} range={range} now={now} />
      <Suspense fallback={<Skeleton className="h-80 w-full" />}>
        <UsageChart usage={usage} lines={lines} />
      </Suspense>
      <section aria-labelledby="lines-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="lines-heading" className="text-lg font-semibold">
            Every line
          </h2>
          <Button variant="secondary" size="sm" onClick={exportCsv}>
            Export CSV
          </Button>
        </div>
        <UsageTables lines={lines} currency={usage.currency} />
      </section>
    </div>
  );
}

function UsageSkeleton() {
  return (
    <div role="status" aria-busy="true" className="space-y-6">
      <span className="sr-only">Loading usage…</span>
      <div
        aria-hidden="true"
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-24 w-full" />
        ))}
      </div>
      <Skeleton className="h-72 w-full" />
    </div>
  );
}

export { UsagePage as Component };
