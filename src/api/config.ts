/**
 * Where the console finds its API. In demo mode the mock cloud answers on
 * the page's own origin; a live build is pointed at a real API when built.
 */
export const isDemo = import.meta.env.VITE_FUGOKU_MODE !== 'live';

export const apiBaseUrl = isDemo
  ? new URL('/v1', globalThis.location?.origin ?? 'http://localhost').href
  : (import.meta.env.VITE_FUGOKU_API_URL ?? 'https://api.fugoku.com/v1');
