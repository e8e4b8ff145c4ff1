import { fileURLToPath } from "node:url";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { allowRequests, blockRequests, forcedColors } from "./tests/support/browser-commands.ts";
import { CHROMIUM_ARGS, chromiumPath } from "./tests/support/chromium.ts";

const stub = fileURLToPath(new URL("./tests/support/wtr-commands-stub.ts", import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          environment: "node",
          include: ["tests/unit/**/*.test.ts", "tests/server/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias: { "@web/test-runner-commands": stub } },
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: "chromium", viewport: { width: 360, height: 740 } }],
            commands: { blockRequests, allowRequests, forcedColors },
          },
        },
      },
    ],
  },
});
