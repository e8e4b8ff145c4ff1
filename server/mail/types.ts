/** A message ready to hand to a transport. Built once, before the 202, so it can always be sent. */
export interface OutgoingMail {
  /** The registration's reference: Resend's idempotency key and the SMTP Message-ID's local part. */
  reference: string;
  /** Which Mission Locale it is for (its id: retention, alerts). */
  mlId: string;
  /** "registration" for the ML's mailbox, "confirmation" for the youth, "alert" for the technical address. */
  kind: "registration" | "confirmation" | "alert";
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text` (the youth's confirmation: `lang` and `dir` of their language). */
  html?: string;
  attachments: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/** What a transport says of one attempt; it never throws for a refusal. */
export type SendOutcome =
  | { ok: true; providerId?: string }
  | {
      ok: false;
      /** Worth another try later (network, timeout, 429, 5xx, concurrent idempotent request). */
      retryable: boolean;
      /** A short machine word for logs and alerts, never the provider's raw message. */
      kind: string;
      /** The provider asked to wait this long (Retry-After). */
      retryAfterMs?: number;
    };

export interface MailTransport {
  readonly name: "resend" | "smtp" | "outbox";
  send(mail: OutgoingMail): Promise<SendOutcome>;
  close?(): Promise<void>;
}
