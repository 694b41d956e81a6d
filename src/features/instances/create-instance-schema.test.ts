import { describe, expect, it } from 'vitest';
import type { Region } from '../../api/types';
import {
  createInstanceSchema,
  defaultRegion,
  toCreateRequest,
  type CreateInstanceValues,
} from './create-instance-schema';

const valid: CreateInstanceValues = {
  name: 'web-1',
  region: 'lagos-1',
  plan: 'standard-2',
  image: 'ubuntu-24.04',
  ssh_keys: [],
  tags: '',
  user_data: '',
  private_networks: [],
  backups: false,
};

function messages(values: Partial<CreateInstanceValues>) {
  const result = createInstanceSchema.safeParse({ ...valid, ...values });
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

const region = (id: string, available = true): Region => ({
  id,
  name: id,
  country: 'NG',
  available,
});

describe('createInstanceSchema', () => {
  it('accepts a complete form', () => {
    expect(messages({})).toEqual({});
  });

  it("gives the shared validators' words", () => {
    expect(
      messages({
        name: 'Web_1',
        tags: 'web, Prod',
        user_data: 'a'.repeat(65537),
      }),
    ).toEqual({
      name: 'Use lowercase letters, digits and hyphens only',
      tags: "Tag 'Prod' can use only lowercase letters, digits, -, _ and :",
      user_data:
        'Shorten user data to at most 65,536 bytes (64 KiB); it is 65,537 bytes',
    });
  });

  it('counts the tags as the API will receive them', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`).join(' ');
    expect(messages({ tags: eleven })).toEqual({
      tags: 'Use at most 10 tags (there are 11)',
    });
    expect(messages({ tags: ' web,, db  ' })).toEqual({});
  });

  it('asks for each choice', () => {
    expect(messages({ region: '', plan: '', image: '' })).toEqual({
      region: 'Choose a region',
      plan: 'Choose a plan',
      image: 'Choose an image',
    });
  });
});

describe('toCreateRequest', () => {
  it('leaves empty optional fields out', () => {
    expect(JSON.parse(JSON.stringify(toCreateRequest(valid)))).toEqual({
      name: 'web-1',
      region: 'lagos-1',
      plan: 'standard-2',
      image: 'ubuntu-24.04',
      backups: false,
    });
  });

  it('sends tags as a list and the rest as chosen', () => {
    const body = toCreateRequest({
      ...valid,
      ssh_keys: ['key-1'],
      tags: 'web, env:prod',
      user_data: '#cloud-config\n',
      private_networks: ['net-1'],
      backups: true,
    });
    expect(body).toMatchObject({
      ssh_keys: ['key-1'],
      tags: ['web', 'env:prod'],
      user_data: '#cloud-config\n',
      private_networks: ['net-1'],
      backups: true,
    });
  });
});

describe('defaultRegion', () => {
  it('prefers Lagos, else the first region taking resources', () => {
    expect(defaultRegion([region('accra-1'), region('lagos-1')])).toBe(
      'lagos-1',
    );
    expect(defaultRegion([region('lagos-1', false), region('accra-1')])).toBe(
      'accra-1',
    );
    expect(defaultRegion([region('lagos-1', false)])).toBe('');
  });
});
