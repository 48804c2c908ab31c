// The load part of npm run bench: many clients at once on the queries the dashboard pages send, over loopback,
// with autocannon. Prints requests/s, latency percentiles, errors and the server's memory; asserts nothing.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
export const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
// What this machine should reach (issue 6); printed beside the figures, never asserted.
export const LOAD_TARGETS = {
  ranking: { requestsPerSecond: 500, p99Ms: 200 },
  latePayment: { requestsPerSecond: 100 },
  rssAfterMb: 400,
};

// The documents are the pages' own (apps/web/src/features/*/*.queries.ts), loaded with Node's type stripping;
// their extensionless relative imports are resolved to the .ts files here.
let hooked = false;
export async function pageDocument(file, name) {
  if (!hooked) {
    registerHooks({
      resolve(specifier, context, next) {
        try {
          return next(specifier, context);
        } catch (error) {
          if (specifier.startsWith('.') && !specifier.endsWith('.ts')) return next(`${specifier}.ts`, context);
          throw error;
        }
      },
    });
    hooked = true;
  }
  const module = await import(new URL(`../../apps/web/src/features/${file}`, import.meta.url).href);
  // A document is the client preset's typed document string: its text is the query.
  if (module[name] === undefined) throw new Error(`${file} exports no ${name}`);
  return String(module[name]);
}

/** Resident and peak memory of a process, in MB, from /proc (Linux). */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * Fires `requests` (GraphQL bodies, taken in turn by each connection) at 127.0.0.1 for LOAD_SECONDS with
 * LOAD_CONNECTIONS connections. A GraphQL answer with "errors" counts as an error, like a non-2xx status.
 *
 * Each body is first sent once, alone, and that cold answer timed (the first reader after an import meets it):
 * the load run then measures the page as hundreds of officials meet it once one of them has opened it. The
 * server's memory is read 3 s and 15 s after the run (V8 gives memory back when the process has been idle a
 * few seconds).
 */
export async function load({ port, token, bodies, serverPid }) {
  const url = `http://127.0.0.1:${port}/graphql`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const cold = [];
  for (const body of bodies) {
    const started = performance.now();
    const answer = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.text());
    cold.push(performance.now() - started);
    if (answer.includes('"errors"')) throw new Error(`the load document fails: ${answer.slice(0, 300)}`);
  }
  const result = await autocannon({
    url,
    connections: LOAD_CONNECTIONS,
    duration: LOAD_SECONDS,
    method: 'POST',
    headers,
    requests: bodies.map((body) => ({ method: 'POST', body: JSON.stringify(body) })),
    verifyBody: (body) => !body.includes('"errors"'),
  });
  const during = memoryOf(serverPid);
  await sleep(3000);
  const after = memoryOf(serverPid);
  await sleep(12_000);
  const later = memoryOf(serverPid);
  return {
    coldMs: cold.sort((a, b) => a - b)[Math.floor(cold.length / 2)],
    coldMaxMs: Math.max(...cold),
    bodies: bodies.length,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    peakRssMb: during.peakMb,
    rssAfterMb: after.rssMb,
    rssLaterMb: later.rssMb,
  };
}

export function printLoad(label, figures, target = {}) {
  const goal = [
    target.requestsPerSecond ? `≥ ${target.requestsPerSecond} req/s` : null,
    target.p99Ms ? `p99 < ${target.p99Ms} ms` : null,
    '0 errors',
    `RSS after < ${LOAD_TARGETS.rssAfterMb} MB`,
  ]
    .filter(Boolean)
    .join(', ');
  console.log(`  ${label}: ${LOAD_CONNECTIONS} connections × ${LOAD_SECONDS} s on 127.0.0.1 (target ${goal})`);
  console.log(
    `    ${figures.requestsPerSecond.toFixed(0)} requests/s (${figures.requests} in all), latency p50 ${figures.p50} ms, p99 ${figures.p99} ms, max ${figures.max} ms`,
  );
  console.log(
    `    errors ${figures.errors}, non-2xx ${figures.non2xx}, GraphQL errors ${figures.graphqlErrors}; server RSS peak ${figures.peakRssMb.toFixed(0)} MB, ${figures.rssAfterMb.toFixed(0)} MB 3 s after, ${figures.rssLaterMb.toFixed(0)} MB 15 s after`,
  );
  console.log(
    `    before the run, each of the ${figures.bodies} documents alone and cold (first reader after a write): median ${figures.coldMs.toFixed(0)} ms, slowest ${figures.coldMaxMs.toFixed(0)} ms`,
  );
}
