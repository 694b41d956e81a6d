import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { expect, it } from 'vitest';
import { DraftNotice, useDraft, useDraftStart } from './use-draft';

interface Values {
  name: string;
  tags: string[];
  backups: boolean;
}

const defaults: Values = { name: '', tags: [], backups: false };

function DraftForm({ label }: { label: string }) {
  const start = useDraftStart('thing', defaults);
  const form = useForm<Values>({ defaultValues: start.initial });
  const draft = useDraft(form, start);
  return (
    <form aria-label={label}>
      <DraftNotice draft={draft} />
      <label>
        Name <input {...form.register('name')} />
      </label>
      <label>
        Backups <input type="checkbox" {...form.register('backups')} />
      </label>
    </form>
  );
}

const stored = () => sessionStorage.getItem('fugoku.draft.thing');

it('brings back what was typed when the page loads again', async () => {
  const user = userEvent.setup();
  render(<DraftForm label="before" />);
  const before = screen.getByRole('form', { name: 'before' });
  expect(within(before).queryByRole('status')).not.toBeInTheDocument();
  await user.type(within(before).getByLabelText('Name'), 'web-9');
  await user.click(within(before).getByLabelText('Backups'));
  expect(JSON.parse(stored()!)).toMatchObject({ name: 'web-9', backups: true });

  // A second page load, while the first never got to clean up.
  render(<DraftForm label="after" />);
  const after = screen.getByRole('form', { name: 'after' });
  expect(within(after).getByLabelText('Name')).toHaveValue('web-9');
  expect(within(after).getByLabelText('Backups')).toBeChecked();
  expect(within(after).getByRole('status')).toHaveTextContent(
    'What you typed before the page reloaded is back in the form.',
  );

  await user.click(within(after).getByRole('button', { name: 'Start over' }));
  expect(within(after).getByLabelText('Name')).toHaveValue('');
  expect(within(after).queryByRole('status')).not.toBeInTheDocument();
  await waitFor(() =>
    expect(within(after).getByLabelText('Name')).toHaveFocus(),
  );
  expect(stored()).toBeNull();
});

it('forgets the draft once the form is left, and one that fits no field', async () => {
  const user = userEvent.setup();
  const { unmount } = render(<DraftForm label="form" />);
  await user.type(screen.getByLabelText('Name'), 'web-9');
  expect(stored()).not.toBeNull();
  unmount();
  expect(stored()).toBeNull();

  sessionStorage.setItem(
    'fugoku.draft.thing',
    JSON.stringify({ name: 42, backups: 'yes', tags: 'a' }),
  );
  render(<DraftForm label="form" />);
  expect(screen.getByLabelText('Name')).toHaveValue('');
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});

it('stores nothing while the form holds its defaults', async () => {
  const user = userEvent.setup();
  render(<DraftForm label="form" />);
  const name = screen.getByLabelText('Name');
  await user.type(name, 'x');
  expect(stored()).not.toBeNull();
  await user.clear(name);
  expect(stored()).toBeNull();
});
