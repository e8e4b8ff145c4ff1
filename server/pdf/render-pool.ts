/**
 * Fiches rendered on worker threads, so the request thread keeps parsing, validating, sealing
 * and answering while a PDF is drawn (a few milliseconds of CPU each: the largest part of a
 * registration's cost). The renderer is the same pure function as on the request thread.
 *
 * A thread that dies fails only the renders it had in flight (their requests get a 500 and no
 * 202, so the widget retries with the same Idempotency-Key) and is replaced when the next render
 * comes (not at once: a thread that cannot start must not respawn in a loop).
 */
import { Worker } from "node:worker_threads";
import type { MissionLocale } from "../config/ml-config";
import type { Registration } from "../registration";
import type { RenderReply, RenderRequest } from "./render-worker";

export type RenderFiche = (registration: Registration, ml: MissionLocale) => Promise<Uint8Array>;

export interface RenderPool {
  render: RenderFiche;
  close(): Promise<void>;
}

interface Pending {
  resolve(pdf: Uint8Array): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class RenderThreadError extends Error {
  override name = "RenderThreadError";
}

/** Beside this module: the TypeScript source under tsx, the bundle's render-worker.js in dist/server/. */
const FROM_SOURCES = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(FROM_SOURCES ? "./render-worker.ts" : "./render-worker.js", import.meta.url);

/**
 * Under tsx the thread needs tsx's loader too: Node 20 does not carry the parent's module hooks
 * (nor its --import) into worker threads, so a small bootstrap registers them first.
 */
function startWorker(): Worker {
  if (!FROM_SOURCES) return new Worker(WORKER_URL);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const entry = JSON.stringify(WORKER_URL.href);
  return new Worker(`import(${tsx}).then((api) => { api.register(); return import(${entry}); });`, { eval: true });
}

export function createRenderPool(size: number): RenderPool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError("a render pool needs at least one thread");
  let nextId = 0;
  let closing = false;

  const spawn = (index: number): Thread => {
    const worker = startWorker();
    const thread: Thread = { worker, pending: new Map() };
    // Idle render threads never keep the process alive.
    worker.unref();
    worker.on("message", (reply: RenderReply) => {
      const task = thread.pending.get(reply.id);
      if (!task) return;
      thread.pending.delete(reply.id);
      if ("pdf" in reply) task.resolve(reply.pdf);
      else task.reject(new RenderThreadError(reply.error));
    });
    const fail = (reason: string) => {
      for (const task of thread.pending.values()) task.reject(new RenderThreadError(reason));
      thread.pending.clear();
      if (threads[index] === thread) threads[index] = undefined;
    };
    worker.on("error", (error) => fail(error.name));
    worker.on("exit", (code) => fail(`exit ${code}`));
    return thread;
  };

  const threads: (Thread | undefined)[] = [];
  for (let i = 0; i < size; i++) threads.push(spawn(i));

  return {
    render(registration, ml) {
      if (closing) return Promise.reject(new RenderThreadError("pool closed"));
      const live = threads.map((t, index) => t ?? spawn(index));
      live.forEach((t, index) => {
        threads[index] = t;
      });
      // The least busy thread: renders cost about the same, so this spreads them evenly.
      const thread = live.reduce((best, t) => (t.pending.size < best.pending.size ? t : best));
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.postMessage({ id, registration, ml } satisfies RenderRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t?.worker.terminate()));
    },
  };
}
