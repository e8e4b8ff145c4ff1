/**
 * A real SMTP server in-process (the `smtp-server` package), which can refuse messages with 4xx
 * or 5xx replies on command. Messages are parsed with mailparser.
 */
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpFake {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** The next `count` messages are refused with this reply code (451: try later, 550: refused). */
  refuseNext(count: number, responseCode: number): void;
  waitForMessages(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export interface SmtpFakeOptions {
  /** Require AUTH PLAIN/LOGIN with these credentials (over plain TCP: it is local). */
  auth?: { user: string; pass: string };
}

export async function startSmtpFake(port = 0, options: SmtpFakeOptions = {}): Promise<SmtpFake> {
  const messages: ParsedMail[] = [];
  const refusals: number[] = [];
  const auth = options.auth;
  const server = new SMTPServer({
    authOptional: auth === undefined,
    disabledCommands: auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    allowInsecureAuth: true,
    onAuth(credentials, _session, callback) {
      if (auth && credentials.username === auth.user && credentials.password === auth.pass) {
        return callback(null, { user: credentials.username });
      }
      callback(Object.assign(new Error("Authentication credentials invalid"), { responseCode: 535 }));
    },
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const code = refusals.shift();
          if (code !== undefined) {
            const error = Object.assign(new Error(code < 500 ? "Try again later" : "Message refused"), {
              responseCode: code,
            });
            return callback(error);
          }
          messages.push(parsed);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    messages,
    refuseNext(count, responseCode) {
      for (let i = 0; i < count; i++) refusals.push(responseCode);
    },
    async waitForMessages(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`SMTP fake: ${messages.length} message(s), ${count} attendus`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
