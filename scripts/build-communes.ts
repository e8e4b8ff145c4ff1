/**
 * Writes dist/communes-index.json, the compact communes index the server loads at start
 * (server/territory/communes-index.ts): parsing the 8.6 MB official list took ~0.4 s per start.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  communesSource,
  compactCommunes,
  PREBUILT_INDEX,
  readOfficialCommunes,
} from "../server/territory/communes-index";

mkdirSync(dirname(PREBUILT_INDEX), { recursive: true });
writeFileSync(PREBUILT_INDEX, JSON.stringify(compactCommunes(readOfficialCommunes(), communesSource())));
