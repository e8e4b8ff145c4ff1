import type { ServerSettings } from "../config/env";
import type { MailTransport } from "./types";

/** Only the chosen transport's library is loaded (Resend's SDK or nodemailer). */
export async function transportFromSettings(settings: ServerSettings): Promise<MailTransport> {
  switch (settings.transport) {
    case "resend": {
      const { createResendTransport } = await import("./resend-transport");
      return createResendTransport({ apiKey: settings.resendApiKey ?? "", baseUrl: settings.resendBaseUrl });
    }
    case "smtp": {
      const { createSmtpTransport } = await import("./smtp-transport");
      return createSmtpTransport(settings.smtpUrl ?? "");
    }
    case "outbox": {
      const { createOutboxTransport } = await import("./outbox-transport");
      return createOutboxTransport(settings.outboxDir);
    }
  }
}
