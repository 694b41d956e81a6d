import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Content Security Policy the README recommends. `vite preview` serves
 * every build with it, so the end-to-end tests prove the console runs
 * under it (no inline script; only the API's origin reachable).
 */
function contentSecurityPolicy(apiUrl: string | undefined) {
  const api = apiUrl ? new URL(apiUrl).origin : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ${api}`.trim(),
    "worker-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The small shared modules nearly every page needs: the API layer and the
 * page furniture. As one chunk they cost the first screen one request and
 * one gzip stream instead of twenty, several KB less. The form kit, the
 * charts and each resource's queries stay in chunks of their own.
 */
const consoleCore = [
  /\/src\/api\/[\w-]+\.ts$/,
  /\/src\/api\/queries\/(account|reference)\.ts$/,
  /\/src\/lib\/(class-names|format)\.ts$/,
  /\/src\/components\/(button|control-class|copy-button|describe-error|page-header|query-error|request-id|scroll-edges|skeleton|status-badge|toast|write-gate)\.tsx?$/,
];

function isConsoleCore(id: string) {
  const path = id.replaceAll('\\', '/');
  return consoleCore.some((pattern) => pattern.test(path));
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The size script reads it to find what the first screen loads.
    manifest: true,
    // Every browser the console supports preloads modules on its own.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The framework changes rarely; a stable chunk keeps it cached
              // across deploys on slow links.
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
              priority: 10,
            },
            {
              name: 'console',
              test: (id) => isConsoleCore(id),
              priority: 5,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: {
    port: 4173,
    headers: {
      'Content-Security-Policy': contentSecurityPolicy(
        mode === 'live'
          ? (process.env.VITE_FUGOKU_API_URL ?? 'https://api.fugoku.com/v1')
          : undefined,
      ),
    },
  },
}));
