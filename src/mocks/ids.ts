import { getState } from './db';
import { createRng, type Rng } from './random';

/** The account's own PRNG, for ids of resources created at run time. */
export function stateRng(): Rng {
  return createRng(
    () => getState().rng,
    (s) => (getState().rng = s),
  );
}

export function newId(prefix: string): string {
  return `${prefix}-${stateRng().hex(10)}`;
}
