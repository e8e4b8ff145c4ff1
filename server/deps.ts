import type { Context } from "hono";
import type { MissionLocale } from "./config/ml-config";
import type { Delivery } from "./delivery/delivery";
import type { IdempotencyStore } from "./delivery/idempotency";
import type { Logger } from "./log";
import type { MailTransport } from "./mail/types";
import type { Annuaire } from "./territory/annuaire";
import type { CommunesIndex } from "./territory/communes-index";

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
  /** Which transport carries mail: the privacy notice says where mail is kept. */
  transportName: MailTransport["name"];
  /** Registrations per client IP per hour; 0 = no per-IP limits. */
  rateLimit: number;
  /** The built widget bundle (dist/widget.js), read once at start. */
  widgetBundle?: string;
  /** Folder of the demo pages. */
  demoDir: string;
  /** The development outbox folder, when mail goes there. */
  outboxDir?: string;
  /** The caller's IP for rate limits (the Node entry reads the socket). */
  clientIp?: (c: Context) => string;
}
