import { render, screen, waitFor } from '@testing-library/react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { applyApiError } from './apply-api-error';

interface Values {
  name: string;
  tags: string;
  subnet: string;
}

/** Inputs for tags then name, in that order; subnet has none. */
function renderForm() {
  let form!: UseFormReturn<Values>;
  function Form() {
    form = useForm<Values>({
      defaultValues: { name: 'web-1', tags: 'a, b', subnet: '10.0.0.0/24' },
    });
    return (
      <form>
        <input aria-label="Tags" {...form.register('tags')} />
        <input aria-label="Name" {...form.register('name')} />
        <p role="status">{form.formState.errors.root?.server?.message}</p>
      </form>
    );
  }
  render(<Form />);
  return () => form;
}

const invalid = (details: Record<string, unknown>) =>
  new ApiError(
    422,
    'validation_failed',
    'Check these fields',
    details,
    'req_1',
  );

describe('applyApiError', () => {
  it('sets each shown field and lists the rest', async () => {
    const form = renderForm();
    const failure = applyApiError(
      form(),
      invalid({ name: 'Taken.', quota: 'Too many instances.' }),
    );

    expect(form().getFieldState('name').error).toMatchObject({
      type: 'server',
      message: 'Taken.',
    });
    expect(failure.fields).toEqual(['name']);
    expect(failure.unshown).toEqual([
      { field: 'quota', message: 'Too many instances.' },
    ]);
    expect(failure.requestId).toBe('req_1');
    // The page can read the form-level message from the form's state.
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Correct the value marked below, and these:',
      ),
    );
  });

  it('takes fields shown without a registered input from the caller', () => {
    const form = renderForm();
    const failure = applyApiError(
      form(),
      invalid({ subnet: 'Overlaps net-2.' }),
      ['subnet'],
    );
    expect(failure.fields).toEqual(['subnet']);
    expect(form().getFieldState('subnet').error?.message).toBe(
      'Overlaps net-2.',
    );
  });

  it('puts an item message under the input of its list', () => {
    const form = renderForm();
    applyApiError(form(), invalid({ 'tags.1': 'Tag "B" is not lowercase.' }));
    expect(form().getFieldState('tags').error?.message).toBe(
      'Tag "B" is not lowercase.',
    );
  });

  it('focuses the first invalid input in document order', async () => {
    const form = renderForm();
    applyApiError(form(), invalid({ name: 'Taken.', tags: 'Too many.' }));
    await waitFor(() => expect(screen.getByLabelText('Tags')).toHaveFocus());
  });

  it('keeps every value', () => {
    const form = renderForm();
    applyApiError(form(), invalid({ name: 'Taken.' }));
    expect(form().getValues()).toEqual({
      name: 'web-1',
      tags: 'a, b',
      subnet: '10.0.0.0/24',
    });
  });

  it('leaves fields alone for errors that are not about values', () => {
    const form = renderForm();
    const failure = applyApiError(
      form(),
      new ApiError(409, 'conflict', 'web-1 is rebooting.', { name: 'busy' }),
    );
    expect(form().getFieldState('name').error).toBeUndefined();
    expect(failure).toMatchObject({
      title: 'Conflict',
      message: 'web-1 is rebooting.',
      fields: [],
      unshown: [],
    });
  });

  it('says an unexpected failure is one', () => {
    const form = renderForm();
    const failure = applyApiError(form(), new TypeError('x is undefined'));
    expect(failure.title).toBe('Something went wrong');
    expect(failure.requestId).toBeNull();
  });
});
