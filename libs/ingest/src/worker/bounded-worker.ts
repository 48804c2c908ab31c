import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WorkerLimits } from '../source-limits';

// Reading a file someone sent is work whose size the file decides: a zip bomb, a million rows, a damaged footer
// that makes a parser loop or allocate without end. So readers run in a child process of their own with its own
// heap limit (--max-old-space-size) and a time limit; the server's process stays free to answer other requests,
// and a read that runs out of time or memory is a problem of the file ("reading it took longer than 60 s"),
// never a stuck or crashed server. A process, not a worker thread: V8 may abort the whole process when a
// resource-limited worker thread runs out of heap in one large allocation (seen with a damaged Arrow file), and a
// child that aborts takes nothing else with it.

/** A limit reached says why in English (`reason`) and in Vietnamese (`reasonVi`), for the problem of the file. */
export type BoundedWorkerOutcome<T> =
  { kind: 'answer'; answer: T } | { kind: 'limit'; reason: string; reasonVi: string };

export type BoundedWorkerScript =
  /**
   * CommonJS source run by `node -e` (needs only packages it requires by resolved path); it receives the task as
   * its first IPC message and answers once with process.send.
   */
  | { source: string }
  /** A module of this library's src folder, run by Node as TypeScript, answering each IPC message sent to it. */
  | { module: string };

/**
 * The library's src folder on disk, found through the workspace package so that it is the same whether this
 * code runs from source (tests) or bundled into apps/api/dist or apps/cli/dist.
 */
function librarySourceFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('@scorecard/ingest'));
}

/** An idle reader process kept for the next read: loading exceljs or DuckDB costs a reader 0.3–1.7 s. */
type IdleReader = { child: ChildProcess; timer: NodeJS.Timeout };

const idle = new Map<string, IdleReader[]>();
/** Idle readers kept per module and memory limit, and how long: they hold their libraries' memory. */
const MAX_IDLE = 2;
const IDLE_MS = 30_000;

/** Typed arrays and bigints cross the IPC channel as they are (structured clone), not as JSON. */
const SERIALIZATION = 'advanced';

/** What a reader process writes to stderr, kept (the last few KB) to tell a heap abort from any other failure. */
const STDERR_KEPT = 8_192;

function startReader(script: BoundedWorkerScript, limits: WorkerLimits): ChildProcess {
  const heap = `--max-old-space-size=${limits.maxMemoryMb}`;
  const stdio: ['ignore', 'inherit', 'pipe', 'ipc'] = ['ignore', 'inherit', 'pipe', 'ipc'];
  return 'source' in script
    ? spawn(process.execPath, [heap, '-e', script.source], { stdio, serialization: SERIALIZATION })
    : fork(join(librarySourceFolder(), script.module), [], { execArgv: [heap], stdio, serialization: SERIALIZATION });
}

/**
 * Holds the process open while a reader works, and lets it end while the reader is only kept for the next read:
 * the child, its IPC channel and its stderr pipe each keep the event loop alive until unreferenced.
 */
function release(child: ChildProcess, held: boolean): void {
  const stderr = child.stderr as (NodeJS.ReadableStream & { ref?: () => void; unref?: () => void }) | null;
  if (held) {
    child.ref();
    child.channel?.ref();
    stderr?.ref?.();
  } else {
    child.unref();
    child.channel?.unref();
    stderr?.unref?.();
  }
}

function takeReader(key: string, start: () => ChildProcess): ChildProcess {
  const kept = idle.get(key)?.pop();
  if (!kept) return start();
  clearTimeout(kept.timer);
  kept.child.removeAllListeners('exit');
  release(kept.child, true);
  return kept.child;
}

function keepReader(key: string, child: ChildProcess): void {
  const list = idle.get(key) ?? [];
  idle.set(key, list);
  if (list.length >= MAX_IDLE) {
    child.kill('SIGKILL');
    return;
  }
  const forget = () => {
    const at = list.findIndex((entry) => entry.child === child);
    if (at >= 0) list.splice(at, 1);
  };
  const timer = setTimeout(() => {
    forget();
    child.kill('SIGKILL');
  }, IDLE_MS);
  timer.unref();
  child.once('exit', forget);
  release(child, false);
  list.push({ child, timer });
}

/** A reader that ended on V8's heap limit: it says so on stderr before aborting. */
function ranOutOfHeap(stderr: string, signal: NodeJS.Signals | null): boolean {
  return /heap limit|heap out of memory|Allocation failed/i.test(stderr) || signal === 'SIGABRT';
}

/**
 * Runs one task in a reader process, within `limits`: a `source` script gets the task as its first message and
 * answers once; a `module` reader answers each task sent to it and is kept a while for the next one. Running out
 * of time or memory is an outcome (and ends that reader); a failure of the reader itself (it exited without
 * answering for another reason) rejects, since it says nothing about the file.
 */
export function runBoundedWorker<T>(
  script: BoundedWorkerScript,
  task: unknown,
  limits: WorkerLimits,
): Promise<BoundedWorkerOutcome<T>> {
  const key = 'module' in script ? `${script.module}|${limits.maxMemoryMb}` : null;
  const child = key === null ? startReader(script, limits) : takeReader(key, () => startReader(script, limits));
  let stderr = '';
  const onStderr = (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
  };
  child.stderr?.on('data', onStderr);
  return new Promise((resolve, reject) => {
    let settled = false;
    const memoryLimit: BoundedWorkerOutcome<T> = {
      kind: 'limit',
      reason: `reading it needed more than ${limits.maxMemoryMb} MB`,
      reasonVi: `việc đọc tệp cần hơn ${limits.maxMemoryMb} MB bộ nhớ`,
    };
    const onMessage = (answer: T) => settle({ value: { kind: 'answer', answer } }, true);
    const onError = (error: Error) => settle({ error }, false);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      settle(
        ranOutOfHeap(stderr, signal)
          ? { value: memoryLimit }
          : { error: new Error(`the file reader stopped without an answer (exit code ${code ?? signal})`) },
        false,
      );
    const settle = (outcome: { value: BoundedWorkerOutcome<T> } | { error: Error }, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('error', onError);
      child.off('exit', onExit);
      child.stderr?.off('data', onStderr);
      if (reusable && key !== null) keepReader(key, child);
      else child.kill('SIGKILL');
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
    child.once('message', onMessage);
    child.once('error', onError);
    child.once('exit', onExit);
    child.send(task as never, (error) => {
      if (error) settle({ error }, false);
    });
  });
}

/** Lets the event loop answer other requests during a long loop on the main thread. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
