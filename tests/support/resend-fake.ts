/**
 * A local HTTP server that speaks Resend's `POST /emails` and `GET /domains` (request, response
 * and error shapes of api.resend.com), so the real SDK is exercised in tests. It can fail on
 * command.
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

export interface ResendFakeOptions {
  /** The account's domains, all verified unless listed in `unverified` (GET /domains). */
  domains?: string[];
  unverified?: string[];
  /** A key restricted to sending: accepted by POST /emails, refused by GET /domains. */
  sendingOnlyKey?: string;
}

export async function startResendFake(apiKey = "re_test_fictif", options: ResendFakeOptions = {}): Promise<ResendFake> {
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

  // Resend's answers: 401 missing_api_key, 403 invalid_api_key, 401 restricted_api_key.
  const listDomains = (req: IncomingMessage, res: ServerResponse) => {
    const authorization = req.headers.authorization;
    if (!authorization) {
      return error(res, {
        status: 401,
        name: "missing_api_key",
        message: "Missing API key in the authorization header.",
      });
    }
    if (options.sendingOnlyKey && authorization === `Bearer ${options.sendingOnlyKey}`) {
      return error(res, {
        status: 401,
        name: "restricted_api_key",
        message: "This API key is restricted to only send emails.",
      });
    }
    if (authorization !== `Bearer ${apiKey}`) {
      return error(res, { status: 403, name: "invalid_api_key", message: "API key is invalid." });
    }
    const unverified = new Set(options.unverified ?? []);
    answer(res, 200, {
      object: "list",
      has_more: false,
      data: (options.domains ?? []).map((name, index) => ({
        id: `d91cd9bd-1176-453e-8fc1-35364d38050${index}`,
        name,
        status: unverified.has(name) ? "not_started" : "verified",
        created_at: "2026-04-26 20:21:26.347412+00",
        region: "eu-west-1",
        capabilities: { sending: "enabled", receiving: "disabled" },
      })),
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    if (req.method === "GET" && req.url?.split("?")[0] === "/domains") return listDomains(req, res);
    if (req.method !== "POST" || req.url !== "/emails") {
      return error(res, { status: 404, name: "not_found", message: "The requested endpoint does not exist." });
    }
    attempts.push(Date.now());
    const failure = failures.shift();
    if (failure === "drop") return req.socket.destroy();
    if (failure) return error(res, failure);
    const sendingOnly = options.sendingOnlyKey && req.headers.authorization === `Bearer ${options.sendingOnlyKey}`;
    if (req.headers.authorization !== `Bearer ${apiKey}` && !sendingOnly) {
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
    async waitForEmails(count, timeoutMs = 30_000) {
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
