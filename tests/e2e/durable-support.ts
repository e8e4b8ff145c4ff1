import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AcceptedResponse } from "../../contract/api-types";
import type { PayloadInput } from "../../contract/schema/payload";
import { validPayload } from "../fixtures/payload";
import type { ServerProcess } from "../support/server-process";
import { testSpoolKey } from "../support/server-process";

export interface Workspace {
  dir: string;
  spoolDir: string;
  dataDir: string;
  spoolKey: string;
  env: Record<string, string>;
}

export async function workspace(extra: Record<string, string> = {}): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), "ml-durable-"));
  const spoolDir = join(dir, "spool");
  const dataDir = join(dir, "data");
  const spoolKey = testSpoolKey();
  return {
    dir,
    spoolDir,
    dataDir,
    spoolKey,
    env: {
      SPOOL_DIR: spoolDir,
      DATA_DIR: dataDir,
      SPOOL_KEY: spoolKey,
      OUTBOX_DIR: join(dir, "outbox"),
      RATE_LIMIT: "0",
      ALERT_EMAIL: "alertes-techniques@example.org",
      ...extra,
    },
  };
}

export async function register(
  server: ServerProcess,
  payload: PayloadInput = validPayload(),
  key: string = randomUUID(),
): Promise<{ status: number; body: AcceptedResponse }> {
  const response = await fetch(`${server.url}/api/v1/ml/roubaix/preinscriptions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": key, Origin: server.url },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as AcceptedResponse };
}

/** Spool entries (the quarantine folder aside). */
export async function spoolFiles(spoolDir: string): Promise<string[]> {
  return (await readdir(spoolDir)).filter((name) => name !== "quarantine");
}

export async function spoolBytes(spoolDir: string): Promise<Buffer[]> {
  return Promise.all((await spoolFiles(spoolDir)).map((name) => readFile(join(spoolDir, name))));
}

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`délai dépassé : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function logEvents(server: ServerProcess): { event: string; reference?: string; kind?: string }[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { event: string; reference?: string; kind?: string });
}

/** The youth's data as it could appear in clear, typed or normalised. */
export function personalStrings(payload: PayloadInput = validPayload()): string[] {
  const { identite, coordonnees } = payload;
  const strings = [
    identite.nomNaissance,
    identite.prenom,
    coordonnees.telephone,
    "+33199001234",
    identite.dateNaissance,
  ];
  if (coordonnees.email) strings.push(coordonnees.email);
  if (coordonnees.adresse.ligne1) strings.push(coordonnees.adresse.ligne1);
  return strings;
}
