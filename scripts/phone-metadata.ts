/**
 * Writes contract/schema/telephone-metadata.json: libphonenumber-js "max" metadata cut down to
 * France and its overseas regions, so the widget validates phones exactly as the server does
 * without shipping the whole world (the full max metadata is ~150 KB).
 * Run: npx tsx scripts/phone-metadata.ts  (a unit test fails when the file drifts from the library).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildPhoneMetadata } from "./phone-metadata-lib";

const target = fileURLToPath(new URL("../contract/schema/telephone-metadata.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(buildPhoneMetadata())}\n`);
