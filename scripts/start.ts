/**
 * `npm start`: the whole product on one machine. Builds when the build is missing or older than
 * the sources, migrates, seeds the demo family on an empty embedded database, and serves on
 * http://localhost:3000 (PORT to change). With no service keys every embedded default runs, and
 * this script is the explicit opt-in that lets them run under NODE_ENV=production.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { env, serviceModes, unsafeProductionDefaults } from "@/lib/env";
import { prepareDatabase } from "./prepare-db";

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package.json",
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce(
    (max, name) => Math.max(max, newestMtime(path.join(target, name))),
    stat.mtimeMs,
  );
}

function buildIsStale(): boolean {
  const marker = path.join(".next", "BUILD_ID");
  if (!existsSync(marker)) return true;
  return Math.max(...SOURCES.map(newestMtime)) > statSync(marker).mtimeMs;
}

const npx = process.platform === "win32" ? "npx.cmd" : "npx";

if (buildIsStale()) {
  console.log("Building Hearth (first start or sources changed)…");
  const build = spawnSync(npx, ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await prepareDatabase();

const embedded = unsafeProductionDefaults({
  ...env(),
  NODE_ENV: "production",
  HEARTH_ALLOW_EMBEDDED_DEFAULTS: false,
});
if (embedded.length > 0) {
  const modes = serviceModes();
  console.log(
    [
      "Running on embedded defaults (fine on your own machine, not for a real deployment):",
      `  database ${modes.database} · parent auth ${modes.auth} · tutor ${modes.tutor} · storage ${modes.storage} · email ${modes.email}`,
      `  not set: ${embedded.map((p) => p.variable).join(", ")}`,
    ].join("\n"),
  );
}

const port = String(env().PORT);
const server = spawn(npx, ["next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, ...(embedded.length > 0 ? { HEARTH_ALLOW_EMBEDDED_DEFAULTS: "1" } : {}) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
