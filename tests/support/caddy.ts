/**
 * Debian's Caddy as the TLS reverse proxy in front of the real server, for end-to-end tests:
 * `tls internal` (its own local CA) on a free port, admin API off, every file it writes in a
 * temporary folder. The site's directives are those of deploy/Caddyfile, with the upstream
 * changed: the shipped file is what is tested.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, listening } from "./server-process";

const DEPLOY_CADDYFILE = fileURLToPath(new URL("../../deploy/Caddyfile", import.meta.url));

/** CADDY_PATH, else Debian's /usr/bin/caddy (`npm test` installs it when it may). */
export function caddyPath(): string {
  const found = [process.env.CADDY_PATH, "/usr/bin/caddy"].find((path): path is string =>
    Boolean(path && existsSync(path)),
  );
  if (!found) throw new Error("Caddy est introuvable. Installez-le : sudo apt-get install -y caddy (ou CADDY_PATH=…)");
  return found;
}

/** The directives inside deploy/Caddyfile's site block, pointed at another upstream. */
export function deploySiteDirectives(upstream: string): string {
  const text = readFileSync(DEPLOY_CADDYFILE, "utf8");
  const start = text.indexOf("{", text.search(/^\S+\s*\{/m));
  const end = text.lastIndexOf("}");
  return text.slice(start + 1, end).replace("127.0.0.1:8787", upstream);
}

export interface Caddy {
  /** https://localhost:<port> */
  url: string;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

export async function startCaddy(upstreamPort: number): Promise<Caddy> {
  const binary = caddyPath();
  const home = await mkdtemp(join(tmpdir(), "ml-caddy-"));
  const [port, httpPort] = [await freePort(), await freePort()];
  const caddyfile = join(home, "Caddyfile");
  await writeFile(
    caddyfile,
    `{
	admin off
	http_port ${httpPort}
	https_port ${port}
	skip_install_trust
	storage file_system ${join(home, "data")}
}

https://localhost:${port} {
	tls internal
${deploySiteDirectives(`127.0.0.1:${upstreamPort}`)}
}
`,
  );
  const child: ChildProcess = spawn(binary, ["run", "--config", caddyfile, "--adapter", "caddyfile"], {
    env: {
      PATH: process.env.PATH,
      HOME: home,
      XDG_DATA_HOME: join(home, "data"),
      XDG_CONFIG_HOME: join(home, "config"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 20_000;
  while (!(await listening(port))) {
    if (child.exitCode !== null) throw new Error(`Caddy s'est arrêté (code ${child.exitCode}) :\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Caddy n'écoute pas sur ${port} :\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `https://localhost:${port}`,
    port,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
