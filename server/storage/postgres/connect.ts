/**
 * The connection pool: the `postgres` client (no dependencies, tagged templates that are always
 * parameterised, its own bounded pool). Small on purpose: a registration is a handful of short
 * statements, and a PaaS database plan allows few connections per instance.
 */
import postgres, { type Sql } from "postgres";
import { SpoolUnwritableError } from "../../delivery/worker";

export type { Sql };

export const POOL_SIZE = 5;

export function connect(url: string, options: { max?: number } = {}): Sql {
  return postgres(url, {
    max: options.max ?? POOL_SIZE,
    // A database that does not answer makes a registration fail in seconds (a 503), not hang.
    connect_timeout: 3,
    idle_timeout: 60,
    // The schema's notices ("already exists, skipping") are not the operator's business.
    onnotice: () => undefined,
    // Only the spool's insert must be on disk before a 202, and it commits synchronously
    // (durableSpoolInsert below); everything else may wait for the WAL writer's next flush
    // (~200 ms): a lost idempotency row, counter or delivered-row deletion after a database crash
    // is recovered or harmless (same reference, same provider idempotency key). WAL is flushed in
    // order, so a synchronous commit also makes every earlier one durable.
    connection: { synchronous_commit: "off" },
  });
}

/**
 * A statement failed for want of a database: the registration is refused with a 503
 * ("enregistrement-impossible"), like a spool that cannot be written. The error's code only:
 * its message could quote a value.
 */
export async function orUnavailable<T>(statement: Promise<T>): Promise<T> {
  try {
    return await statement;
  } catch (error) {
    throw new SpoolUnwritableError(`base:${(error as { code?: string }).code ?? "inconnu"}`);
  }
}
