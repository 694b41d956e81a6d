import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReactNode } from 'react';
import type { Usage } from '../../api/types';
import { formatMoney } from '../../lib/format';
import { categoryLabels, topResources, type UsageLine } from './usage-lines';

interface UsageChartProps {
  usage: Usage;
  lines: UsageLine[];
}

interface Bar {
  label: string;
  cost: number;
}

const brand = '#0f766e';

/** Room for a label beside its bar; longer ones are cut with an ellipsis. */
const labelWidth = 104;
const labelLength = 14;

const shorten = (label: string) =>
  label.length > labelLength ? `${label.slice(0, labelLength - 1)}…` : label;

/**
 * The breakdown drawn twice: as bars for the eye, and as a table with the
 * same figures for screen readers and for reading exact amounts. The
 * drawing is hidden from assistive technology; the table is not.
 */
export function UsageChart({ usage, lines }: UsageChartProps) {
  const { summary, currency } = usage;
  const categories: Bar[] = [
    { label: 'Compute', cost: summary.compute },
    { label: 'Storage', cost: summary.storage },
    { label: 'Networking', cost: summary.networking },
  ];
  const top = topResources(lines).map((line) => ({
    label: line.name,
    kind: categoryLabels[line.category],
    cost: line.cost,
  }));
  const money = (amount: number) => formatMoney(amount, currency);
  // The axis needs only round figures, short enough not to run together.
  const axisMoney = new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartPanel
        title="By category"
        bars={categories}
        money={money}
        axisMoney={axisMoney.format}
      >
        <BreakdownTable
          caption="Cost by category"
          rows={categories.map((c) => [c.label, money(c.cost)])}
          total={money(summary.total)}
        />
      </ChartPanel>
      <ChartPanel
        title="Most expensive resources"
        bars={top}
        money={money}
        axisMoney={axisMoney.format}
      >
        <BreakdownTable
          caption="Most expensive resources"
          rows={top.map((r) => [`${r.label} (${r.kind})`, money(r.cost)])}
        />
      </ChartPanel>
    </div>
  );
}

interface ChartPanelProps {
  title: string;
  bars: Bar[];
  money: (amount: number) => string;
  /** The amounts along the axis, rounded. */
  axisMoney: (amount: number) => string;
  children: ReactNode;
}

/**
 * Bars laid sideways, one under the other: each name reads on one line
 * beside its bar, however narrow the screen, where names under upright
 * bars ran into each other.
 */
function ChartPanel({
  title,
  bars,
  money,
  axisMoney,
  children,
}: ChartPanelProps) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{title}</h2>
      <div aria-hidden="true" className="mt-3 h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              tickFormatter={(value: number) => axisMoney(value)}
              tick={{ fontSize: 12 }}
              tickCount={4}
              minTickGap={16}
            />
            <YAxis
              type="category"
              dataKey="label"
              tickFormatter={shorten}
              tick={{ fontSize: 12 }}
              width={labelWidth}
              interval={0}
            />
            <Tooltip formatter={(value) => money(Number(value))} />
            <Bar dataKey="cost" name="Cost" fill={brand} maxBarSize={28} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {children}
    </section>
  );
}

interface BreakdownTableProps {
  caption: string;
  rows: [string, string][];
  /** The API's total, shown as billed. */
  total?: string;
}

function BreakdownTable({ caption, rows, total }: BreakdownTableProps) {
  return (
    <table className="mt-3 w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-left text-xs text-slate-600 uppercase">
        <tr>
          <th scope="col" className="px-2 py-1 font-medium">
            Item
          </th>
          <th scope="col" className="px-2 py-1 text-right font-medium">
            Cost
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, cost]) => (
          <tr key={label} className="border-t border-slate-100">
            <th
              scope="row"
              className="px-2 py-1 text-left font-normal break-all"
            >
              {label}
            </th>
            <td className="px-2 py-1 text-right tabular-nums">{cost}</td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr className="border-t border-slate-300 font-semibold">
            <th scope="row" className="px-2 py-1 text-left">
              Total
            </th>
            <td className="px-2 py-1 text-right tabular-nums">{total}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
