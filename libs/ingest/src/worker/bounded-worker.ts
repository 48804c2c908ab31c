import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker, type TransferListItem } from 'node:worker_threads';
import type { WorkerLimits } from '../source-limits';

// Reading a file someone sent is work whose size the file decides: a zip bomb, a million rows, a damaged footer
// that makes a parser loop. So readers run in a worker thread with its own heap limit and a time limit; the
// server's own thread stays free to answer other requests, and a read that runs out of time or memory is a
// problem of the file ("reading it took longer than 60 s"), never a stuck or crashed server.

/** A limit reached says why in English (`reason`) and in Vietnamese (`reasonVi`), for the problem of the file. */
export type BoundedWorkerOutcome<T> =
  { kind: 'answer'; answer: T } | { kind: 'limit'; reason: string; reasonVi: string };

export type BoundedWorkerScript =
  /** CommonJS source evaluated by the worker (needs only packages it requires by resolved path). */
  | { source: string }
  /** A module of this library's src folder, run by Node as TypeScript, answering each message posted to it. */
  | { module: string };

/**
 * The library's src folder on disk, found through the workspace package so that it is the same whether this
 * code runs from source (tests) or bundled into apps/api/dist or apps/cli/dist.
 */
function librarySourceFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('@scorecard/ingest'));
}

/** An idle module worker kept for the next read: loading exceljs or DuckDB costs a worker 0.3–1.7 s. */
type IdleWorker = { worker: Worker; timer: NodeJS.Timeout };

const idle = new Map<string, IdleWorker[]>();
/** Idle workers kept per module and memory limit, and how long: they hold their libraries' memory. */
const MAX_IDLE = 2;
const IDLE_MS = 30_000;

function takeWorker(key: string, start: () => Worker): Worker {
  const kept = idle.get(key)?.pop();
  if (!kept) return start();
  clearTimeout(kept.timer);
  kept.worker.removeAllListeners('exit');
  kept.worker.ref();
  return kept.worker;
}

function keepWorker(key: string, worker: Worker): void {
  const list = idle.get(key) ?? [];
  idle.set(key, list);
  if (list.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  const forget = () => {
    const at = list.findIndex((entry) => entry.worker === worker);
    if (at >= 0) list.splice(at, 1);
  };
  const timer = setTimeout(() => {
    forget();
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  worker.once('exit', forget);
  worker.unref();
  list.push({ worker, timer });
}

/**
 * Runs one task in a worker, within `limits`: a `source` script gets the task as workerData and answers once; a
 * `module` worker answers each task posted to it and is kept a while for the next one. Running out of time or
 * memory is an outcome (and ends that worker); a failure of the worker itself (it threw outside its own handling,
 * or exited without answering) rejects, since it says nothing about the file.
 */
export function runBoundedWorker<T>(
  script: BoundedWorkerScript,
  task: unknown,
  limits: WorkerLimits,
  transferList: readonly TransferListItem[] = [],
): Promise<BoundedWorkerOutcome<T>> {
  const resourceLimits = { maxOldGenerationSizeMb: limits.maxMemoryMb };
  const key = 'module' in script ? `${script.module}|${limits.maxMemoryMb}` : null;
  const worker =
    'source' in script
      ? new Worker(script.source, { eval: true, workerData: task, transferList: [...transferList], resourceLimits })
      : takeWorker(key ?? '', () => new Worker(join(librarySourceFolder(), script.module), { resourceLimits }));
  if ('module' in script) worker.postMessage(task, [...transferList]);
  return new Promise((resolve, reject) => {
    let settled = false;
    const onMessage = (answer: T) => settle({ value: { kind: 'answer', answer } }, true);
    const onError = (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? {
              value: {
                kind: 'limit',
                reason: `reading it needed more than ${limits.maxMemoryMb} MB`,
                reasonVi: `việc đọc tệp cần hơn ${limits.maxMemoryMb} MB bộ nhớ`,
              },
            }
          : { error },
        false,
      );
    const onExit = (code: number) =>
      settle({ error: new Error(`the file reader stopped without an answer (exit code ${code})`) }, false);
    const settle = (outcome: { value: BoundedWorkerOutcome<T> } | { error: Error }, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable && key !== null) keepWorker(key, worker);
      else void worker.terminate();
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    const timer = setTimeout(
      () =>
        settle(
          {
            value: {
              kind: 'limit',
              reason: `reading it took longer than ${limits.timeoutMs / 1000} s`,
              reasonVi: `việc đọc tệp mất hơn ${limits.timeoutMs / 1000} giây`,
            },
          },
          false,
        ),
      limits.timeoutMs,
    );
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

/** Lets the event loop answer other requests during a long loop on the main thread. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
