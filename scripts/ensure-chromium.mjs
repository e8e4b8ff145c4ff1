#!/usr/bin/env node
// Makes sure the tests find what they drive outside Node: Debian's Chromium (browser tests),
// poppler-utils (pdftotext, pdftoppm: the PDF's text and pictures) and Caddy (the TLS reverse
// proxy of the end-to-end test behind HTTPS). Never downloads a
// browser of its own: installs the Debian packages when it may (root + apt-get), else stops
// with the one line that installs them.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (path) => path && existsSync(path),
);
const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;
const caddy = [process.env.CADDY_PATH, "/usr/bin/caddy"].find((path) => path && existsSync(path));

const missing = [];
if (!chromium) missing.push("chromium");
if (!hasPdftotext) missing.push("poppler-utils");
if (!caddy) missing.push("caddy");
// nginx and systemd-analyze check the deploy/ files (tests/e2e/deploy-files.test.ts).
if (!existsSync("/usr/sbin/nginx")) missing.push("nginx-light");
if (spawnSync("systemd-analyze", ["--version"]).error !== undefined) missing.push("systemd");
if (missing.length === 0) process.exit(0);

const line = `sudo apt-get install -y ${missing.join(" ")}`;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("apt-get", ["--version"]).error === undefined;
if (!isRoot || !hasApt) {
  console.error(`Il manque ${missing.join(" et ")} pour les tests. Installez : ${line}`);
  process.exit(1);
}
console.error(`Installation de ${missing.join(", ")} (paquets Debian)…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { stdio: "inherit", env });
// The package starts its own nginx on port 80 where a service manager lets it: the tests run theirs.
if (missing.includes("nginx-light")) spawnSync("service", ["nginx", "stop"], { stdio: "ignore" });
