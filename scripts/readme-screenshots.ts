/**
 * Writes five of the README's pictures, 360 px wide, in real Chromium against the real server:
 * the first step with a postal code typed (docs/images/widget-etape-territoire.png), the same in
 * Arabic with its error shown (widget-arabe.png), the confirmation of a youth of the territory
 * (widget-confirmation.png), the end of the review step, with when the Mission Locale will call
 * (docs/images/widget-verification-delai.png), and the confirmation a youth outside the territory
 * sees (docs/images/widget-confirmation-hors-territoire.png). The youth is fictitious and lives in
 * Lille; her commune's Mission Locale comes from a local fake of the State's directory, and the
 * registration goes to a throw-away outbox.
 * Run: npm run build && npx tsx scripts/readme-screenshots.ts
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CAMILLE, fillUpToReview, launchChromium, phonePage, send } from "../tests/e2e/person";
import { LILLE_FICTIVE, startAnnuaireFake } from "../tests/support/annuaire-fake";
import { startServer, testSpoolKey } from "../tests/support/server-process";

const IMAGES = fileURLToPath(new URL("../docs/images/", import.meta.url));
/** Room kept above the privacy box in the review's picture. */
const MARGIN = 16;

const dir = await mkdtemp(join(tmpdir(), "ml-captures-"));
const annuaire = await startAnnuaireFake([LILLE_FICTIVE]);
const server = await startServer({
  env: {
    MAIL_TRANSPORT: "outbox",
    OUTBOX_DIR: join(dir, "outbox"),
    SPOOL_DIR: join(dir, "spool"),
    DATA_DIR: join(dir, "data"),
    SPOOL_KEY: testSpoolKey(),
    RATE_LIMIT: "0",
    ANNUAIRE_URL: annuaire.url,
  },
});
const browser = await launchChromium();
try {
  const first = await phonePage(browser);
  await first.goto(`${server.url}/`);
  await first.getByLabel("Code postal").fill("59100");
  await first.locator("ml-preinscription .found").waitFor();
  await first.evaluate(() => document.fonts.ready);
  await first.screenshot({ path: `${IMAGES}widget-etape-territoire.png`, fullPage: true });
  await first.close();

  const arabic = await phonePage(browser);
  await arabic.goto(`${server.url}/`);
  await arabic.getByRole("button", { name: "العربية" }).click();
  await arabic.getByRole("heading", { name: "أين تسكن؟" }).waitFor();
  await arabic.locator("ml-preinscription button[type=submit]").click();
  await arabic.locator("ml-preinscription .error-summary").waitFor();
  await arabic.evaluate(() => document.fonts.ready);
  await arabic.screenshot({ path: `${IMAGES}widget-arabe.png`, fullPage: true });
  await arabic.close();

  const here = await phonePage(browser);
  const hereStartedAt = Date.now();
  await here.goto(`${server.url}/`);
  await fillUpToReview(here, CAMILLE);
  await send(here, hereStartedAt);
  await here.evaluate(() => document.fonts.ready);
  await here.screenshot({ path: `${IMAGES}widget-confirmation.png`, fullPage: true });
  await here.close();

  const page = await phonePage(browser);
  const startedAt = Date.now();
  await page.goto(`${server.url}/`);
  await fillUpToReview(page, { ...CAMILLE, codePostal: "59000" });
  await page.locator("ml-preinscription .deadline").waitFor();
  await page.evaluate(() => document.fonts.ready);
  // The end of the review: the privacy box, the box to tick, the deadline, the buttons.
  const top = await page.locator("ml-preinscription .notice-box").boundingBox();
  const bottom = await page.locator("ml-preinscription .actions").boundingBox();
  if (!top || !bottom) throw new Error("la fin de l'étape de vérification n'est pas à l'écran");
  const scroll = await page.evaluate(() => window.scrollY);
  const y = top.y + scroll - MARGIN;
  await page.screenshot({
    path: `${IMAGES}widget-verification-delai.png`,
    fullPage: true,
    clip: { x: 0, y, width: 360, height: bottom.y + scroll + bottom.height + MARGIN - y },
  });
  await send(page, startedAt);
  await page.screenshot({ path: `${IMAGES}widget-confirmation-hors-territoire.png`, fullPage: true });
  console.log(
    "docs/images/ : widget-etape-territoire, widget-arabe, widget-confirmation, widget-verification-delai et widget-confirmation-hors-territoire écrits",
  );
} finally {
  await browser.close();
  await server.stop();
  await annuaire.close();
  await rm(dir, { recursive: true, force: true });
}
