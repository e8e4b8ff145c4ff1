/**
 * The npm library as a consumer gets it: `npm run build:lib` (what `npm pack` runs after the
 * bundle), the files a tarball would hold, the exports map resolved by Node (the main entry
 * registers nothing, "./define" registers the tag), and the declarations type-checked by
 * TypeScript 7 the way a strict `nodenext` project would.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

beforeAll(async () => {
  await run("npm", ["run", "--silent", "build:lib"], { cwd: ROOT });
}, 120_000);

describe("the npm package", () => {
  it("holds the bundle, the library, its types and the manifest — and nothing of the server", async () => {
    const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT });
    const [pack] = JSON.parse(stdout) as { files: { path: string }[] }[];
    const files = (pack?.files ?? []).map((file) => file.path);
    for (const expected of [
      "dist/widget.js",
      "dist/lib/index.js",
      "dist/lib/define.js",
      "dist/lib/types/widget/lib.d.ts",
      "dist/lib/types/widget/define.d.ts",
      "custom-elements.json",
      "package.json",
      "README.md",
      "LICENSE",
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.some((file) => /^dist\/chunks\/later-[\w-]+\.js$/.test(file))).toBe(true);
    expect(files.filter((file) => /^(server|tests|demo|widget|scripts)\//.test(file))).toEqual([]);
  });

  it('resolves its exports: "." registers nothing, "./define" registers the tag', async () => {
    const script = `
      const main = await import("ml-preinscription");
      const before = customElements.get("ml-preinscription");
      const define = await import("ml-preinscription/define");
      console.log(JSON.stringify({
        exports: Object.keys(main).sort(),
        before: before === undefined,
        after: customElements.get("ml-preinscription") === main.MlPreinscription,
        same: define.MlPreinscription === main.MlPreinscription,
        bundle: import.meta.resolve("ml-preinscription/widget.js").endsWith("/dist/widget.js"),
      }));`;
    // Node resolves a package's own name from inside it (self-reference), through "exports".
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual({
      exports: ["MlErrorEvent", "MlPreinscription", "MlStepEvent", "MlSubmittedEvent"],
      before: true,
      after: true,
      same: true,
      bundle: true,
    });
  });

  it("types a consumer's code (strict, nodenext): the element, its attributes' properties and its events", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ml-consumer-"));
    await mkdir(join(dir, "node_modules"));
    await symlink(ROOT, join(dir, "node_modules", "ml-preinscription"), "dir");
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    await writeFile(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "es2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          lib: ["es2023", "dom"],
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ["consumer.ts"],
      }),
    );
    await writeFile(
      join(dir, "consumer.ts"),
      `import { MlPreinscription, MlStepEvent, type StepDetail } from "ml-preinscription";
import "ml-preinscription/define";

const form: MlPreinscription = document.createElement("ml-preinscription");
form.missionLocale = "roubaix";
form.endpoint = "https://preinscription.example.org";
form.addEventListener("ml-step", (event) => {
  const detail: StepDetail = event.detail;
  console.log(detail.step, detail.index, detail.count);
});
form.addEventListener("ml-error", (event) => console.log(event.detail.kind));
console.log(MlStepEvent.type === "ml-step", form.locale);
// @ts-expect-error the events carry no personal data: no such field
form.addEventListener("ml-submitted", (event) => console.log(event.detail.reference.length));
`,
    );
    const tsc = join(ROOT, "node_modules/.bin/tsc");
    const result = await run(tsc, ["-p", dir]).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe("");
  });

  it("ships code that a strict CSP runs: no eval, no Function constructor", async () => {
    const chunks = async (dir: string) =>
      (await readdir(join(ROOT, dir))).filter((name) => name.endsWith(".js")).map((name) => `${dir}/${name}`);
    const files = ["dist/widget.js", ...(await chunks("dist/chunks")), ...(await chunks("dist/lib/chunks"))];
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = await readFile(join(ROOT, file), "utf8");
      expect(code, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
