/**
 * A throwaway PostgreSQL cluster for the storage tests: Debian's `postgresql` binaries
 * (scripts/ensure-postgresql.mjs installs them when missing), a cluster created in a temporary
 * folder with trust authentication on 127.0.0.1 only, started on a free port, removed at the end.
 * Under root the cluster runs as the `postgres` user (initdb refuses root).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { freePort } from "./server-process";

export interface PostgresCluster {
  /** A connection URL to a fresh database of this cluster. */
  url: string;
  /** Another empty database on the same cluster, for a test that wants its own. */
  createDatabase(name: string): string;
  stop(): Promise<void>;
}

/** initdb, pg_ctl, psql of the newest Debian PostgreSQL installed (they are not on PATH there). */
export function postgresBin(name: "initdb" | "pg_ctl" | "psql" | "pg_dump"): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions[0];
  if (found === undefined) {
    throw new Error(`PostgreSQL introuvable (${root}/*/bin/${name}) : node scripts/ensure-postgresql.mjs l'installe`);
  }
  return join(root, found, "bin", name);
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** Runs a PostgreSQL binary as the cluster's owner. */
function runAsOwner(bin: string, args: string[]): void {
  const command = isRoot() ? "runuser" : bin;
  const fullArgs = isRoot() ? ["-u", "postgres", "--", bin, ...args] : args;
  const result = spawnSync(command, fullArgs, { encoding: "utf8", cwd: tmpdir() });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(" ")} : ${result.stderr || result.stdout || result.error?.message}`);
  }
}

/** Everything a database holds, as pg_dump writes it (plain SQL, bytea in hex). */
export function dumpDatabase(url: string): string {
  return execFileSync(postgresBin("pg_dump"), ["--no-owner", url], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

export interface PostgresOptions {
  /**
   * Commits reach the disk as on a real server (fsync, synchronous_commit): the bench measures
   * this. Tests leave it off: they test behaviour, and a crash of a throwaway cluster loses nothing.
   */
  durable?: boolean;
}

export async function startPostgres(settings: PostgresOptions = {}): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), "ml-pg-"));
  const data = join(dir, "data");
  const owner = isRoot() ? "postgres" : userInfo().username;
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  runAsOwner(postgresBin("initdb"), ["-D", data, "-A", "trust", "-U", owner, "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    ...(settings.durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
    "-c max_connections=100",
  ].join(" ");
  runAsOwner(postgresBin("pg_ctl"), ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  const base = `postgres://${owner}@127.0.0.1:${port}`;
  const psql = (sql: string) =>
    runAsOwner(postgresBin("psql"), [`${base}/postgres`, "-v", "ON_ERROR_STOP=1", "-c", sql]);
  const createDatabase = (name: string): string => {
    psql(`CREATE DATABASE "${name}"`);
    return `${base}/${name}`;
  };
  return {
    url: createDatabase("ml_test"),
    createDatabase,
    async stop() {
      try {
        runAsOwner(postgresBin("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
