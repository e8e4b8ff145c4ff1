/**
 * Debian's nginx in front of the real server, with deploy/nginx.conf's server blocks: the shipped
 * file is what is tested, with only its addresses, ports and certificate paths changed (a
 * self-signed certificate made with openssl, every file nginx writes in a temporary folder).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, listening } from "./server-process";

const DEPLOY_NGINX = fileURLToPath(new URL("../../deploy/nginx.conf", import.meta.url));
const NGINX = "/usr/sbin/nginx";

export interface Nginx {
  /** https://localhost:<port> */
  url: string;
  stop(): Promise<void>;
}

/** deploy/nginx.conf's server blocks, listening on loopback ports, with a test certificate. */
export function deployServerBlocks(options: {
  httpPort: number;
  httpsPort: number;
  upstream: string;
  cert: string;
  key: string;
}): string {
  return readFileSync(DEPLOY_NGINX, "utf8")
    .replace(/^\s*listen \[::\].*\n/gm, "")
    .replace(/listen 80;/, `listen 127.0.0.1:${options.httpPort};`)
    .replace(/listen 443 /, `listen 127.0.0.1:${options.httpsPort} `)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${options.cert};`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${options.key};`)
    .replace("http://127.0.0.1:8787", `http://${options.upstream}`);
}

export async function startNginx(upstreamPort: number): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error("nginx est introuvable. Installez-le : sudo apt-get install -y nginx-light");
  const home = await mkdtemp(join(tmpdir(), "ml-nginx-"));
  const [cert, key] = [join(home, "cert.pem"), join(home, "key.pem")];
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const config = join(home, "nginx.conf");
  await writeFile(
    config,
    `${isRoot ? "user root;\n" : ""}daemon off;
worker_processes 1;
pid ${join(home, "nginx.pid")};
error_log ${join(home, "error.log")};
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path ${join(home, "body")};
    proxy_temp_path ${join(home, "proxy")};
    fastcgi_temp_path ${join(home, "fastcgi")};
    uwsgi_temp_path ${join(home, "uwsgi")};
    scgi_temp_path ${join(home, "scgi")};
${deployServerBlocks({ httpPort, httpsPort, upstream: `127.0.0.1:${upstreamPort}`, cert, key })}
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-p", home, "-c", config], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const deadline = Date.now() + 10_000;
  while (!(await listening(httpsPort))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      const log = join(home, "error.log");
      throw new Error(`nginx n'a pas démarré : ${errors}${existsSync(log) ? readFileSync(log, "utf8") : ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `https://localhost:${httpsPort}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
    },
  };
}
