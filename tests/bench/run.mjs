// npm run bench: what one ranking page costs, over HTTP through GraphQL and as the raw DuckDB queries behind
// it, on the shipped 2021 plan with the sample actuals, and 50 clients at once on the ranking page (load.mjs); then
// late payment at national size (late-payment.mjs). Prints medians, ratios and load figures; asserts nothing.
// BENCH_LEDGER=off skips the national ledger; BENCH_LOAD_SECONDS / BENCH_LOAD_CONNECTIONS size the load runs;
// BENCH_SERVER_NODE_FLAGS passes Node flags to the server.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { benchLatePayment } from './late-payment.mjs';
import { LOAD_TARGETS, load, pageDocument, printLoad } from './load.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const PLAN = '2800-KH-BHXH-2021';
const METRIC = 'revenue';
const AS_OF = '2021-10-20';
const PORT = 3900 + Math.floor(Math.random() * 90);

const sql = (name) => readFileSync(join(ROOT, 'libs/warehouse/src/queries', name), 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn) {
  for (let i = 0; i < 20; i += 1) await fn(); // warm up
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/** An analyst's API token, made with the command line before the server opens the file (every request needs one). */
function makeToken(dbPath) {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'apps/cli/bin/scorecard.js'),
      'token',
      'create',
      '--db',
      dbPath,
      '--role',
      'analyst',
      '--label',
      'bench',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`scorecard token create failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** The Node flags of the start line in package.json: `node <flags> apps/api/dist/main.js`. */
const START_NODE_FLAGS =
  /\bnode((?:\s+--\S+)*)\s+apps\/api\/dist\/main\.js/.exec(
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start,
  )?.[1] ?? '';

// Servers still running when the bench fails are stopped on the way out, never left holding a port.
const running = new Set();

function startServer(dbPath, extra = []) {
  // The server runs with the Node flags of `npm start` (package.json), unless BENCH_SERVER_NODE_FLAGS gives others.
  const nodeFlags = (process.env.BENCH_SERVER_NODE_FLAGS ?? START_NODE_FLAGS).split(/\s+/).filter(Boolean);
  const args = [...nodeFlags, join(ROOT, 'apps/api/dist/main.js'), '--port', String(PORT), '--db', dbPath, ...extra];
  // SCORECARD_RATE_LIMIT=off: one client sending thousands of requests is the point here, not an abuse.
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SCORECARD_RATE_LIMIT: 'off' },
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      if (chunk.toString().includes('is running')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function stop(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const dir = mkdtempSync(join(tmpdir(), 'scorecard-bench-'));
const dbPath = join(dir, 'bench.duckdb');
try {
  const token = makeToken(dbPath);
  // First start fills the database (plan + sample actuals), then frees the file for the direct run.
  await stop(await startServer(dbPath));

  const instance = await DuckDBInstance.create(dbPath);
  const connection = await instance.connect();
  const version = Number((await connection.runAndReadAll('SELECT max(version) FROM plan_version')).getRowsJS()[0][0]);
  const direct = await time(async () => {
    await connection.runAndReadAll(sql('plan-targets.sql'), { planId: PLAN, version, metric: METRIC });
    await connection.runAndReadAll(sql('latest-actuals-as-of.sql'), { planId: PLAN, metric: METRIC, asOf: AS_OF });
    await connection.runAndReadAll(sql('pending-actuals-as-of.sql'), { planId: PLAN, metric: METRIC, asOf: AS_OF });
  });
  connection.disconnectSync();
  instance.closeSync();

  const server = await startServer(dbPath);
  const post = (query) =>
    fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());
  const rankingQuery = `{ ranking(planId: "${PLAN}", metric: "${METRIC}", asOf: "${AS_OF}") {
    rank status province { code nameVi region } target targetToDate actual attainmentToDate attainmentOfPeriod onTrack
    requiredPacePerDay projectedAttainment synthetic } }`;
  const pageQuery = `{ ranking(planId: "${PLAN}", metric: "${METRIC}", asOf: "${AS_OF}") {
    rank status province { code nameVi region } target targetToDate actual attainmentToDate attainmentOfPeriod onTrack
    requiredPacePerDay projectedAttainment synthetic }
    nationalAttainment(planId: "${PLAN}", metric: "${METRIC}", asOf: "${AS_OF}") { target actual publishedTarget }
    periodProgress(planId: "${PLAN}", asOf: "${AS_OF}") { timeElapsed } plans { id } }`;
  // The bulk download of attainment at the date (7 metrics × 63 provinces) against the raw queries behind it.
  let attainmentExportBytes = 0;
  const attainmentExport = await time(async () => {
    const response = await fetch(`http://127.0.0.1:${PORT}/export/attainment.parquet?planId=${PLAN}&asOf=${AS_OF}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`export answered ${response.status}`);
    attainmentExportBytes = (await response.arrayBuffer()).byteLength;
  });
  const check = await post(rankingQuery);
  if (check.errors || check.data.ranking.length !== 63)
    throw new Error(`unexpected answer: ${JSON.stringify(check).slice(0, 300)}`);
  const ranking = await time(() => post(rankingQuery));
  // The same ranking on the 34 units of 2025: the 63 provinces' quotas and actuals summed onto them.
  const ranking34Query = rankingQuery.replace(`asOf: "${AS_OF}")`, `asOf: "${AS_OF}", unitSet: VN34)`);
  const check34 = await post(ranking34Query);
  if (check34.errors || check34.data.ranking.length !== 34)
    throw new Error(`unexpected answer on the 34: ${JSON.stringify(check34).slice(0, 300)}`);
  const ranking34 = await time(() => post(ranking34Query));
  const coverage = await time(() =>
    post('{ coverage(year: 2023, unitSet: VN34) { national { siCoverage hiCoverage } provinces { siRank } } }'),
  );
  const page = await time(() => post(pageQuery));

  // The ranking page's own query, each connection going through the seven metrics at the same date.
  const rankingPageQuery = await pageDocument('ranking/ranking.queries.ts', 'RANKING_QUERY');
  const metrics = (await post('{ metrics { key } }')).data.metrics.map((m) => m.key);
  const rankingLoad = await load({
    port: PORT,
    token,
    serverPid: server.pid,
    bodies: metrics.map((metric) => ({
      query: rankingPageQuery,
      variables: { planId: PLAN, metric, asOf: AS_OF, basis: 'TO_DATE' },
    })),
  });
  await stop(server);

  console.log(
    `BHXH Scorecard bench — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${RUNS} runs, medians`,
  );
  console.log(`  raw DuckDB queries behind ranking (targets, A(d), pending): ${direct.toFixed(2)} ms`);
  console.log(
    `  GraphQL ranking over HTTP (63 rows):                 ${ranking.toFixed(2)} ms   ratio ${(ranking / direct).toFixed(2)}×`,
  );
  console.log(
    `  GraphQL ranking on the 34 units (sums of the 63):     ${ranking34.toFixed(2)} ms   ratio ${(ranking34 / direct).toFixed(2)}×`,
  );
  console.log(`  GraphQL coverage 2023 on the 34 (from the 63):      ${coverage.toFixed(2)} ms`);
  console.log(`  GraphQL whole ranking page (ranking + national + …): ${page.toFixed(2)} ms`);
  console.log(
    `  bulk download /export/attainment.parquet (7 metrics × 63, ${(attainmentExportBytes / 1024).toFixed(0)} kB): ${attainmentExport.toFixed(2)} ms   ratio to 7 × the raw queries ${(attainmentExport / (7 * direct)).toFixed(2)}×`,
  );
  console.log('  (after its first request the server answers each snapshot from its cache, until the next write)');
  printLoad(`load: the ranking page's query (${metrics.length} metrics in turn)`, rankingLoad, LOAD_TARGETS.ranking);

  if (process.env.BENCH_LEDGER !== 'off')
    await benchLatePayment({ root: ROOT, startServer, stop, port: PORT, makeToken });
} finally {
  for (const child of running) await stop(child);
  rmSync(dir, { recursive: true, force: true });
}
