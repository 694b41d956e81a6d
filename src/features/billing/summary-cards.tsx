import type { Usage } from '../../api/types';
import { formatMoney } from '../../lib/format';
import {
  isCurrentMonth,
  projectMonthEnd,
  type DateRange,
} from '../../lib/usage-range';

interface SummaryCardsProps {
  usage: Usage;
  range: DateRange;
  now: number;
}

const cardClass = 'rounded-lg border border-slate-200 bg-white p-4';

/** The API's figures per category and in total, never re-added here. */
export function SummaryCards({ usage, range, now }: SummaryCardsProps) {
  const { summary, currency } = usage;
  const money = (amount: number) => formatMoney(amount, currency);
  const cards = [
    { label: 'Compute', value: money(summary.compute) },
    { label: 'Storage', value: money(summary.storage) },
    { label: 'Networking', value: money(summary.networking) },
    { label: 'Total', value: money(summary.total) },
  ];

  return (
    <section aria-label="Summary" className="space-y-4">
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <div key={card.label} className={cardClass}>
            <dt className="text-sm text-slate-600">{card.label}</dt>
            <dd
              className="mt-1 text-2xl font-semibold tabular-nums"
              data-summary={card.label.toLowerCase()}
            >
              {card.value}
            </dd>
          </div>
        ))}
      </dl>
      {isCurrentMonth(range, now) && <Projection usage={usage} now={now} />}
    </section>
  );
}

function Projection({ usage, now }: { usage: Usage; now: number }) {
  const { summary, currency, hourly_rate, rest_of_month } = usage;
  const projected = projectMonthEnd(
    summary.total,
    hourly_rate,
    now,
    rest_of_month,
  );
  return (
    <p className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-800">
      <span className="font-medium">Estimated month end: </span>
      <span className="font-semibold tabular-nums" data-projection>
        {formatMoney(projected, currency)}
      </span>{' '}
      — an estimate: month to date plus {formatMoney(hourly_rate, currency)} an
      hour, at today&apos;s rate, until the month ends (UTC), no resource
      costing more than its monthly price.
    </p>
  );
}
