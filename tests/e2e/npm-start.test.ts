/**
 * The README's first command, for real: `npm start` with MAIL_TRANSPORT=resend pointed at a local
 * fake of Resend's API. A POST gets 202 and one email arrives with the PDF and the JSON.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AcceptedResponse } from "../../contract/api-types";
import { validPayload } from "../fixtures/payload";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { type ServerProcess, startServer, testSpoolKey } from "../support/server-process";
import { ARTIFACTS, CAMILLE, fillUpToReview, launchChromium, phonePage, send } from "./person";

let fake: ResendFake;
let server: ServerProcess;
let workDir: string;

beforeAll(async () => {
  fake = await startResendFake();
  workDir = await mkdtemp(join(tmpdir(), "ml-e2e-"));
  server = await startServer({
    via: "npm-start",
    timeoutMs: 120_000,
    env: {
      MAIL_TRANSPORT: "resend",
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
      SPOOL_KEY: testSpoolKey(),
      SPOOL_DIR: join(workDir, "spool"),
      DATA_DIR: join(workDir, "data"),
    },
  });
}, 150_000);

afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

describe("npm start with Resend", () => {
  it("serves the demo page and the widget bundle", async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toContain('<script type="module" src="/widget.js"></script>');
    expect(page).toContain('<ml-preinscription mission-locale="roubaix"></ml-preinscription>');
    const bundle = await fetch(`${server.url}/widget.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(10_000);
  });

  it("turns a POST into one email with the PDF and the JSON", async () => {
    const response = await fetch(`${server.url}/api/v1/ml/roubaix/preinscriptions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID(), Origin: server.url },
      body: JSON.stringify(validPayload()),
    });
    expect(response.status).toBe(202);
    const { reference } = (await response.json()) as AcceptedResponse;
    const [email] = await fake.waitForEmails(1);
    expect(email?.to).toEqual(["preinscriptions@ml-roubaix.example.org"]);
    expect(email?.subject).toContain(reference);
    const pdf = email?.attachments.find((a) => a.filename.endsWith(".pdf"));
    const json = email?.attachments.find((a) => a.filename.endsWith(".json"));
    expect(json && JSON.parse(json.content.toString("utf8")).reference).toBe(reference);

    const pdfPath = join(workDir, "fiche.pdf");
    await writeFile(pdfPath, pdf?.content ?? Buffer.alloc(0));
    const { stdout } = await promisify(execFile)("pdftotext", ["-layout", pdfPath, "-"]);
    expect(stdout).toContain("Camille");
    expect(stdout).toContain(reference);
  });

  it("lets a youth fill the demo page on a phone, and the ML receives the typed names", async () => {
    const browser = await launchChromium();
    try {
      const page = await phonePage(browser);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      const before = fake.emails.length;
      const startedAt = Date.now();
      await page.goto(`${server.url}/`);
      await fillUpToReview(page, CAMILLE, "npm-start");
      await send(page, startedAt);
      const reference = (await page.getByText(/^PI-[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent())?.trim();
      expect(reference).toMatch(/^PI-/);
      await page.screenshot({ path: `${ARTIFACTS}npm-start-4-confirmation.png`, fullPage: true });
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);

      const emails = await fake.waitForEmails(before + 1);
      const email = emails.find((candidate) => candidate.subject.includes(reference ?? "?"));
      expect(email).toBeDefined();
      const pdfPath = join(workDir, "fiche-navigateur.pdf");
      await writeFile(pdfPath, email?.attachments.find((a) => a.filename.endsWith(".pdf"))?.content ?? Buffer.alloc(0));
      const { stdout } = await promisify(execFile)("pdftotext", ["-layout", pdfPath, "-"]);
      expect(stdout).toContain("N’Diaye-Lætitia Cœur");
      expect(stdout).toContain("N'DIAYE-LAETITIA COEUR");
      expect(stdout).toContain("Şükrü");
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it("logs events as JSON lines without the youth's data", () => {
    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"));
    const events = lines.map((line) => JSON.parse(line) as { event: string });
    expect(events.map((event) => event.event)).toEqual(expect.arrayContaining(["started", "received", "delivered"]));
    for (const secret of [
      "Camille",
      "Exemplaire",
      "camille.exemplaire",
      "+33199001234",
      "01 99 00 12 34",
      "2005-03-14",
    ]) {
      expect(server.output()).not.toContain(secret);
    }
  });
});
