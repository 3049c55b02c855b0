/**
 * `npm run bench`: runs every benchmark in bench/ (each `*.ts` file here except this one; shared
 * code lives in bench/support/), one after another, each in its own process so one benchmark's
 * database or JIT state cannot colour another's figures. Benchmarks print figures; they never
 * pass or fail on time. `npm run bench -- due-reviews` runs only the files whose names match.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here, { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".ts") && e.name !== "run.ts")
  .map((e) => e.name)
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const failed: string[] = [];
console.log(`Hearth benchmarks: ${files.join(", ")}`);
for (const file of files) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [tsx, "--conditions", "react-server", path.join(here, file)], {
    stdio: "inherit",
    env: process.env,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) failed.push(file);
  console.log(
    `   (${file}: ${result.status === 0 ? "done" : `exited with ${result.status ?? result.signal}`} in ${seconds} s)`,
  );
}
if (failed.length > 0) {
  console.log(`\nThese benchmarks did not complete: ${failed.join(", ")}`);
  process.exitCode = 1;
}
