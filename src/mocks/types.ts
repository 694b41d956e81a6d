// Wire shapes of the Fugoku API as the mock stores and serves them. Fields
// that are derived on read (specs, private_ip, backend health) are absent
// from the stored records.

export type InstanceStatus =
  | 'provisioning'
  | 'running'
  | 'stopping'
  | 'stopped'
  | 'starting'
  | 'rebooting'
  | 'rebuilding'
  | 'resizing'
  | 'deleting';

export interface Region {
  id: string;
  name: string;
  country: string;
  available: boolean;
}

export interface Plan {
  id: string;
  name: string;
  vcpu: number;
  ram_gb: number;
  disk_gb: number;
  transfer_tb: number;
  price_hourly: number;
  price_monthly: number;
}

export interface Image {
  id: string;
  name: string;
  distribution: string;
  version: string;
}

export interface Pricing {
  currency: string;
  volume_gb_month: number;
  snapshot_gb_month: number;
  load_balancer_month: number;
  floating_ip_month: number;
  egress_gb: number;
  included_egress_gb: number;
}

export interface Account {
  id: string;
  name: string;
  email: string;
  company: string;
  currency: string;
  balance: number;
  created_at: string;
}

export type Scope = 'read' | 'write';

export interface StoredToken {
  id: string;
  name: string;
  scopes: Scope[];
  prefix: string;
  /** SHA-256 of the secret, hex: the secret itself is never kept. */
  hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
}

export interface SshKey {
  id: string;
  name: string;
  fingerprint: string;
  public_key: string;
  created_at: string;
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
}

export interface Volume {
  id: string;
  name: string;
  size_gb: number;
  region: string;
  status: 'creating' | 'available' | 'attached';
  instance_id: string | null;
  snapshot_id: string | null;
  created_at: string;
  transition?: Transition<Volume>;
}

export interface Snapshot {
  id: string;
  name: string;
  volume_id: string;
  region: string;
  size_gb: number;
  status: 'pending' | 'available' | 'failed';
  failure_reason: string | null;
  created_at: string;
  transition?: Transition<Snapshot>;
}

export interface NetworkMember {
  instance_id: string;
  private_ip: string;
}

export interface Network {
  id: string;
  name: string;
  region: string;
  subnet: string;
  dhcp_enabled: boolean;
  members: NetworkMember[];
  created_at: string;
}

export interface FloatingIp {
  id: string;
  ip: string;
  region: string;
  instance_id: string | null;
  created_at: string;
}

export interface HealthCheck {
  path?: string;
  interval: number;
  timeout: number;
  unhealthy_threshold: number;
}

export interface StoredBackend {
  instance_id: string;
  weight: number;
}

export interface StoredLoadBalancer {
  id: string;
  name: string;
  region: string;
  status: 'provisioning' | 'active';
  algorithm: 'round_robin' | 'least_connections' | 'source_ip';
  protocol: 'http' | 'https' | 'tcp';
  port: number;
  backend_port: number;
  health_check: HealthCheck;
  public_ip: string | null;
  backends: StoredBackend[];
  created_at: string;
  transition?: Transition<StoredLoadBalancer>;
}

export interface FirewallRule {
  id: string;
  instance_id: string;
  direction: 'inbound' | 'outbound';
  protocol: 'tcp' | 'udp' | 'icmp';
  port?: number | string;
  source: string;
  description?: string;
  created_at: string;
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
