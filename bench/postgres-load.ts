/**
 * 4b. Accepting registrations with DATABASE_URL: the same load as load.ts against the built server
 * on a throwaway PostgreSQL cluster of its own (tests/support/postgres.ts) that commits durably
 * (fsync and synchronous_commit on, as the file adapter fsyncs). Run alone with
 * `node --import tsx bench/postgres-load.ts [--quick] [--with-files]` after `npm run build`
 * (--with-files: the file adapter under the same plan, right after, for comparison).
 */
import { fileURLToPath } from "node:url";
import { startPostgres } from "../tests/support/postgres";
import { type LoadPlan, loadFigures, loadRegistrations, type RegistrationLoad } from "./load";
import { type Figure, machine, machineLine, table } from "./report";
import { startBenchServer } from "./server";

export const POSTGRES_TARGET = { rate: 150, p99Ms: 200 };

export async function measurePostgresLoad(
  plan: LoadPlan,
  rendersPerSecond: number,
): Promise<{ load: RegistrationLoad; figures: Figure[]; rows: number }> {
  const cluster = await startPostgres({ durable: true });
  try {
    const server = await startBenchServer({ env: { DATABASE_URL: cluster.url } });
    try {
      const load = await loadRegistrations(server, plan);
      const setup = "PostgreSQL (DATABASE_URL), durable commits, the default render threads";
      const figures = loadFigures(load, rendersPerSecond, machine().cores, setup, POSTGRES_TARGET);
      return { load, figures, rows: load.accepted };
    } finally {
      await server.stop();
    }
  } finally {
    await cluster.stop();
  }
}

/** The file adapter under the same plan, for a comparison on a machine whose load varies. */
async function measureFileLoad(plan: LoadPlan): Promise<Figure[]> {
  const server = await startBenchServer();
  try {
    const load = await loadRegistrations(server, plan);
    return loadFigures(load, Number.NaN, machine().cores, "files (SPOOL_DIR, DATA_DIR), same run");
  } finally {
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes("--quick");
  const plan = { durationS: quick ? 5 : 10, warmupS: quick ? 2 : 3, connections: [10, 50] };
  const figures = (await measurePostgresLoad(plan, Number.NaN)).figures;
  if (process.argv.includes("--with-files")) figures.push(...(await measureFileLoad(plan)));
  process.stdout.write(`${machineLine(machine())}\n\n${table(figures)}\n`);
  process.exit(0);
}
