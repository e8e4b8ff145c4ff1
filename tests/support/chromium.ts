import { existsSync } from "node:fs";

/** Flags that keep Debian's Chromium quiet on a machine without internet or GPU. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The Chromium to drive: CHROME_PATH, else Debian's. Tests never download a browser. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (!found) {
    throw new Error("Chromium est introuvable. Installez-le : sudo apt-get install -y chromium (ou CHROME_PATH=…)");
  }
  return found;
}
