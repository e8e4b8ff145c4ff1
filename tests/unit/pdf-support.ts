/** Reading a rendered fiche back the way a person or a program would: poppler's tools. */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

async function withPdf<T>(pdf: Uint8Array, use: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "fiche-"));
  try {
    const file = join(dir, "fiche.pdf");
    await writeFile(file, pdf);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -layout` (columns kept on their lines), or `-raw` (content stream order). */
export function pdfText(pdf: Uint8Array, mode: "layout" | "raw" = "layout"): Promise<string> {
  return withPdf(pdf, async (file) => {
    const { stdout } = await run("pdftotext", [`-${mode}`, "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    return stdout;
  });
}

/** Every embedded file, by name, as `pdfdetach -saveall` writes it. */
export function pdfAttachments(pdf: Uint8Array): Promise<Map<string, Buffer>> {
  return withPdf(pdf, async (file, dir) => {
    const out = join(dir, "attachments");
    await mkdir(out);
    await run("pdfdetach", ["-saveall", "-o", out, file]);
    const files = new Map<string, Buffer>();
    for (const name of await readdir(out)) files.set(name, await readFile(join(out, name)));
    return files;
  });
}

/** `pdfinfo` fields (Pages, Title, Producer…). */
export function pdfInfo(pdf: Uint8Array): Promise<Record<string, string>> {
  return withPdf(pdf, async (file) => {
    const { stdout } = await run("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" });
    const info: Record<string, string> = {};
    for (const line of stdout.split("\n")) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) info[match[1]] = match[2];
    }
    return info;
  });
}

export const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 5)) === "%PDF-";
