import { setupWorker } from 'msw/browser';
import { control } from './control';
import { handlers } from './handlers';
import { DEMO_TOKEN } from './seed';

/** What the page sees as window.__fugokuMock. */
export const browserControl = { ...control, demoToken: DEMO_TOKEN };

export type BrowserMockControl = typeof browserControl;

/**
 * Starts the mock cloud in the page. Loaded only by dynamic import in demo
 * mode, so that none of it reaches the live bundle.
 */
export async function startMockCloud(): Promise<BrowserMockControl> {
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  window.__fugokuMock = browserControl;
  return browserControl;
}
