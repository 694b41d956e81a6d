import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isTransitional, StatusBadge, statusLabel } from './status-badge';

describe('isTransitional', () => {
  it.each([
    'provisioning',
    'stopping',
    'starting',
    'rebooting',
    'rebuilding',
    'resizing',
    'deleting',
    'creating',
    'pending',
  ])('%s is a transition', (status) => {
    expect(isTransitional(status)).toBe(true);
  });

  it.each(['running', 'stopped', 'available', 'failed', 'unknown', ''])(
    '%s is not',
    (status) => {
      expect(isTransitional(status)).toBe(false);
    },
  );

  it('treats a missing status as settled', () => {
    expect(isTransitional(undefined)).toBe(false);
    expect(isTransitional(null)).toBe(false);
  });
});

describe('StatusBadge', () => {
  it.each([
    ['running', 'green'],
    ['healthy', 'green'],
    ['attached', 'green'],
    ['stopped', 'slate'],
    ['unknown', 'slate'],
    ['failed', 'red'],
    ['unhealthy', 'red'],
    ['resizing', 'amber'],
  ])('shows %s in %s', (status, colour) => {
    render(<StatusBadge status={status} />);
    const badge = screen.getByText(statusLabel(status));
    expect(badge.className).toContain(`text-${colour}-`);
  });

  it('says the state in words, with a dot that pulses only in transition', () => {
    const { container, rerender } = render(<StatusBadge status="resizing" />);
    expect(screen.getByText('Resizing')).toBeInTheDocument();
    const dot = () => container.querySelector('[aria-hidden="true"]');
    expect(dot()).toHaveClass('motion-safe:animate-pulse');

    rerender(<StatusBadge status="running" />);
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(dot()).not.toHaveClass('motion-safe:animate-pulse');
  });

  it('writes unfamiliar states as words too', () => {
    expect(statusLabel('in_maintenance')).toBe('In maintenance');
  });
});
