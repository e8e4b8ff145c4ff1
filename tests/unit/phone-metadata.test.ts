/**
 * contract/schema/telephone-metadata.json is written from libphonenumber-js by
 * scripts/phone-metadata.ts: after a library update, the file must be written again (and
 * tests/unit/telephone-fr.test.ts proves the checker still agrees with the library).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PAYS_TELEPHONE } from "../../contract/schema/telephone-pays";
import { buildPhoneMetadata } from "../../scripts/phone-metadata-lib";

const file = JSON.parse(
  readFileSync(new URL("../../contract/schema/telephone-metadata.json", import.meta.url), "utf8"),
);

describe("the phone metadata of France and its overseas regions", () => {
  it("is what scripts/phone-metadata.ts writes from the installed libphonenumber-js (npm run phone-metadata)", () => {
    expect(file).toEqual(buildPhoneMetadata());
  });

  it("lists every accepted region, overseas first, in the order the form tries them", () => {
    expect(file.map((region: unknown[]) => region[0])).toEqual([...PAYS_TELEPHONE]);
  });
});
