// The late-payment part of npm run bench: the national-size synthetic ledger (450,000 employers × 36 months,
// generated once and cached in data/generated/), its import, and the queries of the Chậm đóng page over
// GraphQL against the same SQL run directly on DuckDB. Prints medians and ratios; asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { LOAD_TARGETS, load, pageDocument, printLoad } from './load.mjs';

// Keep in step with LEDGER_GENERATOR_VERSION in libs/warehouse/src/ledger/ledger-generator.ts.
const LEDGER_GENERATOR_VERSION = 2;
const EMPLOYERS = Number(process.env.BENCH_LEDGER_EMPLOYERS ?? 450_000);
const MONTHS = 36;
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 30);
// A month end and a date inside a month (whose later payments must be taken back out), each with the date the
// rank change compares with (the end of the previous month).
const AS_OFS = [
  ['2023-09-30', '2023-08-31'],
  ['2023-09-15', '2023-08-31'],
];
const PROVINCE = '79';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cli(root, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'apps/cli/bin/scorecard.js'), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`scorecard ${args[0]} exited ${code}`)),
    );
  });
}

async function time(fn, runs) {
  for (let i = 0; i < 3; i += 1) await fn();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const LEDGER_TABLES = ['employers', 'dues', 'payments'];

async function duckdbOwnLoad(ledger, path) {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  const start = process.hrtime.bigint();
  for (const table of LEDGER_TABLES)
    await connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${join(ledger, `${table}.parquet`)}')`);
  await connection.run('CHECKPOINT');
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  connection.disconnectSync();
  instance.closeSync();
  rmSync(path, { force: true });
  return seconds;
}

export async function benchLatePayment({ root, startServer, stop, port, makeToken }) {
  const ledger = join(root, 'data/generated', `ledger-${EMPLOYERS}x${MONTHS}`);
  const manifest = join(ledger, 'manifest.json');
  const cached = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).parameters : null;
  if (cached?.version !== LEDGER_GENERATOR_VERSION || cached?.employers !== EMPLOYERS) {
    const started = Date.now();
    await cli(root, ['generate-ledger', '--employers', String(EMPLOYERS), '--months', String(MONTHS), '--out', ledger]);
    console.log(`  (generated the ledger in ${((Date.now() - started) / 1000).toFixed(1)} s; cached in ${ledger})`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-bench-ledger-'));
  try {
    const imports = [];
    const peaks = [];
    const ownLoads = [];
    let rows = 0;
    let dbPath = '';
    for (let run = 0; run < IMPORT_RUNS; run += 1) {
      // DuckDB's own load of the same three Parquet files (CREATE TABLE … AS SELECT *), run beside each import so
      // both meet the same machine.
      ownLoads.push(await duckdbOwnLoad(ledger, join(dir, `own-${run}.duckdb`)));
      dbPath = join(dir, `ledger-${run}.duckdb`);
      const outcome = JSON.parse(await cli(root, ['import-ledger', ledger, '--db', dbPath, '--json']));
      rows = outcome.employers + outcome.dues + outcome.payments;
      imports.push(outcome.seconds);
      peaks.push(outcome.peakRssMb);
    }
    const importSeconds = median(imports);
    const ownSeconds = median(ownLoads);
    const parquetBytes = LEDGER_TABLES.reduce((sum, table) => sum + statSync(join(ledger, `${table}.parquet`)).size, 0);
    const databaseBytes = statSync(dbPath).size;

    const sql = (name) => readFileSync(join(root, 'libs/warehouse/src/queries', name), 'utf8');
    const instance = await DuckDBInstance.create(dbPath);
    const a = await instance.connect();
    const b = await instance.connect();
    const byProvince = sql('late-payment-by-province.sql');
    const inArrears = sql('employers-in-arrears.sql');
    const trend = sql('late-payment-trend.sql');
    const measured = [];
    const direct = [];
    for (const [asOf, previous] of AS_OFS) {
      const arrearsParams = { asOf, province: PROVINCE, bucket: null, limit: 51, afterOverdue: null, afterId: null };
      const late = () =>
        Promise.all([a.runAndReadAll(byProvince, { asOf }), b.runAndReadAll(byProvince, { asOf: previous })]);
      direct.push({
        late: await time(late, QUERY_RUNS),
        arrears: await time(() => a.runAndReadAll(inArrears, arrearsParams), QUERY_RUNS),
        page: await time(
          () =>
            late().then(() =>
              Promise.all([
                a.runAndReadAll(trend, { from: '2021-01-01', to: '2023-12-01', province: null }),
                b.runAndReadAll(inArrears, arrearsParams),
              ]),
            ),
          QUERY_RUNS,
        ),
      });
    }
    // The bulk download of every province at every month end, as DuckDB writes it directly: COPY (…) TO parquet.
    const provinceMonth = sql('late-payment-province-month.sql').replace(/;\s*$/, '');
    const copyPath = join(dir, 'province-month.parquet');
    const copyDirect = await time(
      () => a.run(`COPY (${provinceMonth}) TO '${copyPath}' (FORMAT parquet, COMPRESSION zstd)`),
      QUERY_RUNS,
    );
    a.disconnectSync();
    b.disconnectSync();
    instance.closeSync();

    const token = makeToken(dbPath);
    const server = await startServer(dbPath, ['--sample-data', 'off']);
    const post = (query) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      }).then((r) => r.json());
    const buckets = 'buckets { bucket labelVi actionVi amount employers }';
    let national = null;
    for (const [i, [asOf, previous]] of AS_OFS.entries()) {
      const lateQuery = `{ latePayment(asOf: "${asOf}") { asOf previousAsOf synthetic
        national { receivable overdue ratio employers employersInArrears ${buckets} }
        provinces { province { code nameVi } rank previousRank rankChange receivable overdue ratio employers employersInArrears ${buckets} }
        references { label asOf ratio } } }`;
      const arrearsQuery = `{ employersInArrears(province: "${PROVINCE}", asOf: "${asOf}", first: 50) { totalCount totalOverdue
        pageInfo { hasNextPage endCursor } edges { cursor node { employer { id name district ownership workers }
        overdue oldestOverdueMonth ageMonths bucket actionVi } } } }`;
      const pageQuery = `{ latePayment(asOf: "${asOf}") { asOf national { ratio overdue } provinces { province { code nameVi } rank rankChange ratio overdue ${buckets} } }
        latePaymentTrend { month ratio }
        employersInArrears(province: "${PROVINCE}", asOf: "${asOf}", first: 50) { totalCount edges { node { employer { id name } overdue bucket } } } }`;
      const check = await post(lateQuery);
      if (
        check.errors ||
        check.data.latePayment.provinces.length !== 63 ||
        check.data.latePayment.previousAsOf !== previous
      )
        throw new Error(`unexpected answer: ${JSON.stringify(check).slice(0, 300)}`);
      if (i === 0) national = check.data.latePayment.national;
      measured.push({
        asOf,
        late: await time(() => post(lateQuery), QUERY_RUNS),
        arrears: await time(() => post(arrearsQuery), QUERY_RUNS),
        page: await time(() => post(pageQuery), QUERY_RUNS),
      });
    }
    let exportBytes = 0;
    const exportHttp = await time(async () => {
      const response = await fetch(`http://127.0.0.1:${port}/export/late-payment.parquet`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status !== 200) throw new Error(`export answered ${response.status}`);
      exportBytes = (await response.arrayBuffer()).byteLength;
    }, QUERY_RUNS);
    // The Chậm đóng page's own query, 50 clients at once, each going through the ledger's last day (what the page
    // asks for first) and the two dates above.
    const latePaymentPageQuery = await pageDocument('late-payment/late-payment.queries.ts', 'LATE_PAYMENT_QUERY');
    const latePaymentLoad = await load({
      port,
      token,
      serverPid: server.pid,
      bodies: [null, ...AS_OFS.map(([asOf]) => asOf)].map((asOf) => ({
        query: latePaymentPageQuery,
        variables: { asOf },
      })),
    });
    await stop(server);

    const fmt = (n) => n.toFixed(1).padStart(7);
    console.log(
      `\nLate payment at national size: ${EMPLOYERS.toLocaleString('en')} employers × ${MONTHS} months (${rows.toLocaleString('en')} ledger rows)`,
    );
    console.log(
      `  import (Parquet → DuckDB, checked, derived; median of ${IMPORT_RUNS}): ${importSeconds.toFixed(1)} s = ${Math.round(rows / importSeconds).toLocaleString('en')} rows/s`,
    );
    console.log(
      `    DuckDB's own load of the same files ${ownSeconds.toFixed(1)} s: import ÷ own load ${(importSeconds / ownSeconds).toFixed(2)}× (target ≤ 1.5×)`,
    );
    console.log(
      `    database ${(databaseBytes / 2 ** 20).toFixed(0)} MB ÷ Parquet input ${(parquetBytes / 2 ** 20).toFixed(0)} MB = ${(databaseBytes / parquetBytes).toFixed(2)}× (target ≤ 2×); peak RSS of the import ${Math.max(...peaks)} MB (target < 2048 MB)`,
    );
    console.log(
      `  national ratio at ${AS_OFS[0][0]}: ${(national.ratio * 100).toFixed(2)}% (${national.employersInArrears.toLocaleString('en')} employers in arrears)`,
    );
    console.log(
      `  bulk download /export/late-payment.parquet (63 provinces × ${MONTHS} months, ${(exportBytes / 1024).toFixed(0)} kB): ${exportHttp.toFixed(1)} ms over HTTP; DuckDB's own COPY … TO parquet ${copyDirect.toFixed(1)} ms; ratio ${(exportHttp / copyDirect).toFixed(2)}×`,
    );
    console.log('  (GraphQL: after its first request the server answers from its cache, until the next ledger import)');
    for (const [i, graph] of measured.entries()) {
      const raw = direct[i];
      console.log(`  as of ${graph.asOf}, medians of ${QUERY_RUNS} runs:        direct DuckDB   GraphQL/HTTP   ratio`);
      console.log(
        `    latePayment(asOf) (63 provinces + rank change) ${fmt(raw.late)} ms ${fmt(graph.late)} ms   ${(graph.late / raw.late).toFixed(2)}×`,
      );
      console.log(
        `    employersInArrears(${PROVINCE}, first 50)               ${fmt(raw.arrears)} ms ${fmt(graph.arrears)} ms   ${(graph.arrears / raw.arrears).toFixed(2)}×`,
      );
      console.log(
        `    the Chậm đóng page for one date (all three)    ${fmt(raw.page)} ms ${fmt(graph.page)} ms   ${(graph.page / raw.page).toFixed(2)}×`,
      );
    }
    printLoad(
      "load: the Chậm đóng page's latePayment query at the national ledger",
      latePaymentLoad,
      LOAD_TARGETS.latePayment,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
