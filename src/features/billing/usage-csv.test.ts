import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { usageCsv } from './usage-csv';
import type { UsageLine } from './usage-lines';

const line = (overrides: Partial<UsageLine>): UsageLine => ({
  category: 'instances',
  id: 'inst-1',
  name: 'web-1',
  detail: 'standard-1',
  hours: 720,
  cost: 12,
  deleted: false,
  href: '/instances/inst-1',
  ...overrides,
});

describe('usage CSV', () => {
  it('writes a header and one row per line, costs as billed', () => {
    const csv = usageCsv([line({}), line({ id: 'inst-2', cost: 0.3 })], 'USD');
    expect(csv.split('\r\n')).toEqual([
      'category,id,name,detail,hours,cost_usd,deleted',
      'Instances,inst-1,web-1,standard-1,720,12.00,no',
      'Instances,inst-2,web-1,standard-1,720,0.30,no',
    ]);
  });

  it('rounds costs as the tables do, half cents up and small ones to 4 places', () => {
    const costs = [1.345, 1.005, 0.335, 0.0335, 0.05, 0.00005, 1234.5, 0];
    const csv = usageCsv(
      costs.map((cost, index) => line({ id: `inst-${index}`, cost })),
      'USD',
    );
    const column = Papa.parse<string[]>(csv).data.map((row) => row[5]);
    expect(column).toEqual([
      'cost_usd',
      '1.35',
      '1.01',
      '0.34',
      '0.0335',
      '0.05',
      '0.0001',
      '1234.50',
      '0.00',
    ]);
  });

  it('escapes commas, quotes and line breaks', () => {
    const awkward = 'a, "b"\nc';
    const csv = usageCsv([line({ name: awkward, detail: 'x,y' })], 'USD');
    expect(csv).toContain('"a, ""b""\nc"');
    expect(csv).toContain('"x,y"');
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed[1]?.[2]).toBe(awkward);
    expect(parsed[1]?.[3]).toBe('x,y');
  });

  it('leaves hours empty for bandwidth and marks deleted lines', () => {
    const csv = usageCsv(
      [
        line({ category: 'bandwidth', hours: null, deleted: false }),
        line({ deleted: true, href: null }),
      ],
      'EUR',
    );
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]?.[5]).toBe('cost_eur');
    expect(rows[1]?.[4]).toBe('');
    expect(rows[2]?.[6]).toBe('yes');
  });
});
