#!/usr/bin/env node
// Builds the live console and prints what its first screens cost on the
// wire: the JavaScript and CSS a signed-in user needs to see the page they
// land on (the overview, or the instances list from a link), gzipped.
// Fails when either passes the budget, or when any trace of the mock cloud
// reaches the live build.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetKb = 140;
const outDir = 'dist-live';
const firstScreens = {
  'instances list': 'src/features/instances/list-page.tsx',
  overview: 'src/features/overview/overview-page.tsx',
};
const mockMarkers = ['mockServiceWorker', 'fugoku-mock-db', 'fgk_demo_'];

execFileSync(
  'npx',
  ['vite', 'build', '--mode', 'live', '--outDir', outDir, '--logLevel', 'warn'],
  { stdio: 'inherit' },
);

const manifest = JSON.parse(
  readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
);

/** A chunk and everything it imports statically, each file once. */
function collect(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) collect(imported, files);
  return files;
}

const gzipKb = (file) =>
  gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1024;

let failed = false;
for (const [screen, route] of Object.entries(firstScreens)) {
  if (!manifest[route]) {
    console.error(`No chunk for ${route}: is it still a lazy route?`);
    failed = true;
    continue;
  }
  const files = collect(route, collect('index.html'));
  let total = 0;
  console.info(`First screen: ${screen} (live build), gzip:`);
  for (const file of [...files].sort()) {
    const size = gzipKb(file);
    total += size;
    console.info(`  ${size.toFixed(1).padStart(7)} KB  ${file}`);
  }
  console.info(
    `  ${total.toFixed(1).padStart(7)} KB  total (budget ${budgetKb} KB)`,
  );
  if (total > budgetKb) {
    console.error(
      `The ${screen} is over budget by ${(total - budgetKb).toFixed(1)} KB.`,
    );
    failed = true;
  }
}

const leaks = readdirSync(join(outDir, 'assets')).filter((file) => {
  const text = readFileSync(join(outDir, 'assets', file), 'utf8');
  return mockMarkers.some((marker) => text.includes(marker));
});

if (leaks.length > 0) {
  console.error(`Mock code reached the live build: ${leaks.join(', ')}`);
  failed = true;
} else {
  console.info('No mock code in the live build.');
}
process.exit(failed ? 1 : 0);
