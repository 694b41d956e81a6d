import { describe, expect, it } from 'vitest';
import { parsePortText, parsePortValue } from './ports';

describe('parsePortText', () => {
  it('accepts one port or a range', () => {
    expect(parsePortText('22').range).toEqual({ from: 22, to: 22 });
    expect(parsePortText('8000-8080').range).toEqual({ from: 8000, to: 8080 });
  });

  it.each([
    ['0', /1 to 65535/],
    ['65536', /1 to 65535/],
    ['1--10', /one port/],
    ['1-2-3', /one port/],
    ['8080-8000', /lower port first: 8000-8080/],
    ['022', /leading zeros/],
    ['abc', /one port/],
    ['', /Enter a port/],
  ])('refuses %s', (text, why) => {
    expect(parsePortText(text).error).toMatch(why);
  });

  it('reads the API form: an integer or an "N-M" string', () => {
    expect(parsePortValue(443).range).toEqual({ from: 443, to: 443 });
    expect(parsePortValue('1-2').range).toEqual({ from: 1, to: 2 });
    expect(parsePortValue(2.5).error).toMatch(/whole/);
    expect(parsePortValue('22').error).toMatch(/as an integer/);
    expect(parsePortValue(null).error).toMatch(/integer/);
  });
});
