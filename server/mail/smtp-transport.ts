/**
 * SMTP through nodemailer, for Missions Locales that keep mail on their own or an EU server
 * (Resend keeps account data and sent mail in the United States). Replies 4xx and connection
 * failures are worth retrying; 5xx replies are permanent.
 */
import nodemailer from "nodemailer";
import { nodemailerMessage } from "./mime";
import type { MailTransport, OutgoingMail, SendOutcome } from "./types";

interface SmtpError extends Error {
  code?: string;
  /** nodemailer wraps socket errors as ESOCKET; the system's code is kept here. */
  originalCode?: string;
  responseCode?: number;
}

export function classifySmtpError(error: SmtpError): SendOutcome {
  const reply = error.responseCode;
  if (typeof reply === "number") {
    return { ok: false, retryable: reply < 500, kind: `smtp:${reply}` };
  }
  // ECONNREFUSED, ETIMEDOUT, ESOCKET, ECONNECTION, EDNS…: the server was not reached.
  const code = error.originalCode ?? error.code ?? "reseau";
  return { ok: false, retryable: true, kind: `smtp:${code.replace(/[^A-Z_]/gi, "").slice(0, 20)}` };
}

export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    name: "smtp",
    async send(mail: OutgoingMail): Promise<SendOutcome> {
      try {
        const info = await transporter.sendMail(nodemailerMessage(mail));
        return { ok: true, providerId: info.messageId };
      } catch (error) {
        return classifySmtpError(error as SmtpError);
      }
    },
    async close() {
      transporter.close();
    },
  };
}
