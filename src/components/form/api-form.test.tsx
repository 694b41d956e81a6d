import { zodResolver } from '@hookform/resolvers/zod';
import {
  act,
  fireEvent,
  render,
  screen,
  waitFor,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../api/errors';
import { expireSession, signIn, signOut } from '../../api/session';
import { ApiForm } from './api-form';
import type { FormFailure } from './apply-api-error';
import { CheckboxField } from './checkbox-field';
import { NumberField } from './number-field';
import { SelectField } from './select-field';
import { TextAreaField, TextField } from './text-field';

const schema = z.object({
  name: z
    .string()
    .min(1, 'Enter a name.')
    .regex(/^[a-z][a-z0-9-]*$/, 'Use lowercase letters, digits and hyphens.'),
  region: z.string().min(1, 'Choose a region.'),
  size_gb: z
    .number({ error: 'Enter a size in GB.' })
    .int('Use a whole number of GB.')
    .min(1, 'At least 1 GB.'),
  user_data: z.string(),
  backups: z.boolean(),
});

type Values = z.output<typeof schema>;

interface TestFormProps {
  onSubmit: (values: Values) => Promise<unknown>;
  disabledReason?: string | null;
  onFailure?: (failure: FormFailure) => void;
}

// A small create form over every kind of field.
function TestForm({ onSubmit, disabledReason, onFailure }: TestFormProps) {
  const form = useForm<z.input<typeof schema>, unknown, Values>({
    resolver: zodResolver(schema),
    mode: 'onChange',
    defaultValues: {
      name: '',
      region: '',
      size_gb: 10,
      user_data: '',
      backups: false,
    },
  });

  return (
    <ApiForm
      form={form}
      onSubmit={onSubmit}
      submitLabel="Create volume"
      pendingLabel="Creating…"
      disabledReason={disabledReason}
      onFailure={onFailure}
      curl={<p>curl goes here</p>}
    >
      <TextField
        name="name"
        label="Name"
        description="Lowercase letters, digits and hyphens."
      />
      <SelectField
        name="region"
        label="Region"
        placeholder="Choose a region"
        options={[
          { value: 'lagos-1', label: 'Lagos 1' },
          { value: 'nairobi-1', label: 'Nairobi 1' },
        ]}
      />
      <NumberField name="size_gb" label="Size" unit="GB" />
      <TextAreaField name="user_data" label="User data" optional mono />
      <CheckboxField name="backups" label="Enable backups" />
    </ApiForm>
  );
}

function deferred() {
  let resolve!: (value: unknown) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'data-1');
  await user.selectOptions(screen.getByLabelText('Region'), 'lagos-1');
}

const submitButton = () => screen.getByRole('button', { name: /^creat/i });

describe('form fields', () => {
  it('validate as the user types and tie the message to the input', async () => {
    const user = userEvent.setup();
    render(<TestForm onSubmit={vi.fn()} />);
    const name = screen.getByLabelText('Name');

    expect(name).not.toHaveAttribute('aria-invalid');
    expect(name).toHaveAccessibleDescription(
      'Lowercase letters, digits and hyphens.',
    );

    await user.type(name, 'Web');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      'Lowercase letters, digits and hyphens. Use lowercase letters, digits and hyphens.',
    );

    await user.clear(name);
    await user.type(name, 'web');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter a name.')).not.toBeInTheDocument();
  });

  it('send typed values: a number as a number, a box as a boolean', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<TestForm onSubmit={onSubmit} />);

    await fillValid(user);
    await user.clear(screen.getByLabelText('Size'));
    await user.type(screen.getByLabelText('Size'), '250');
    await user.type(screen.getByLabelText(/User data/), '#!/bin/sh');
    await user.click(screen.getByLabelText('Enable backups'));
    await user.click(submitButton());

    expect(onSubmit).toHaveBeenCalledWith({
      name: 'data-1',
      region: 'lagos-1',
      size_gb: 250,
      user_data: '#!/bin/sh',
      backups: true,
    });
  });

  it('explain a missing or malformed number instead of sending it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<TestForm onSubmit={onSubmit} />);
    const size = screen.getByLabelText('Size');

    await user.clear(size);
    expect(await screen.findByText('Enter a size in GB.')).toBeVisible();
    await user.type(size, '2.5');
    expect(size).toHaveAccessibleDescription('Use a whole number of GB.');
    expect(size).toHaveAttribute('inputmode', 'numeric');

    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Name')).toHaveFocus();
  });

  it('mark optional fields and offer a placeholder choice', () => {
    render(<TestForm onSubmit={vi.fn()} />);
    expect(screen.getByLabelText('User data (optional)')).toBeInTheDocument();
    expect(
      screen.getByRole('option', { name: 'Choose a region' }),
    ).toBeDisabled();
  });
});

describe('ApiForm', () => {
  it('sends one request for two quick submits, and waits for it', async () => {
    const user = userEvent.setup();
    const request = deferred();
    const onSubmit = vi.fn(() => request.promise);
    render(<TestForm onSubmit={onSubmit} />);
    await fillValid(user);

    const form = submitButton().closest('form')!;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(submitButton()).toHaveTextContent('Creating…'));
    expect(submitButton()).toBeDisabled();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);

    request.resolve(undefined);
    await waitFor(() => expect(submitButton()).toBeEnabled());
    expect(submitButton()).toHaveTextContent('Create volume');
  });

  it('sends one request for a double click', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(() => new Promise(() => {}));
    render(<TestForm onSubmit={onSubmit} />);
    await fillValid(user);

    await user.dblClick(submitButton());
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('disables the submit and says why when writes are not allowed', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <TestForm
        onSubmit={onSubmit}
        disabledReason="This API token is read-only."
      />,
    );
    await fillValid(user);

    expect(submitButton()).toBeDisabled();
    expect(submitButton()).toHaveAccessibleDescription(
      'This API token is read-only.',
    );
    fireEvent.submit(submitButton().closest('form')!);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('puts 422 messages under their fields and the rest in the alert', async () => {
    const user = userEvent.setup();
    const onFailure = vi.fn();
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError(
        422,
        'validation_failed',
        'Check these fields: region, name, quota',
        {
          region: 'Region is full.',
          name: 'An instance named data-1 already exists.',
          volume_quota: 'The account may have at most 10 volumes.',
        },
        'req_422',
      ),
    );
    render(<TestForm onSubmit={onSubmit} onFailure={onFailure} />);
    await fillValid(user);
    await user.click(submitButton());

    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      /An instance named data-1 already exists\./,
    );
    expect(screen.getByLabelText('Region')).toHaveAccessibleDescription(
      'Region is full.',
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Volume quota: The account may have at most 10 volumes.',
    );
    expect(alert).not.toHaveTextContent('Region is full.');
    expect(alert).toHaveTextContent('req_422');
    expect(name).toHaveValue('data-1');
    expect(screen.getByLabelText('Region')).toHaveValue('lagos-1');
    expect(onFailure).toHaveBeenCalledWith(
      expect.objectContaining({
        fields: ['region', 'name'],
        unshown: [
          {
            field: 'volume_quota',
            message: 'The account may have at most 10 volumes.',
          },
        ],
      }),
      expect.any(ApiError),
    );

    // Fixing the value clears the server's message as the user types.
    await user.type(name, 'b');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('says the outcome is unknown when the connection drops', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockRejectedValue(
        new ApiError(0, 'network_error', 'The API could not be reached.'),
      );
    render(<TestForm onSubmit={onSubmit} />);
    await fillValid(user);
    await user.click(submitButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      "The connection dropped before the API answered. The request may or may not have gone through; we're checking.",
    );
    expect(alert).toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveValue('data-1');
  });

  it('asks to sign in again on a 401 and keeps every value', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(401, 'unauthorized', 'Token revoked', {}, 'req_401'),
      )
      .mockResolvedValueOnce(undefined);
    render(<TestForm onSubmit={onSubmit} />);
    await fillValid(user);
    await user.click(submitButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Sign in again/);
    expect(alert).toHaveTextContent('req_401');
    expect(alert).not.toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveValue('data-1');

    // After signing in, one click sends the same values once more.
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1]?.[0]).toMatchObject({ name: 'data-1' });
    await waitFor(() =>
      expect(screen.queryByRole('alert')).not.toBeInTheDocument(),
    );
  });

  it('drops the signed-out alert once the user signs in again', async () => {
    const user = userEvent.setup();
    signIn('fgk_first');
    const onSubmit = vi.fn().mockImplementationOnce(() => {
      // What the client does with a 401: the session ends, then it throws.
      expireSession('Token revoked');
      return Promise.reject(new ApiError(401, 'unauthorized', 'Revoked'));
    });
    render(<TestForm onSubmit={onSubmit} />);
    await fillValid(user);
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/Signed out/);

    act(() => signIn('fgk_second'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('data-1');
    signOut();
  });

  it('drops the alert when its error is cleared', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockRejectedValue(new ApiError(0, 'network_error', 'Dropped.'));
    function Clearable() {
      const form = useForm<{ name: string }>({
        defaultValues: { name: 'data-1' },
      });
      return (
        <ApiForm
          form={form}
          onSubmit={onSubmit}
          submitLabel="Create volume"
          pendingLabel="Creating…"
        >
          <TextField name="name" label="Name" />
          <button type="button" onClick={() => form.clearErrors('root.server')}>
            Outcome known
          </button>
        </ApiForm>
      );
    }
    render(<Clearable />);
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/Outcome/);

    await user.click(screen.getByRole('button', { name: 'Outcome known' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a 403 as a token that cannot write', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockRejectedValue(new ApiError(403, 'forbidden', 'Forbidden'));
    render(<TestForm onSubmit={onSubmit} />);
    await fillValid(user);
    await user.click(submitButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /not allowed to make this change.*write scope/,
    );
  });

  it('shows a conflict as the API words it', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockRejectedValue(
        new ApiError(409, 'conflict', 'Volume data-1 is attached to web-1.'),
      );
    render(<TestForm onSubmit={onSubmit} />);
    await fillValid(user);
    await user.click(submitButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Volume data-1 is attached to web-1.',
    );
  });

  it('renders the curl preview beside the form', () => {
    render(<TestForm onSubmit={vi.fn()} />);
    expect(screen.getByText('curl goes here')).toBeInTheDocument();
  });
});
