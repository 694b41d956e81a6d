/**
 * The mock cloud's control surface, present only in demo builds (a live
 * build holds no mock code and no demo credentials). The console uses it
 * for the demo token and "Reset demo"; end-to-end tests drive it too.
 */
export interface MockControls {
  reset(): Promise<void> | void;
  /** The seeded read-and-write token offered on the sign-in page. */
  demoToken: string;
}

declare global {
  interface Window {
    __fugokuMock?: MockControls;
  }
}

export function mockControls(): MockControls | undefined {
  return globalThis.window?.__fugokuMock;
}
