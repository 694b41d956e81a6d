import type { components } from './schema';

type Schemas = components['schemas'];

export type Region = Schemas['Region'];
export type Plan = Schemas['Plan'];
export type Image = Schemas['Image'];
export type Pricing = Schemas['Pricing'];
export type SshKey = Schemas['SshKey'];
export type Account = Schemas['Account'];
export type Token = Schemas['Token'];
export type CurrentToken = Schemas['CurrentToken'];
export type Instance = Schemas['Instance'];
export type InstanceStatus = Instance['status'];
export type InstanceCreate = Schemas['CreateInstanceRequest'];
export type InstanceUpdate = Schemas['UpdateInstanceRequest'];
export type InstanceAction = Schemas['InstanceActionRequest'];
export type Volume = Schemas['Volume'];
export type Snapshot = Schemas['Snapshot'];
export type Network = Schemas['Network'];
export type FloatingIp = Schemas['FloatingIp'];
export type LoadBalancer = Schemas['LoadBalancer'];
export type FirewallRule = Schemas['FirewallRule'];
