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

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartPanel title="By category" bars={categories} money={money}>
        <BreakdownTable
          caption="Cost by category"
          rows={categories.map((c) => [c.label, money(c.cost)])}
          total={money(summary.total)}
        />
      </ChartPanel>
      <ChartPanel title="Most expensive resources" bars={top} money={money}>
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
  children: ReactNode;
}

function ChartPanel({ title, bars, money, children }: ChartPanelProps) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{title}</h2>
      <div aria-hidden="true" className="mt-3 h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
            <YAxis
              tickFormatter={(value: number) => money(value)}
              tick={{ fontSize: 12 }}
              width={72}
            />
            <Tooltip formatter={(value) => money(Number(value))} />
            <Bar dataKey="cost" name="Cost" fill={brand} />
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
            <th scope="row" className="px-2 py-1 font-normal break-all">
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
