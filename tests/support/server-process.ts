/**
 * The real server as a child process (`npm start`, or the entry directly when the bundle is
 * already built), for end-to-end tests.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { connect, createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Whether something accepts connections on this loopback port (a proxy started by a test). */
export async function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<number | null>;
  /** SIGKILL, no goodbye. */
  kill(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /**
   * "npm-start" runs the README's command (builds first); "entry" runs server/main.ts directly;
   * "built" runs dist/server/main.js with node, as the systemd unit does.
   */
  via?: "npm-start" | "entry" | "built";
  /** The project folder to run in (default: this repository). */
  cwd?: string;
  port?: number;
  timeoutMs?: number;
}

export function testSpoolKey(): string {
  return randomBytes(32).toString("base64");
}

export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const [command, args] =
    options.via === "npm-start"
      ? ["npm", ["start", "--silent"]]
      : options.via === "built"
        ? [process.execPath, ["dist/server/main.js"]]
        : [process.execPath, ["--import", "tsx", "server/main.ts"]];
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NODE_ENV: "test", PORT: String(port), HOST: "127.0.0.1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.via === "npm-start",
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`le serveur s'est arrêté (code ${child.exitCode}) :\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`le serveur ne répond pas sur ${url} :\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const signalAll = (signal: NodeJS.Signals) => {
    // npm start runs the server in a child of its own: signal the whole group.
    if (options.via === "npm-start" && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  };
  return {
    url,
    port,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = once(child, "exit");
      signalAll("SIGTERM");
      const [code] = (await exited) as [number | null];
      return code;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      signalAll("SIGKILL");
      await exited;
    },
  };
}
