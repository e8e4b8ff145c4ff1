/**
 * The browser side of tests/support/browser-commands.ts: cut the network for some URLs, and
 * bring it back; and forced colours (Windows' high-contrast themes) on and off.
 */
import { commands } from "vitest/browser";

declare module "vitest/browser" {
  interface BrowserCommands {
    blockRequests(fragment: string): Promise<void>;
    allowRequests(fragment: string): Promise<void>;
    forcedColors(active: boolean): Promise<void>;
  }
}

export const blockRequests = (fragment: string): Promise<void> => commands.blockRequests(fragment);
export const allowRequests = (fragment: string): Promise<void> => commands.allowRequests(fragment);
export const forcedColors = (active: boolean): Promise<void> => commands.forcedColors(active);
