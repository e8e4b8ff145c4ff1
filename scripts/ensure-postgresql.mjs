#!/usr/bin/env node
// Makes sure the storage tests find Debian's PostgreSQL server binaries (initdb, pg_ctl): they
// start a throwaway cluster of their own (tests/support/postgres.ts). Installs the Debian package
// when it may (root + apt-get), else stops with the one line that installs it. Nothing is started
// here, and the package's own cluster is not used.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = "/usr/lib/postgresql";
const hasInitdb = existsSync(root) && readdirSync(root).some((v) => existsSync(join(root, v, "bin", "initdb")));
if (hasInitdb) process.exit(0);

const line = "sudo apt-get install -y postgresql";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("apt-get", ["--version"]).error === undefined;
if (!isRoot || !hasApt) {
  console.error(`Il manque PostgreSQL pour les tests du stockage. Installez : ${line}`);
  process.exit(1);
}
console.error("Installation de postgresql (paquet Debian)…");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "postgresql"], { stdio: "inherit", env });
