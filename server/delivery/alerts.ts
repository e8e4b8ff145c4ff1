/**
 * Alerts to the technical address, through the same transport: references and error kinds only,
 * and at most one message per ML per interval (the rest is gathered into the next one), so an
 * outage never becomes a mail storm.
 */
import { randomBytes } from "node:crypto";
import type { MissionLocale } from "../config/ml-config";
import type { Logger } from "../log";
import type { MailTransport, OutgoingMail } from "../mail/types";

export interface AlertFact {
  event: "failed" | "purged" | "quarantined" | "spool_full";
  /** Reference, or the file name for an unreadable file. */
  subject: string;
  kind: string;
}

export interface Alerter {
  raise(mlId: string | undefined, fact: AlertFact): void;
  /** Sends what is waiting now (shutdown). */
  flush(): Promise<void>;
}

const EVENT_WORDS: Record<AlertFact["event"], string> = {
  failed: "échec définitif de livraison (le message reste en attente)",
  purged: "supprimé sans avoir été livré (délai de conservation dépassé)",
  quarantined: "fichier illisible mis en quarantaine",
  spool_full:
    "file d'attente pleine (SPOOL_MAX) : les nouvelles pré-inscriptions sont refusées (503) jusqu'à ce qu'elle se vide",
};

export interface AlerterOptions {
  transport: MailTransport;
  logger: Logger;
  missionsLocales: ReadonlyMap<string, MissionLocale>;
  /** The operator's address (ALERT_EMAIL), in addition to each ML's `alertes`. */
  operatorAddress?: string;
  now: () => number;
  minIntervalMs?: number;
  /** Facts raised within this delay go out together (a restart that finds several bad files). */
  gatherMs?: number;
}

export function createAlerter(options: AlerterOptions): Alerter {
  const interval = options.minIntervalMs ?? 15 * 60 * 1000;
  const gather = options.gatherMs ?? 2000;
  const waiting = new Map<string, AlertFact[]>();
  const lastSent = new Map<string, number>();
  const timers = new Map<string, NodeJS.Timeout>();
  const anyMl = [...options.missionsLocales.values()][0];

  const recipients = (ml: MissionLocale | undefined): string[] => {
    const list = [options.operatorAddress, ml?.alertes].filter((address): address is string => Boolean(address));
    if (list.length === 0 && !ml) {
      for (const each of options.missionsLocales.values()) if (each.alertes) list.push(each.alertes);
    }
    return [...new Set(list)];
  };

  const send = async (group: string) => {
    timers.delete(group);
    const facts = waiting.get(group) ?? [];
    waiting.delete(group);
    if (facts.length === 0) return;
    lastSent.set(group, options.now());
    const ml = options.missionsLocales.get(group);
    const to = recipients(ml);
    if (to.length === 0) {
      options.logger.log("alert", { ml: ml?.id, kind: "sans-destinataire", pending: facts.length });
      return;
    }
    const mail: OutgoingMail = {
      reference: `ALERTE-${randomBytes(6).toString("hex")}`,
      mlId: ml?.id ?? "serveur",
      kind: "alert",
      from: (ml ?? anyMl)?.expediteur ?? "ml-preinscription <ne-pas-repondre@localhost>",
      to,
      subject: `[ml-preinscription] ${facts.length} incident(s) de livraison${ml ? ` — ${ml.nom}` : ""}`,
      text: [
        "Incidents de livraison des pré-inscriptions (aucune donnée personnelle dans ce message) :",
        "",
        ...facts.map((fact) => `- ${fact.subject} : ${EVENT_WORDS[fact.event]} [${fact.kind}]`),
        "",
        "Les messages en échec restent chiffrés dans SPOOL_DIR jusqu'à leur livraison ou leur purge.",
        "Voir les journaux du serveur (événements failed, purged, quarantined) et /healthz.",
      ].join("\n"),
      attachments: [],
    };
    const outcome = await options.transport.send(mail).catch(() => ({ ok: false as const, kind: "exception" }));
    options.logger.log("alert", {
      ml: ml?.id,
      pending: facts.length,
      kind: outcome.ok ? "envoyee" : `echec:${outcome.kind}`,
    });
  };

  return {
    raise(mlId, fact) {
      const group = mlId && options.missionsLocales.has(mlId) ? mlId : "serveur";
      const list = waiting.get(group) ?? [];
      list.push(fact);
      waiting.set(group, list);
      if (timers.has(group)) return;
      const wait = Math.max(gather, (lastSent.get(group) ?? -Infinity) + interval - options.now());
      const timer = setTimeout(() => void send(group), wait);
      timer.unref();
      timers.set(group, timer);
    },
    async flush() {
      for (const timer of timers.values()) clearTimeout(timer);
      await Promise.all([...timers.keys()].map((group) => send(group)));
    },
  };
}
