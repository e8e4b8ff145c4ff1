/**
 * A newly arrived youth with only a Belgian number, in Chromium against the real server: the
 * widget says the number is foreign, the registration goes through, the ML's JSON has the number
 * in E.164 and its PDF says « numéro étranger ».
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { type ServerProcess, startServer } from "../support/server-process";
import { NOOR } from "../support/youth";
import { workspace } from "./durable-support";
import { ARTIFACTS, fillUpToReview, launchChromium, phonePage, send } from "./person";

let resend: ResendFake;
let server: ServerProcess;

beforeAll(async () => {
  resend = await startResendFake();
  const ws = await workspace();
  server = await startServer({
    env: { ...ws.env, MAIL_TRANSPORT: "resend", RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url },
  });
});
afterAll(async () => {
  await server?.stop();
  await resend?.close();
});

describe("a youth with a Belgian phone number", () => {
  it("is told the number is foreign, sends, and the ML's PDF says « numéro étranger »", async () => {
    const browser = await launchChromium();
    try {
      const page = await phonePage(browser);
      const startedAt = Date.now();
      await page.goto(`${server.url}/`);
      await fillUpToReview(
        page,
        NOOR,
        "numero-etranger",
        async () => {
          const note = page.getByText("Numéro étranger : un numéro français est plus facile à rappeler.");
          await note.waitFor();
          await page.screenshot({ path: `${ARTIFACTS}numero-etranger-coordonnees.png`, fullPage: true });
        },
        "coordonnees",
      );
      await send(page, startedAt);

      const [email] = await resend.waitForEmails(1);
      const json = email?.attachments.find((a) => a.filename.endsWith(".json"));
      const registration = JSON.parse(json?.content.toString("utf8") ?? "null") as {
        payload: { coordonnees: { telephone: string } };
      };
      expect(registration.payload.coordonnees.telephone).toBe("+32470123456");
      const dir = await mkdtemp(join(tmpdir(), "ml-etranger-"));
      const pdfPath = join(dir, "fiche.pdf");
      await writeFile(pdfPath, email?.attachments.find((a) => a.filename.endsWith(".pdf"))?.content ?? Buffer.alloc(0));
      const { stdout } = await promisify(execFile)("pdftotext", ["-layout", pdfPath, "-"]);
      expect(stdout).toContain("+32 470 12 34 56 — numéro étranger");
    } finally {
      await browser.close();
    }
  }, 120_000);
});
