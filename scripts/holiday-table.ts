/**
 * Writes server/time/holiday-table.json: the public holidays of each zone for 2020–2045, from
 * date-holidays. The server reads this small table at start instead of loading date-holidays
 * (every country's rules: ~25 MB of memory and ~0.3 s of start); years outside it still go
 * through the library. A unit test fails when the table and the library disagree.
 * Run: npx tsx scripts/holiday-table.ts
 */
import { writeFileSync } from "node:fs";
import { projectPath } from "../server/paths";
import { buildHolidayTable } from "./holiday-table-lib";

writeFileSync(projectPath("server", "time", "holiday-table.json"), `${JSON.stringify(buildHolidayTable())}\n`);
