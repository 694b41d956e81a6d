import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const toast = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
vi.mock('sonner', () => ({ toast }));

const { notify } = await import('./toast');

describe('notify', () => {
  beforeEach(() => {
    toast.success.mockReset();
    toast.error.mockReset();
  });

  it('shows a success once sonner has loaded', async () => {
    notify.success('Instance web-1 rebooted.');
    expect(toast.success).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(toast.success).toHaveBeenCalledWith('Instance web-1 rebooted.'),
    );
  });

  it('shows an error with its request id and a way to copy it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    notify.error('Could not reboot web-1.', 'req_42');

    await waitFor(() => expect(toast.error).toHaveBeenCalledOnce());
    const [message, options] = toast.error.mock.calls[0]!;
    expect(message).toBe('Could not reboot web-1.');
    expect(options.description).toBe('Request ID req_42');
    options.action.onClick();
    expect(writeText).toHaveBeenCalledWith('req_42');
    vi.unstubAllGlobals();
  });

  it('shows an error without a request id plainly', async () => {
    notify.error('Could not copy.');
    await waitFor(() => expect(toast.error).toHaveBeenCalledOnce());
    expect(toast.error.mock.calls[0]![1]).toMatchObject({
      description: undefined,
      action: undefined,
    });
  });
});
