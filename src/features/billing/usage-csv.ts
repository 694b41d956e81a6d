import Papa from 'papaparse';
import { moneyFigure } from '../../lib/format';
import { categoryLabels, type UsageLine } from './usage-lines';

/**
 * The lines as CSV. Papa quotes what needs quoting (commas, quotes, line
 * breaks). Each cost is the figure the table shows, rounded by the same
 * rule: an export is a copy of what was read on screen, and a cost with
 * a different last digit (toFixed rounds 1.345 down, Intl rounds it up)
 * would make the two disagree line by line.
 */
export function usageCsv(lines: UsageLine[], currency: string): string {
  const rows = lines.map((line) => [
    categoryLabels[line.category],
    line.id,
    line.name,
    line.detail,
    line.hours ?? '',
    moneyFigure(line.cost),
    line.deleted ? 'yes' : 'no',
  ]);
  return Papa.unparse({
    fields: [
      'category',
      'id',
      'name',
      'detail',
      'hours',
      `cost_${currency.toLowerCase()}`,
      'deleted',
    ],
    data: rows,
  });
}

/** Offers the CSV as a file download. */
export function downloadCsv(csv: string, fileName: string) {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  // The browser reads the file some time after the click, later still on
  // a busy phone: revoked at once, the download can fail without a word.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
