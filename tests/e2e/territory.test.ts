/**
 * A youth from outside the territory, in Chromium against the real server: on the first step the
 * widget names the Mission Locale that serves their commune (from a local fake of the State's
 * directory), in one notice and one polite message; the youth sends anyway, the confirmation shows
 * their own Mission Locale first, and the email's subject and PDF say "Hors territoire".
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AnnuaireFake, LILLE_FICTIVE, startAnnuaireFake } from "../support/annuaire-fake";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { type ServerProcess, startServer } from "../support/server-process";
import { workspace } from "./durable-support";
import { ARTIFACTS, CAMILLE, fillUpToReview, launchChromium, phonePage, send } from "./person";

let resend: ResendFake;
let annuaire: AnnuaireFake;
let server: ServerProcess;

beforeAll(async () => {
  resend = await startResendFake();
  annuaire = await startAnnuaireFake([LILLE_FICTIVE]);
  const ws = await workspace();
  server = await startServer({
    env: {
      ...ws.env,
      MAIL_TRANSPORT: "resend",
      RESEND_API_KEY: resend.apiKey,
      RESEND_BASE_URL: resend.url,
      ANNUAIRE_URL: annuaire.url,
    },
  });
});
afterAll(async () => {
  await server?.stop();
  await resend?.close();
  await annuaire?.close();
});

describe("a youth from outside the territory", () => {
  it("sees the other Mission Locale's contact, sends anyway, and the ML's email says Hors territoire", async () => {
    const browser = await launchChromium();
    try {
      const page = await phonePage(browser);
      const startedAt = Date.now();
      await page.goto(`${server.url}/`);
      const lille = { ...CAMILLE, adresse: "1 rue de l'Exemple", codePostal: "59000" };
      // What the youth is told at the commune, on the first step, before going on.
      await fillUpToReview(page, lille, "hors-territoire", async () => {
        await page.locator(".other-ml").waitFor();
        await expect.poll(() => page.locator(".orientation").count()).toBe(1);
        const notice = await page.locator(".orientation").first().textContent();
        expect(notice).toContain("Lille n'est pas suivie par la Mission Locale de Roubaix Lys-Lez-Lannoy.");
        expect(notice).toContain("Mission Locale de Lille (fictive)");
        expect(notice).toContain("01 99 00 11 22");
        const status = page.locator("ml-preinscription [role=status]");
        await expect.poll(() => status.textContent()).toContain("Vous pouvez quand même envoyer");
        const said = (await status.textContent()) ?? "";
        expect(said).toContain("Lille n'est pas suivie par la Mission Locale de Roubaix Lys-Lez-Lannoy.");
        expect(said).toContain("Mission Locale de Lille (fictive), 01 99 00 11 22");
        expect(said).not.toContain("Commune trouvée");
        await page.screenshot({ path: `${ARTIFACTS}hors-territoire-orientation.png`, fullPage: true });
      });
      await send(page, startedAt);
      const confirmation = (await page.locator(".confirmation").textContent()) ?? "";
      expect(confirmation).toContain("Votre Mission Locale");
      expect(confirmation).toContain("Mission Locale de Lille (fictive)");
      expect(confirmation).toContain("pour vous orienter");
      expect(confirmation).not.toContain("Pour le premier rendez-vous, apportez");
      expect(confirmation.indexOf("Mission Locale de Lille (fictive)")).toBeLessThan(
        confirmation.indexOf("pour vous orienter"),
      );

      const [email] = await resend.waitForEmails(1);
      expect(email?.subject).toContain("HORS TERRITOIRE");
      expect(email?.subject).toContain("Lille");
      const dir = await mkdtemp(join(tmpdir(), "ml-territoire-"));
      const pdfPath = join(dir, "fiche.pdf");
      await writeFile(pdfPath, email?.attachments.find((a) => a.filename.endsWith(".pdf"))?.content ?? Buffer.alloc(0));
      const { stdout } = await promisify(execFile)("pdftotext", ["-layout", pdfPath, "-"]);
      expect(stdout).toContain("HORS TERRITOIRE");
    } finally {
      await browser.close();
    }
  }, 120_000);
});
