/** RequestContext and Excel.run: a queue of actions that reach the workbook only at context.sync(). */

import { apiNotFound, FakeOfficeError, invalidArgument, invalidObjectPath } from "./errors";
import { FakeClientObject, guard } from "./client-object";
import { WorkbookProxy } from "./workbook";
import type { InjectedFault, WorkbookModel } from "./workbook-model";

export interface QueuedAction {
  /** The write as it would travel in the request; null for loads and checks. */
  write: { path: string; action: string; args: unknown } | null;
  run: () => void;
  /** Checks that do not by themselves make a round trip (API-level gates). */
  silent?: boolean;
}

/** UTF-8 size of a string, without TextEncoder or Buffer (the fake runs in Node and in browsers). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function versionAtLeast(have: string | undefined, want: string | number | undefined): boolean {
  if (have === undefined) return false;
  if (want === undefined || want === "") return true;
  const a = have.split(".").map(Number);
  const b = String(want).split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export class FakeRequestContext {
  _model: WorkbookModel;
  _queue: QueuedAction[] = [];
  /** Set when its Excel.run is over: the objects can still be read, no longer used. */
  _closed = false;
  _workbook: WorkbookProxy | null = null;

  constructor(model: WorkbookModel) {
    this._model = model;
    return guard(this, () => "RequestContext");
  }

  get workbook(): WorkbookProxy {
    if (!this._workbook) this._workbook = new WorkbookProxy(this);
    return this._workbook;
  }

  _enqueue(action: QueuedAction): void {
    if (this._closed) throw invalidObjectPath(action.write?.path ?? "RequestContext");
    this._queue.push(action);
  }

  /** Queues a check that the host supports an ExcelApi level, failing the sync with ApiNotFound otherwise. */
  _requireApi(version: string, member: string): void {
    if (this._closed) return;
    this._queue.push({
      write: null,
      silent: true,
      run: () => {
        if (!versionAtLeast(this._model.requirements.ExcelApi, version)) throw apiNotFound(member);
      },
    });
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    this._model.stats.syncCount++;
    const actions = this._queue;
    this._queue = [];
    // Excel answers asynchronously; the batch is taken now, so later writes go to the next sync.
    return Promise.resolve().then(() => {
      this._execute(actions);
      return passThroughValue as T;
    });
  }

  _hasPendingWork(): boolean {
    return this._queue.some((a) => !a.silent);
  }

  _execute(actions: QueuedAction[]): void {
    const model = this._model;
    if (!actions.some((a) => !a.silent)) {
      model.notify();
      return;
    }
    model.stats.roundTripCount++;
    const writes = actions.flatMap((a) => (a.write ? [a.write] : []));
    const bytes = writes.length > 0 ? utf8Length(JSON.stringify(writes)) : 0;
    model.stats.payloadSizes.push(bytes);
    model.stats.maxPayloadBytes = Math.max(model.stats.maxPayloadBytes, bytes);
    if (bytes > model.payloadLimitBytes) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit (${model.payloadLimitBytes} bytes).`,
        "RequestContext.sync",
        413,
      );
    }
    const fault = takeFault(model);
    // Like Excel, a batch is not a transaction: actions before a failing one stay applied.
    try {
      for (const action of fault ? actions.slice(0, fault.afterActions) : actions) action.run();
    } finally {
      model.notify();
    }
    if (fault) throw new FakeOfficeError(fault.code, fault.message, "RequestContext.sync");
  }
}

/** The injected failure, when this round trip is the one it waits for. */
function takeFault(model: WorkbookModel): InjectedFault | null {
  const fault = model.fault;
  if (!fault) return null;
  fault.inSyncs--;
  if (fault.inSyncs > 0) return null;
  model.fault = null;
  return fault;
}

const RUN_MUST_RETURN_PROMISE =
  'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.';

/** Excel.run(batch), Excel.run(object | objects, batch): the batch's queued work is synced when it resolves. */
export async function runBatch(model: WorkbookModel, args: unknown[]): Promise<unknown> {
  const batch = args[args.length - 1];
  if (typeof batch !== "function") throw invalidArgument("Excel.run", "Excel.run needs a batch function.");
  const previous = args.length > 1 ? (Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0]) : undefined;
  const reused = previous instanceof FakeClientObject ? previous._ctx : previous instanceof FakeRequestContext ? previous : null;
  const context = reused ?? new FakeRequestContext(model);
  model.stats.runCount++;
  try {
    const pending = (batch as (ctx: FakeRequestContext) => unknown)(context);
    if (pending === null || typeof pending !== "object" || typeof (pending as { then?: unknown }).then !== "function") {
      throw new FakeOfficeError("RunMustReturnPromise", RUN_MUST_RETURN_PROMISE, "Excel.run");
    }
    const result = await (pending as Promise<unknown>);
    // Office.js ends every run with context.sync(result): queued work still reaches the workbook.
    if (context._hasPendingWork()) await context.sync();
    return result;
  } finally {
    context._queue = []; // a failed batch's queued writes never reach the workbook
    if (!reused) context._closed = true;
  }
}
