import type { Context } from "hono";
import type { SessionGenerations } from "./admin/session-generations";
import type { MissionLocale } from "./config/ml-config";
import type { Delivery } from "./delivery/delivery";
import type { IdempotencyStore } from "./delivery/idempotency";
import type { DuplicateMemory } from "./duplicates";
import type { Logger } from "./log";
import type { MailTransport } from "./mail/types";
import type { TrustedProxies } from "./middleware/client-address";
import type { RenderFiche } from "./pdf/render-pool";
import type { StatsStore } from "./stats/store";
import type { Annuaire } from "./territory/annuaire";
import type { CommunesIndex } from "./territory/communes-index";
import type { WidgetFiles } from "./widget-files";

/** Everything the app needs from outside; tests pass fakes of external systems only. */
export interface AppDeps {
  missionsLocales: readonly MissionLocale[];
  communes: CommunesIndex;
  /** Who serves a commune outside the territory (the State's directory). */
  annuaire: Annuaire;
  clock: () => Date;
  delivery: Delivery;
  idempotency: IdempotencyStore;
  logger: Logger;
  /** Anonymous counters of accepted registrations and funnel beacons (DATA_DIR). */
  stats: StatsStore;
  /** Which transport carries mail: the privacy notice says where mail is kept. */
  transportName: MailTransport["name"];
  /** Registrations per client IP per hour; 0 = no per-IP limits. */
  rateLimit: number;
  /** The built widget (dist/widget.js and its chunks), read once at start. */
  widget?: WidgetFiles;
  /** Folder of the demo pages. */
  demoDir: string;
  /** The development outbox folder, when mail goes there. */
  outboxDir?: string;
  /** The socket's remote address (the Node entry reads the connection); see client-address.ts. */
  peerAddress?: (c: Context) => string | undefined;
  /** TRUST_PROXY: the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. */
  trustedProxies?: TrustedProxies;
  /** Keyed hashes that flag probable duplicates, for MLs that turn it on (absent: never flagged). */
  duplicates?: DuplicateMemory;
  /** Renders the fiche; the Node entry uses worker threads (render-pool.ts), tests the request thread. */
  renderFiche?: RenderFiche;
  /** Admin session generations (logout ends sessions on the server); in memory when absent. */
  adminSessions?: SessionGenerations;
}
