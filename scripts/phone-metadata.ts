/**
 * Writes contract/schema/telephone-metadata.json: what contract/schema/telephone-fr.ts reads of
 * libphonenumber-js "max" metadata for France and its overseas regions, so the widget validates
 * phones exactly as the server does without shipping the library (the full max metadata is ~150 KB).
 * Run: npm run phone-metadata  (tests/unit/phone-metadata.test.ts fails when the file drifts from
 * the library).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildPhoneMetadata } from "./phone-metadata-lib";

const target = fileURLToPath(new URL("../contract/schema/telephone-metadata.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(buildPhoneMetadata())}\n`);
