import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SkeletonText } from './skeleton';

describe('SkeletonText', () => {
  it('announces loading and hides its blocks', () => {
    render(<SkeletonText lines={2} label="Loading details" />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading details…');
    expect(status.querySelectorAll('[aria-hidden="true"]')).toHaveLength(2);
  });
});
