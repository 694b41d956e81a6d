import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DescriptionList } from './description-list';

describe('DescriptionList', () => {
  it('pairs each label with its value and reads a blank as None', () => {
    render(
      <DescriptionList
        items={[
          { label: 'Region', value: 'lagos-1' },
          { label: 'Public IPv6', value: null },
        ]}
      />,
    );
    const terms = screen.getAllByRole('term');
    const values = screen.getAllByRole('definition');
    expect(terms.map((term) => term.textContent)).toEqual([
      'Region',
      'Public IPv6',
    ]);
    expect(values[0]).toHaveTextContent('lagos-1');
    expect(values[1]).toHaveTextContent('None');
  });
});
