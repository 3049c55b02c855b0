import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests drive Debian's Chromium (bundled browsers cannot be downloaded here) against
 * the production build, started the way a user starts it (`npm start`) on a throwaway
 * embedded database.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
const FAKE_ANTHROPIC_PORT = Number(process.env.FAKE_ANTHROPIC_PORT ?? 4010);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // A local server speaking the Anthropic Messages API: the real SDK in the app talks to it.
      command: "npx tsx tests/support/fake-anthropic/cli.ts",
      url: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}/__fake/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { FAKE_ANTHROPIC_PORT: String(FAKE_ANTHROPIC_PORT) },
    },
    {
      // A throwaway embedded database per run; `npm start` migrates it and seeds the demo family.
      command: `node -e "require('fs').rmSync(process.argv[1],{recursive:true,force:true})" ${DATA_DIR} && npm start`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        HEARTH_DATA_DIR: DATA_DIR,
        HEARTH_BCRYPT_COST: "4",
        APP_URL: `http://127.0.0.1:${PORT}`,
        ADMIN_EMAILS: "admin@hearth.local",
        ANTHROPIC_API_KEY: "test-key",
        ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
      },
    },
  ],
});
