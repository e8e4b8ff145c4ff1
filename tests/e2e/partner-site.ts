/**
 * The scene of the embedding tests: the real server, a partner's site on a second origin that the
 * ML allows, a local fake of Resend behind the server, and Chromium.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { configAllowing, type OtherOrigin, startOtherOrigin } from "../support/other-origin";
import { type ResendFake, startResendFake } from "../support/resend-fake";
import { freePort, type ServerProcess, startServer, testSpoolKey } from "../support/server-process";
import { launchChromium } from "./person";

export interface PartnerSite {
  fake: ResendFake;
  other: OtherOrigin;
  server: ServerProcess;
  browser: Browser;
  close(): Promise<void>;
}

export async function startPartnerSite(prefix: string): Promise<PartnerSite> {
  const fake = await startResendFake();
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const port = await freePort();
  const other = await startOtherOrigin(`http://127.0.0.1:${port}`);
  const server = await startServer({
    port,
    env: {
      ML_CONFIG: await configAllowing(other.url, dir),
      MAIL_TRANSPORT: "resend",
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
      SPOOL_KEY: testSpoolKey(),
      SPOOL_DIR: join(dir, "spool"),
      DATA_DIR: join(dir, "data"),
      RATE_LIMIT: "0",
      // Nothing here needs the State's directory: never reach the internet.
      ANNUAIRE_URL: "http://127.0.0.1:9/",
    },
  });
  const browser = await launchChromium();
  return {
    fake,
    other,
    server,
    browser,
    async close() {
      await browser.close();
      await server.stop();
      await other.close();
      await fake.close();
    },
  };
}
