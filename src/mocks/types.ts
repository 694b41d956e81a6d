// What the mock stores: the contract's shapes (generated from openapi.yaml)
// plus what only the mock needs. Fields derived on read (an instance's
// specs and private addresses, a backend's health) are not stored.

import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type InstanceStatus = Schemas['InstanceStatus'];
export type Region = Schemas['Region'];
export type Plan = Schemas['Plan'];
export type Image = Schemas['Image'];
export type Pricing = Schemas['Pricing'];
export type Account = Schemas['Account'];
export type SshKey = Schemas['SshKey'];
export type Scope = Schemas['TokenScopes'][number];
export type Instance = Schemas['Instance'];
export type LoadBalancer = Schemas['LoadBalancer'];
export type Backend = Schemas['Backend'];
export type Token = Schemas['Token'];
export type CurrentToken = Schemas['CurrentToken'];
export type NetworkMember = Schemas['NetworkMember'];
export type Network = Schemas['Network'];
export type FloatingIp = Schemas['FloatingIp'];
export type HealthCheck = Schemas['HealthCheck'];
type VolumeShape = Schemas['Volume'];
type SnapshotShape = Schemas['Snapshot'];
type FirewallRuleShape = Schemas['FirewallRule'];

export interface StoredToken extends Token {
  /** SHA-256 of the secret, hex: the secret itself is never kept. */
  hash: string;
}

/** When a transitional state ends and what the record becomes then. */
export interface Transition<T> {
  until: number;
  to: Partial<T> | 'gone';
}

export interface StoredInstance {
  id: string;
  name: string;
  region: string;
  plan: string;
  image: string;
  status: InstanceStatus;
  public_ip: string;
  created_at: string;
  tags: string[];
  backups: boolean;
  ssh_keys: string[];
  user_data: string | null;
  transition?: Transition<StoredInstance>;
  /** When the current status was reached (epoch ms); absent: long ago. */
  settled_at?: number;
}

export interface Volume extends VolumeShape {
  transition?: Transition<Volume>;
}

export interface Snapshot extends SnapshotShape {
  transition?: Transition<Snapshot>;
}

export interface StoredBackend {
  instance_id: string;
  weight: number;
  /** When it was added (epoch ms), for its first health check. */
  added_at?: number;
}

export interface StoredLoadBalancer extends Omit<LoadBalancer, 'backends'> {
  backends: StoredBackend[];
  transition?: Transition<StoredLoadBalancer>;
}

export interface FirewallRule extends FirewallRuleShape {
  /** Rules belong to one instance; the API leaves this out of the rule. */
  instance_id: string;
}

/** A resource that no longer exists but still appears on past bills. */
export interface DeletedResource {
  kind: 'instance' | 'volume' | 'load_balancer' | 'floating_ip';
  id: string;
  name: string;
  /** Plan id of an instance, size of a volume, address of a floating IP. */
  plan?: string;
  size_gb?: number;
  ip?: string;
  created_at: string;
  deleted_at: string;
}

export interface RateLimitState {
  hourStart: number;
  minuteStart: number;
  hourUsed: Record<string, number>;
  minuteUsed: Record<string, number>;
  /** Where a token not yet seen this hour starts, after setBudget. */
  hourFloor: number;
}

export interface MockState {
  rng: number;
  regions: Region[];
  plans: Plan[];
  images: Image[];
  pricing: Pricing;
  account: Account;
  tokens: StoredToken[];
  sshKeys: SshKey[];
  instances: StoredInstance[];
  volumes: Volume[];
  snapshots: Snapshot[];
  networks: Network[];
  floatingIps: FloatingIp[];
  loadBalancers: StoredLoadBalancer[];
  firewallRules: FirewallRule[];
  deleted: DeletedResource[];
  rateLimit: RateLimitState;
}
