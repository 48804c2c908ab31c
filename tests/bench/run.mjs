// npm run bench: what one ranking page costs, over HTTP through GraphQL and as the raw DuckDB queries behind
// it, on the shipped 2021 plan with the sample actuals; then late payment at national size (late-payment.mjs).
// Prints medians and ratios; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { benchLatePayment } from './late-payment.mjs';

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

function startServer(dbPath, extra = []) {
  const args = [join(ROOT, 'apps/api/dist/main.js'), '--port', String(PORT), '--db', dbPath, ...extra];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
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
  const check = await post(rankingQuery);
  if (check.errors || check.data.ranking.length !== 63)
    throw new Error(`unexpected answer: ${JSON.stringify(check).slice(0, 300)}`);
  const ranking = await time(() => post(rankingQuery));
  const page = await time(() => post(pageQuery));
  await stop(server);

  console.log(
    `BHXH Scorecard bench — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${RUNS} runs, medians`,
  );
  console.log(`  raw DuckDB queries behind ranking (targets, A(d), pending): ${direct.toFixed(2)} ms`);
  console.log(
    `  GraphQL ranking over HTTP (63 rows):                 ${ranking.toFixed(2)} ms   ratio ${(ranking / direct).toFixed(2)}×`,
  );
  console.log(`  GraphQL whole ranking page (ranking + national + …): ${page.toFixed(2)} ms`);

  if (process.env.BENCH_LEDGER !== 'off')
    await benchLatePayment({ root: ROOT, startServer, stop, port: PORT, makeToken });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
