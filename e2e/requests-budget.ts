import { expect, test } from '@playwright/test';

interface Logged {
  method: string;
  path: string;
  doneAt?: number;
}

/** What `npm run requests` prints for one journey. */
export interface JourneyCost {
  journey: string;
  requests: number;
  budget: number;
  /** Repeats of a read sent earlier in the journey (polls), left out. */
  repeats: number;
  sent: string[];
}

export const costAnnotation = 'api-requests';

/**
 * Counts what the journey has sent once every request has its answer,
 * records it for the report, and fails the test over budget. Without
 * `polls`, a read repeated later in the journey (a poll of something
 * changing in the seed) is not part of its cost.
 */
export async function recordRequests(
  api: { requests(): Promise<Logged[]> },
  journey: string,
  budget: number,
  { polls = false } = {},
) {
  await expect
    .poll(async () => (await api.requests()).every((r) => r.doneAt))
    .toBe(true);
  const seen = new Set<string>();
  const sent: string[] = [];
  let repeats = 0;
  for (const { method, path } of await api.requests()) {
    const line = `${method} ${path}`;
    if (!polls && method === 'GET' && seen.has(line)) repeats += 1;
    else sent.push(line);
    seen.add(line);
  }
  const cost: JourneyCost = {
    journey,
    requests: sent.length,
    budget,
    repeats,
    sent,
  };
  test.info().annotations.push({
    type: costAnnotation,
    description: JSON.stringify(cost),
  });
  expect(sent.length, `${journey}:\n${sent.join('\n')}`).toBeLessThanOrEqual(
    budget,
  );
}
