/**
 * The real server as a separate process, the way it is deployed: its own node, real spool and
 * idempotency files with fsync, mail sent by the Resend transport to a local fake of Resend's API
 * (so the worker really sends during the load), per-IP limits off. Measures the start (spawn →
 * /healthz answering) and reads the process's RSS from /proc.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { openSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeProductionConfig } from "../tests/support/production-config";
import { type ResendFake, startResendFake } from "../tests/support/resend-fake";
import { freePort } from "../tests/support/server-process";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface BenchServer {
  url: string;
  port: number;
  pid: number;
  /** Milliseconds from spawn to the first 200 of /healthz. */
  startMs: number;
  resend: ResendFake;
  /** Resident set size of the server process, MB. */
  rssMb(): Promise<number>;
  /** CPU time used so far, ms: the whole process (all threads) and its main thread alone. */
  cpuMs(): Promise<CpuTime>;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Node flags added to npm start's, e.g. ["--cpu-prof", "--cpu-prof-dir=…"]. */
  nodeFlags?: string[];
  env?: Record<string, string>;
  /** The script to run; by default the bundle `npm start` runs (npm run bench builds it first). */
  entry?: string;
}

export interface CpuTime {
  processMs: number;
  mainThreadMs: number;
}

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every common build). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a /proc stat line, in ms (fields 14 and 15, after the parenthesised name). */
function cpuOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU time of the process and of its main thread (whose thread id is the process id). */
async function cpuOf(pid: number): Promise<CpuTime> {
  const [all, main] = await Promise.all([
    readFile(`/proc/${pid}/stat`, "utf8"),
    readFile(`/proc/${pid}/task/${pid}/stat`, "utf8"),
  ]);
  return { processMs: cpuOfStat(all), mainThreadMs: cpuOfStat(main) };
}

/** The server's RSS in MB, from /proc (Linux): what the kernel charges the process. */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) throw new Error(`no /healthz answer from ${url} within ${timeoutMs} ms`);
    // Polled often: the start time is read from this loop.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * The V8 flags `npm start` gives node (package.json's start script): the bench measures the
 * server as it is started, and stays right when they change.
 */
export function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const flags = /\bnode ((?:--\S+\s+)*)dist\/server\/main\.js/.exec(scripts.start)?.[1] ?? "";
  return flags.split(/\s+/).filter(Boolean);
}

export async function startBenchServer(options: ServerOptions = {}): Promise<BenchServer> {
  const resend = await startResendFake();
  const work = await mkdtemp(join(tmpdir(), "ml-bench-"));
  // Production refuses the demo config as it ships: the same Missions Locales, tokens of their own.
  const config = await writeProductionConfig();
  const port = await freePort();
  // A file, not a pipe: a pipe nobody reads would fill and stall the server under load.
  const log = openSync(join(work, "server.log"), "a");
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...startFlags(), ...(options.nodeFlags ?? []), options.entry ?? "dist/server/main.js"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        MAIL_TRANSPORT: "resend",
        RESEND_API_KEY: resend.apiKey,
        RESEND_BASE_URL: resend.url,
        SPOOL_KEY: randomBytes(32).toString("base64"),
        SPOOL_DIR: join(work, "spool"),
        DATA_DIR: join(work, "data"),
        RATE_LIMIT: "0",
        ML_CONFIG: config.path,
        ...options.env,
      },
      stdio: ["ignore", log, log],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 30_000);
  } catch (error) {
    child.kill("SIGKILL");
    await resend.close();
    throw new Error(`${(error as Error).message}; log: ${join(work, "server.log")}`);
  }
  const startMs = performance.now() - started;
  const pid = child.pid ?? 0;
  return {
    url,
    port,
    pid,
    startMs,
    resend,
    rssMb: () => rssOf(pid),
    cpuMs: () => cpuOf(pid),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, "exit");
        child.kill("SIGTERM");
        // A clean stop waits for the sends in flight; the bench does not wait for the backlog.
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      await resend.close();
      await rm(work, { recursive: true, force: true });
      await rm(config.dir, { recursive: true, force: true });
    },
  };
}
