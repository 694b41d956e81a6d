import { DEMO_READONLY_TOKEN, DEMO_TOKEN } from './seed';

export const API = 'http://localhost/v1';

export { DEMO_READONLY_TOKEN, DEMO_TOKEN };

// Assertions read deep into bodies; typing each one would only add noise.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface CallOptions {
  method?: string;
  body?: unknown;
  /** null sends no Authorization header at all. */
  token?: string | null;
}

export interface Reply<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

/** A request to the mock through MSW, as the console's client makes it. */
export async function call<T = Json>(
  path: string,
  { method = 'GET', body, token = DEMO_TOKEN }: CallOptions = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}
