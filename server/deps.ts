import type { Context } from "hono";
import type { SessionGenerations } from "./admin/session-generations";
import type { MissionLocale } from "./config/ml-config";
import type { Delivery } from "./delivery/delivery";
import type { IdempotencyStore } from "./delivery/idempotency";
import type { Logger } from "./log";
import type { MailTransport } from "./mail/types";
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
  /** The caller's IP for rate limits (the Node entry reads the socket). */
  clientIp?: (c: Context) => string;
  /** Renders the fiche; the Node entry uses worker threads (render-pool.ts), tests the request thread. */
  renderFiche?: RenderFiche;
  /** Admin session generations (logout ends sessions on the server); in memory when absent. */
  adminSessions?: SessionGenerations;
}
