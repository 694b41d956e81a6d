import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './index.css';

/**
 * In demo mode the mock cloud starts before the first request. The check
 * reads the build-time variable directly so that a live build drops the
 * import, and with it every line of the mock, from the bundle.
 */
async function startMockCloudInDemo() {
  if (import.meta.env.VITE_FUGOKU_MODE === 'live') return;
  const { startMockCloud } = await import('./mocks/browser');
  await startMockCloud();
}

await startMockCloudInDemo();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
