import { describe, expect, it } from 'vitest';
import type { LoadBalancer } from '../types';
import { HEALTH_REFRESH_MS, loadBalancerQueries } from './load-balancers';

type Interval = (query: {
  state: { data: LoadBalancer | undefined; dataUpdateCount: number };
}) => number | false;

const balancer = (status: LoadBalancer['status']) =>
  ({ id: 'lb-1', status, backends: [] }) as unknown as LoadBalancer;

describe('a load balancer page', () => {
  const options = loadBalancerQueries.detail('lb-1');
  const interval = options.refetchInterval as unknown as Interval;

  it('asks for backend health every 30 s, only while visible', () => {
    const query = { state: { data: balancer('active'), dataUpdateCount: 3 } };
    expect(interval(query)).toBe(HEALTH_REFRESH_MS);
    expect(HEALTH_REFRESH_MS).toBe(30_000);
    expect(options.refetchIntervalInBackground).toBe(false);
  });

  it('polls faster while the balancer provisions', () => {
    const query = {
      state: { data: balancer('provisioning'), dataUpdateCount: 1 },
    };
    expect(interval(query)).toBe(2_000);
  });
});
