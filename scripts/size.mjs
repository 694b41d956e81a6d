#!/usr/bin/env node
// Builds the live console and prints what its first screens cost on the
// wire: the JavaScript and CSS a signed-in user needs to see the page they
// land on (the overview, or the instances list from a link), gzipped.
// Fails when either passes the budget, when a page of any area is not a
// chunk of its own outside those screens, when the chart library or the
// form kit reaches them, or when any trace of the mock cloud reaches the
// live build.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/** Every page an area's routes load on demand, as manifest keys. */
function lazyPages() {
  const features = 'src/features';
  const pages = [];
  for (const area of readdirSync(features)) {
    const routes = join(features, area, 'routes.ts');
    if (!existsSync(routes)) continue;
    const text = readFileSync(routes, 'utf8');
    for (const [, module] of text.matchAll(/import\('\.\/([\w-]+)'\)/g)) {
      const file = ['.tsx', '.ts']
        .map((ext) => `${features}/${area}/${module}${ext}`)
        .find(existsSync);
      pages.push(file ?? `${features}/${area}/${module}`);
    }
  }
  return pages;
}

const firstScreenFiles = new Set(
  Object.values(firstScreens).flatMap((route) => [
    ...collect(route, collect('index.html')),
  ]),
);
const pages = lazyPages();
const stray = pages.filter((page) => {
  const chunk = manifest[page];
  if (!chunk?.isDynamicEntry) return true;
  const isFirstScreen = Object.values(firstScreens).includes(page);
  return !isFirstScreen && firstScreenFiles.has(chunk.file);
});
if (stray.length > 0) {
  console.error(`Not a lazy chunk of its own: ${stray.join(', ')}`);
  failed = true;
} else {
  console.info(`Each of the ${pages.length} pages loads as its own chunk.`);
}

const read = (file) => readFileSync(join(outDir, file), 'utf8');
const chartFiles = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file) => file.endsWith('.js') && read(file).includes('recharts-'));
const billingFiles = new Set(
  pages
    .filter((page) => page.startsWith('src/features/billing/'))
    .flatMap((page) => [...collect(page)]),
);
for (const chunk of Object.values(manifest)) {
  if (!chunk.src?.startsWith('src/features/billing/')) continue;
  for (const lazy of chunk.dynamicImports ?? []) collect(lazy, billingFiles);
}
const chartElsewhere = chartFiles.filter(
  (file) => firstScreenFiles.has(file) || !billingFiles.has(file),
);
if (chartFiles.length === 0 || chartElsewhere.length > 0) {
  console.error(
    chartFiles.length === 0
      ? 'No chart chunk found: has the chart library been replaced?'
      : `Chart code outside the billing page: ${chartElsewhere.join(', ')}`,
  );
  failed = true;
} else {
  console.info('The chart library loads only with the billing page.');
}

const formKit = Object.entries(manifest)
  .filter(([key]) => key.startsWith('_form-'))
  .map(([, chunk]) => chunk.file);
if (formKit.length === 0 || formKit.some((f) => firstScreenFiles.has(f))) {
  console.error(
    formKit.length === 0
      ? 'No form kit chunk found: is src/components/form still one chunk?'
      : 'The form kit reached a first screen.',
  );
  failed = true;
} else {
  console.info('The form kit stays off the first screens.');
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
