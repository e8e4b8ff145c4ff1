/**
 * Commands the browser tests run on the Node side (vitest's browser commands): cutting the
 * network for some URLs of the test page, as a phone losing its connection would, to see the
 * widget cope with a chunk it cannot fetch; and Windows' forced colours, emulated.
 */
import type { Route } from "playwright-core";
import type { BrowserCommand, BrowserCommandContext } from "vitest/node";

type Matcher = (url: URL) => boolean;
const routes = new Map<string, { matcher: Matcher; handler: (route: Route) => Promise<void> }>();

/** Requests whose URL contains `fragment` fail as when the network is gone. */
export const blockRequests: BrowserCommand<[fragment: string]> = async (context: BrowserCommandContext, fragment) => {
  if (routes.has(fragment)) return;
  const matcher: Matcher = (url) => url.href.includes(fragment);
  const handler = (route: Route) => route.abort("internetdisconnected");
  routes.set(fragment, { matcher, handler });
  await context.page.route(matcher, handler);
};

/** The network is back for `fragment`. */
export const allowRequests: BrowserCommand<[fragment: string]> = async (context: BrowserCommandContext, fragment) => {
  const route = routes.get(fragment);
  if (!route) return;
  routes.delete(fragment);
  await context.page.unroute(route.matcher, route.handler);
};

/** Windows' high-contrast themes, as the page sees them: `(forced-colors: active)`, or back to none. */
export const forcedColors: BrowserCommand<[active: boolean]> = async (context: BrowserCommandContext, active) => {
  await context.page.emulateMedia({ forcedColors: active ? "active" : "none" });
};
