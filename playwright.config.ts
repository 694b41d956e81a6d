import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { ports } from './e2e/ports';

/**
 * End-to-end tests run against production builds: the demo build (mock
 * cloud in the page) for the journeys, and the live build talking to the
 * HTTP mock for one smoke journey. Chromium comes from the system (Debian's
 * package) unless CHROMIUM_PATH names another.
 */
const chromiumPath =
  process.env.CHROMIUM_PATH ??
  (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const { demo: demoPort, live: livePort, mock: mockPort } = ports;
// Builds of their own, so that runs on other ports never share one.
const demoDir = `dist-e2e/demo-${demoPort}`;
const liveDir = `dist-e2e/live-${livePort}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI
    ? [['list'], ['./e2e/requests-reporter.ts']]
    : [['list'], ['./e2e/requests-reporter.ts'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${demoPort}`,
    locale: 'en-US',
    timezoneId: 'UTC',
    // No fades: an accessibility scan never meets a toast half drawn.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'demo', testIgnore: /live\.spec\.ts/ },
    {
      name: 'live',
      testMatch: /live\.spec\.ts/,
      use: { baseURL: `http://localhost:${livePort}` },
    },
  ],
  webServer: [
    {
      command: `npx vite build --outDir ${demoDir} --logLevel warn && npx vite preview --outDir ${demoDir} --port ${demoPort} --strictPort --bypass-lock`,
      url: `http://localhost:${demoPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: 'npx tsx scripts/mock-server.ts',
      env: { PORT: String(mockPort) },
      url: `http://127.0.0.1:${mockPort}/__mock/faults`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite build --mode live --outDir ${liveDir} --logLevel warn && npx vite preview --mode live --outDir ${liveDir} --port ${livePort} --strictPort --bypass-lock`,
      env: { VITE_FUGOKU_API_URL: `http://127.0.0.1:${mockPort}/v1` },
      url: `http://localhost:${livePort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
