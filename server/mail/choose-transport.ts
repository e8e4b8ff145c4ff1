import type { ServerSettings } from "../config/env";
import { createOutboxTransport } from "./outbox-transport";
import { createResendTransport } from "./resend-transport";
import { createSmtpTransport } from "./smtp-transport";
import type { MailTransport } from "./types";

export function transportFromSettings(settings: ServerSettings): MailTransport {
  switch (settings.transport) {
    case "resend":
      return createResendTransport({ apiKey: settings.resendApiKey ?? "", baseUrl: settings.resendBaseUrl });
    case "smtp":
      return createSmtpTransport(settings.smtpUrl ?? "");
    case "outbox":
      return createOutboxTransport(settings.outboxDir);
  }
}
