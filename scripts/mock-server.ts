/**
 * The mock cloud over plain HTTP on loopback, for curl, scripts and a live
 * build pointed at it. Same handlers as the browser and the unit tests.
 *
 *   npx tsx scripts/mock-server.ts        (PORT defaults to 4010)
 */
import { DEMO_TOKEN } from '../src/mocks/seed';
import { createMockServer } from './mock-http';

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4010);

const server = createMockServer();
server.listen(PORT, HOST, () => {
  console.info(`Fugoku mock cloud at http://${HOST}:${PORT}/v1`);
  console.info(`Demo token: ${DEMO_TOKEN}`);
  console.info(
    `Control: POST /__mock/reset, /__mock/clock {advance_ms}, ` +
      '/__mock/budget {remaining}, /__mock/faults {type, ...}; ' +
      'DELETE /__mock/faults',
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
