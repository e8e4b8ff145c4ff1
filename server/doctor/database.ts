/**
 * The doctor's database line (DATABASE_URL): connects once, reads the server's version and the
 * schema version applied, and names the database without its password.
 */
import { MIGRATIONS } from "../storage/postgres/migrations";
import type { Check } from "./checks";

/** host:port/database, never the user's password. */
export function databaseLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(adresse illisible)";
  }
}

export async function checkDatabase(url: string): Promise<Check> {
  const { connect } = await import("../storage/postgres/connect");
  const sql = connect(url, { max: 1 });
  const where = databaseLabel(url);
  try {
    const [server] = await sql<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
    const [table] = await sql<{ present: boolean }[]>`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`;
    const applied = table?.present
      ? ((await sql<{ version: number | null }[]>`SELECT max(version) AS version FROM schema_migrations`)[0]?.version ??
        0)
      : 0;
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    const schema =
      applied >= latest ? `schéma à jour (version ${applied})` : `schéma ${applied}, le serveur appliquera ${latest}`;
    return { ok: true, label: `DATABASE_URL ${where} : PostgreSQL ${server?.version ?? "?"}, ${schema}` };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "inconnu";
    return { ok: false, label: `DATABASE_URL ${where} : connexion impossible (${code})` };
  } finally {
    await sql.end({ timeout: 1 });
  }
}
