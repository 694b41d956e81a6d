import { describe, expect, it } from 'vitest';
import { pollingInterval, pollWhile } from './polling';

describe('pollingInterval', () => {
  it('starts at about 2 s and doubles up to 30 s', () => {
    const intervals = [0, 1, 2, 3, 4, 5].map((n) => pollingInterval(n));
    expect(intervals).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('slows down when the rate-limit budget is low', () => {
    expect(pollingInterval(0, true)).toBe(4000);
  });
});

describe('pollWhile', () => {
  const busy = (data: { busy: boolean }) => data.busy;

  function query(data: { busy: boolean } | undefined, dataUpdateCount: number) {
    return { state: { data, dataUpdateCount } };
  }

  it('does not poll settled or missing data', () => {
    const interval = pollWhile(busy);
    expect(interval(query(undefined, 0))).toBe(false);
    expect(interval(query({ busy: false }, 1))).toBe(false);
  });

  it('grows the interval with each answer still in transition', () => {
    const interval = pollWhile(busy);
    const polled = query({ busy: true }, 3);
    expect(interval(polled)).toBe(2000);
    // Asking again without a new answer does not count as a poll.
    expect(interval(polled)).toBe(2000);
    polled.state.dataUpdateCount = 4;
    expect(interval(polled)).toBe(4000);
    polled.state.dataUpdateCount = 5;
    expect(interval(polled)).toBe(8000);
  });

  it('starts again from 2 s after the data settles', () => {
    const interval = pollWhile(busy);
    const polled = query({ busy: true }, 1);
    interval(polled);
    polled.state = { data: { busy: true }, dataUpdateCount: 2 };
    expect(interval(polled)).toBe(4000);
    polled.state = { data: { busy: false }, dataUpdateCount: 3 };
    expect(interval(polled)).toBe(false);
    polled.state = { data: { busy: true }, dataUpdateCount: 4 };
    expect(interval(polled)).toBe(2000);
  });
});
