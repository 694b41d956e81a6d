import { describe, expect, it, vi } from 'vitest';
import { ApiError, networkError } from './errors';
import { deleteOrLookUp, notDoneCode } from './lost-writes';

const dropped = () => Promise.reject(networkError(new TypeError('reset')));
const notFound = new ApiError(404, 'not_found', 'No such volume');

describe('a write whose answer may be lost', () => {
  it('answers as the API did when the answer arrives', async () => {
    const read = vi.fn();
    await expect(deleteOrLookUp(async () => 'gone', read)).resolves.toBe(
      'gone',
    );
    const conflict = new ApiError(409, 'conflict', 'Attached to web-1');
    await expect(
      deleteOrLookUp(() => Promise.reject(conflict), read),
    ).rejects.toBe(conflict);
    expect(read).not.toHaveBeenCalled();
  });

  it('counts as done when a fresh look finds it gone or going', async () => {
    await expect(
      deleteOrLookUp(dropped, () => Promise.reject(notFound)),
    ).resolves.toBeNull();
    await expect(deleteOrLookUp(dropped, async () => null)).resolves.toBeNull();
    await expect(
      deleteOrLookUp(
        dropped,
        async () => ({ status: 'deleting' }),
        (resource) => resource.status === 'deleting',
      ),
    ).resolves.toEqual({ status: 'deleting' });
  });

  it('says it was not deleted when it is still there', async () => {
    const read = vi.fn(async () => ({ status: 'running' }));
    const failure = await deleteOrLookUp(
      dropped,
      read,
      (resource) => resource.status === 'deleting',
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: notDoneCode });
    expect((failure as ApiError).message).toMatch(/it was not deleted/);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('leaves the outcome unknown when the look fails too', async () => {
    const first = networkError(new TypeError('reset'));
    const failure = await deleteOrLookUp(
      () => Promise.reject(first),
      () => Promise.reject(networkError(new TypeError('offline'))),
    ).catch((error: unknown) => error);
    expect(failure).toBe(first);
  });
});
