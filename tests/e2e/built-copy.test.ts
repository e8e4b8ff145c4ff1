/**
 * Building is not starting: what `npm run build` wrote runs on its own. A copy of package.json,
 * the lock, dist/ and demo/ gets the production dependencies only (`npm ci --omit=dev`), then
 * `node dist/server/main.js` serves the widget and accepts a registration, and the operator's
 * check runs there too. Needs `npm run build` first, like every e2e test.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPayload } from "../fixtures/payload";
import { type ServerProcess, startServer } from "../support/server-process";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

let copy: string;
let server: ServerProcess;

/** Production dependencies from npm's cache; else this checkout's node_modules, pruned. */
async function installProductionDependencies(folder: string): Promise<void> {
  try {
    await run("npm", ["ci", "--omit=dev", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"], { cwd: folder });
  } catch {
    await cp(join(ROOT, "node_modules"), join(folder, "node_modules"), { recursive: true, verbatimSymlinks: true });
    await run("npm", ["prune", "--omit=dev", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"], {
      cwd: folder,
    });
  }
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "ml-copie-"));
  for (const entry of ["package.json", "package-lock.json", "dist", "demo"]) {
    await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  await installProductionDependencies(copy);
  server = await startServer({
    via: "built",
    cwd: copy,
    env: { MAIL_TRANSPORT: "outbox", OUTBOX_DIR: join(copy, "var", "outbox"), RENDER_THREADS: "1" },
  });
}, 240_000);

afterAll(async () => {
  await server?.stop();
});

describe("the built server, on a copy with production dependencies only", () => {
  it("has no development tool installed", async () => {
    const installed = await readdir(join(copy, "node_modules"));
    for (const tool of ["tsx", "vite", "esbuild", "typescript", "vitest", "playwright"]) {
      expect(installed).not.toContain(tool);
    }
    for (const runtime of ["hono", "pdf-lib", "nodemailer", "resend", "zod"]) expect(installed).toContain(runtime);
  });

  it("answers /healthz and serves the widget", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe("ok");
    const widget = await fetch(`${server.url}/widget.js`);
    expect(widget.status).toBe(200);
    expect((await widget.text()).length).toBeGreaterThan(10_000);
    expect((await fetch(`${server.url}/admin/stats.css`)).status).toBe(200);
  });

  it("accepts a registration (202) and draws its PDF", async () => {
    const response = await fetch(`${server.url}/api/v1/ml/roubaix/preinscriptions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID(), Origin: server.url },
      body: JSON.stringify(validPayload()),
    });
    expect(response.status).toBe(202);
    const { reference } = (await response.json()) as { reference: string };
    const outbox = join(copy, "var", "outbox");
    const deadline = Date.now() + 15_000;
    let files: string[] = [];
    while (files.length === 0 && Date.now() < deadline) {
      files = await readdir(outbox).catch(() => []);
      if (files.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const eml = await readFile(join(outbox, files.find((name) => name.endsWith(".eml")) ?? "?"), "utf8");
    expect(eml).toContain(reference);
    expect(eml).toContain("application/pdf");
  });

  it("runs the operator's check there too", async () => {
    const { stdout } = await run(process.execPath, ["dist/server/main.js", "--check"], {
      cwd: copy,
      env: { PATH: process.env.PATH, MAIL_TRANSPORT: "outbox" },
    });
    expect(stdout).toContain("Tout est prêt.");
  });
});
