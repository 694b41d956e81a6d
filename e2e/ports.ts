/**
 * Where the end-to-end servers listen. E2E_PORT_BASE moves them all, so
 * that two runs on one machine do not share (or reuse) each other's.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 4173);

export const ports = {
  demo: base,
  live: base + 1,
  mock: base === 4173 ? 4010 : base + 2,
};

export const mockServerUrl = `http://127.0.0.1:${ports.mock}`;
