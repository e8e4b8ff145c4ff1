/**
 * A local HTTP server that speaks Resend's `POST /emails` (request, response and error shapes
 * of api.resend.com), so the real SDK is exercised in tests. It can fail on command.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedEmail {
  id: string;
  idempotencyKey?: string;
  from: string;
  to: string[];
  subject: string;
  text?: string;
  replyTo?: string[];
  attachments: { filename: string; contentType?: string; content: Buffer }[];
  receivedAt: number;
}

export interface FakeFailure {
  status: number;
  name: string;
  message: string;
  headers?: Record<string, string>;
}

export interface ResendFake {
  url: string;
  apiKey: string;
  emails: ReceivedEmail[];
  /** Times of every POST /emails, accepted or not. */
  attempts: number[];
  /** The next `count` requests get this error. */
  failNext(count: number, failure: FakeFailure): void;
  /** Connection-level failure: the socket is destroyed without an answer. */
  dropNext(count: number): void;
  /** Forgets every queued failure: the service is back. */
  recover(): void;
  waitForEmails(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
}

interface EmailBody {
  from?: unknown;
  to?: unknown;
  subject?: unknown;
  text?: unknown;
  reply_to?: unknown;
  attachments?: { filename?: unknown; content?: unknown; content_type?: unknown }[];
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];

export async function startResendFake(apiKey = "re_test_fictif"): Promise<ResendFake> {
  const emails: ReceivedEmail[] = [];
  const attempts: number[] = [];
  const failures: (FakeFailure | "drop")[] = [];
  const byKey = new Map<string, { body: string; id: string }>();
  let counter = 0;

  const answer = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, failure: FakeFailure) =>
    answer(
      res,
      failure.status,
      { statusCode: failure.status, name: failure.name, message: failure.message },
      failure.headers,
    );

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    if (req.method !== "POST" || req.url !== "/emails") {
      return error(res, { status: 404, name: "not_found", message: "The requested endpoint does not exist." });
    }
    attempts.push(Date.now());
    const failure = failures.shift();
    if (failure === "drop") return req.socket.destroy();
    if (failure) return error(res, failure);
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      return error(res, {
        status: 401,
        name: "missing_api_key",
        message: "Missing API key in the authorization header.",
      });
    }
    let body: EmailBody;
    try {
      body = JSON.parse(raw) as EmailBody;
    } catch {
      return error(res, { status: 422, name: "validation_error", message: "Invalid JSON." });
    }
    if (typeof body.from !== "string" || asList(body.to).length === 0 || typeof body.subject !== "string") {
      return error(res, { status: 422, name: "validation_error", message: "Missing `from`, `to` or `subject` field." });
    }
    const key = req.headers["idempotency-key"] as string | undefined;
    if (key) {
      const known = byKey.get(key);
      if (known && known.body !== raw) {
        return error(res, {
          status: 409,
          name: "invalid_idempotent_request",
          message: "Same idempotency key used with a different request payload.",
        });
      }
      if (known) return answer(res, 200, { id: known.id });
    }
    const id = `fake-${String(++counter).padStart(4, "0")}`;
    if (key) byKey.set(key, { body: raw, id });
    emails.push({
      id,
      idempotencyKey: key,
      from: body.from,
      to: asList(body.to),
      subject: body.subject,
      text: typeof body.text === "string" ? body.text : undefined,
      replyTo: body.reply_to === undefined ? undefined : asList(body.reply_to),
      attachments: (body.attachments ?? []).map((attachment) => ({
        filename: String(attachment.filename),
        contentType: attachment.content_type === undefined ? undefined : String(attachment.content_type),
        content: Buffer.from(String(attachment.content), "base64"),
      })),
      receivedAt: Date.now(),
    });
    answer(res, 200, { id });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => error(res, { status: 500, name: "internal_server_error", message: "fake" }));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    emails,
    attempts,
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    dropNext(count) {
      for (let i = 0; i < count; i++) failures.push("drop");
    },
    recover() {
      failures.length = 0;
    },
    async waitForEmails(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (emails.length < count) {
        if (Date.now() > deadline) throw new Error(`Resend fake: ${emails.length} e-mail(s) reçus, ${count} attendus`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return emails;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
