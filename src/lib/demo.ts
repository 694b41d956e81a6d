/**
 * The mock cloud's control surface, present only in demo builds. The
 * console uses it for "Reset demo data"; end-to-end tests drive it too.
 */
export interface MockControls {
  reset(): Promise<void> | void;
}

declare global {
  interface Window {
    __fugokuMock?: MockControls;
  }
}

export function mockControls(): MockControls | undefined {
  return globalThis.window?.__fugokuMock;
}

/** The seeded demo credentials, offered on the sign-in page in demo mode. */
export const demoToken = 'fgk_demo_7Kq2xV9mRt4LpW8nZc3Hb6Yd';
export const demoReadOnlyToken = 'fgk_ro_demo_3Fj8Tn2Qw6Lx9Vb4Km7Rs5Pc';
