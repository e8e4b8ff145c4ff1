/**
 * Validation with the shared payload schema. Loaded on demand (its own chunk: zod and the phone
 * rules weigh more than the rest of the widget), right after the first step is shown, so the
 * first step is usable sooner and the schema is there long before "Suivant" is pressed.
 *
 * Answers become schema input by walking the schema itself: required objects are always built,
 * optional ones only when something was typed in them (the legal representative), empty strings
 * are left out, digits become numbers where the schema wants a number.
 */
import * as z from "zod/mini";
import { erreursFr, formatError } from "../contract/i18n/errors-fr";
import { type FieldErrors, fieldErrors } from "../contract/schema/errors";
import { MESSAGE_MAX, type PayloadInput, payloadSchema } from "../contract/schema/payload";
import { acceptWorldTelephones, isWorldTelephone } from "../contract/schema/telephone";
import type { Answers } from "./answers";

import type { PayloadRoot } from "./steps/types";

type Schema = z.core.$ZodType;

const ROOTS = payloadSchema._zod.def.shape as unknown as Record<PayloadRoot, Schema>;

export const messageMax = MESSAGE_MAX;

function build(schema: Schema, answers: Answers, path: string): unknown {
  const def = schema._zod.def;
  if (def.type === "optional") {
    const inner = build((def as z.core.$ZodOptionalDef).innerType, answers, path);
    const empty =
      typeof inner === "object" && inner !== null && !Array.isArray(inner) && Object.keys(inner).length === 0;
    return empty ? undefined : inner;
  }
  if (def.type === "object") {
    const shape = (def as z.core.$ZodObjectDef).shape;
    const object: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(shape)) {
      const value = build(child, answers, `${path}.${key}`);
      if (value !== undefined) object[key] = value;
    }
    return object;
  }
  const raw = answers[path];
  if (typeof raw !== "string") return raw;
  const value = raw.trim();
  if (value === "") return undefined;
  if ((def.type === "number" || def.type === "int") && /^\d+$/.test(value)) return Number(value);
  return value;
}

const PHONE_PATHS = ["coordonnees.telephone", "representantLegal.telephone"];
let worldTelephones: Promise<void> | undefined;

/**
 * Loads every country's phone rules (a chunk of its own, ~40 KB gzip) the first time a number
 * with a foreign prefix is typed; until then such a number is only checked for its shape, and the
 * server, which always has the rules, says the last word. Resolves once the rules are in use.
 */
export function loadWorldTelephonesFor(answers: Answers): Promise<void> {
  const foreign = PHONE_PATHS.some((path) => {
    const value = answers[path];
    return typeof value === "string" && isWorldTelephone(value);
  });
  if (!foreign) return Promise.resolve();
  worldTelephones ??= import("../contract/schema/telephone-world").then(
    (world) => acceptWorldTelephones(world.worldTelephoneE164),
    () => {
      worldTelephones = undefined; // offline for a moment: try again with the next check
    },
  );
  return worldTelephones;
}

/** The schema input of one root of the payload ("identite", "message"…). */
export function rootInput(root: PayloadRoot, answers: Answers): unknown {
  return build(ROOTS[root], answers, root);
}

/** Errors of the given roots, each validated with its own section schema, keyed by field path. */
export function rootErrors(roots: readonly PayloadRoot[], answers: Answers): FieldErrors {
  void loadWorldTelephonesFor(answers);
  const errors: FieldErrors = {};
  for (const root of roots) {
    const result = z.safeParse(ROOTS[root], rootInput(root, answers));
    if (!result.success) Object.assign(errors, fieldErrors(result.error, root));
  }
  return errors;
}

export type PayloadCheck = { ok: true; payload: PayloadInput } | { ok: false; errors: FieldErrors };

/** The whole payload, checked with `payloadSchema` before sending. */
export function buildPayload(answers: Answers, meta: PayloadInput["meta"]): PayloadCheck {
  const input: Record<string, unknown> = {};
  for (const root of Object.keys(ROOTS) as PayloadRoot[]) {
    if (root === "meta") continue;
    const value = rootInput(root, answers);
    if (value !== undefined) input[root] = value;
  }
  input.meta = meta;
  const result = payloadSchema.safeParse(input);
  // The input is sent, not the parsed output: the server normalises it with the same schema.
  return result.success
    ? { ok: true, payload: input as PayloadInput }
    : { ok: false, errors: fieldErrors(result.error) };
}

/** The message of an error in the youth's language (the table of their locale; French by default). */
export function message(error: FieldErrors[string], table: Readonly<Record<string, string>> = erreursFr): string {
  return formatError(table, error.key, error.params);
}

/**
 * A 422's messages in the youth's language. The server writes them in French and, beside them,
 * the rule each one broke (`codes`, same keys as the error tables): that rule is worded again
 * from the youth's table. Without a code (an older server) or with a rule this widget does not
 * know, the server's French sentence is shown as it came.
 */
export function serverMessages(
  erreurs: Readonly<Record<string, string>>,
  codes: Readonly<Record<string, FieldErrors[string]>> | undefined,
  table: Readonly<Record<string, string>>,
): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [path, french] of Object.entries(erreurs)) {
    const code = codes?.[path];
    messages[path] = code && typeof code.key === "string" && code.key in table ? message(code, table) : french;
  }
  return messages;
}
