import { z } from 'zod';
import type {
  Image,
  InstanceCreate,
  Plan,
  Region,
  SshKey,
} from '../../api/types';
import {
  checkName,
  checkTags,
  checkUserData,
  parseTags,
} from '../../lib/validation';

/**
 * Runs one of the validators the mock cloud shares, so that the form says
 * in the same words what the API would answer.
 */
function shared<T>(check: (value: T) => string | undefined) {
  return (value: T, context: z.RefinementCtx) => {
    const message = check(value);
    if (message) context.addIssue({ code: 'custom', message });
  };
}

const chosen = (message: string) => z.string().min(1, message);

/** What the form holds: tags as typed, lists of ids for the boxes. */
export const createInstanceSchema = z.object({
  name: z.string().superRefine(shared(checkName)),
  region: chosen('Choose a region'),
  plan: chosen('Choose a plan'),
  image: chosen('Choose an image'),
  ssh_keys: z.array(z.string()),
  tags: z.string().superRefine(shared((text) => checkTags(parseTags(text)))),
  user_data: z.string().superRefine(shared(checkUserData)),
  private_networks: z.array(z.string()),
  backups: z.boolean(),
});

export type CreateInstanceValues = z.infer<typeof createInstanceSchema>;

/** The reference data the form offers, loaded before it is shown. */
export interface InstanceChoices {
  regions: Region[];
  plans: Plan[];
  images: Image[];
  sshKeys: SshKey[];
  /** The currency of plan prices. */
  currency: string;
}

/** The region offered first: Lagos, else the first that takes resources. */
export function defaultRegion(regions: readonly Region[]): string {
  const open = regions.filter((region) => region.available);
  return (open.find((region) => region.id === 'lagos-1') ?? open[0])?.id ?? '';
}

export function initialValues({
  regions,
  images,
}: InstanceChoices): CreateInstanceValues {
  return {
    name: '',
    region: defaultRegion(regions),
    // No plan is chosen for the user: it decides the bill.
    plan: '',
    image: images[0]?.id ?? '',
    ssh_keys: [],
    tags: '',
    user_data: '',
    private_networks: [],
    backups: false,
  };
}

const unlessEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/**
 * The request body, for both the request and its curl preview. Empty
 * optional fields are left out: the API's defaults are the same.
 */
export function toCreateRequest(values: CreateInstanceValues): InstanceCreate {
  return {
    name: values.name,
    region: values.region,
    plan: values.plan,
    image: values.image,
    ssh_keys: unlessEmpty(values.ssh_keys),
    tags: unlessEmpty(parseTags(values.tags)),
    user_data: values.user_data === '' ? undefined : values.user_data,
    private_networks: unlessEmpty(values.private_networks),
    backups: values.backups,
  };
}
