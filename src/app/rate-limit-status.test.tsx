import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { clearRateLimit, recordRateLimited } from '../api/rate-limit';
import { RateLimitBanner } from './rate-limit-status';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T09:00:00Z') });
});

afterEach(() => {
  act(() => clearRateLimit());
  vi.useRealTimers();
});

it('says when the next try is, at what time and how soon, then goes', () => {
  render(<RateLimitBanner />);
  expect(screen.queryByRole('status')).not.toBeInTheDocument();

  act(() => recordRateLimited(Date.now() + 23 * 60_000));
  expect(screen.getByRole('status')).toHaveTextContent(
    'The API rate limit was reached. The next try is at 09:23:00 UTC, in 23 minutes.',
  );

  act(() => vi.advanceTimersByTime(22 * 60_000 + 30_000));
  expect(screen.getByRole('status')).toHaveTextContent(
    'at 09:23:00 UTC, in under a minute.',
  );
  act(() => vi.advanceTimersByTime(30_000));
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});

it('counts from the moment of each block, not from when the page opened', () => {
  render(<RateLimitBanner />);
  act(() => vi.advanceTimersByTime(45 * 60_000));
  act(() => recordRateLimited(Date.now() + 5 * 60_000));
  expect(screen.getByRole('status')).toHaveTextContent(
    'at 09:50:00 UTC, in 5 minutes.',
  );
});
