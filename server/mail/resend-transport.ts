/**
 * Resend through its official SDK. The SDK never throws on HTTP errors: it returns
 * {error: {statusCode, name, message}} (statusCode null on a network failure), which is
 * classified here into retryable or permanent.
 */
import { Resend } from "resend";
import type { MailTransport, OutgoingMail, SendOutcome } from "./types";

const TIMEOUT_MS = 15_000;

export interface ResendOptions {
  apiKey: string;
  /** Tests point it at a local fake of the API. */
  baseUrl?: string;
}

/** Seconds (or an HTTP date) of a Retry-After header, in milliseconds. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createResendTransport(options: ResendOptions): MailTransport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  return {
    name: "resend",
    async send(mail: OutgoingMail): Promise<SendOutcome> {
      const { data, error, headers } = await client.emails.send(
        {
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
          attachments: mail.attachments.map((attachment) => ({
            filename: attachment.filename,
            contentType: attachment.contentType,
            content: Buffer.from(attachment.content),
          })),
        },
        { idempotencyKey: `${mail.kind}-${mail.reference}`, signal: AbortSignal.timeout(TIMEOUT_MS) },
      );
      if (!error) return { ok: true, providerId: data?.id };
      const status = error.statusCode;
      const retryable =
        status === null ||
        status === undefined ||
        status === 429 ||
        status >= 500 ||
        error.name === "concurrent_idempotent_requests";
      return {
        ok: false,
        retryable,
        kind: `resend:${status ?? "reseau"}:${String(error.name)
          .replace(/[^a-z_]/gi, "")
          .slice(0, 40)}`,
        retryAfterMs: retryAfterMs(headers?.["retry-after"]),
      };
    },
  };
}
