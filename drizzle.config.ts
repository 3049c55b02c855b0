import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema and committed; the app applies them with its own
// migrator (db/migrate.ts) on start. Custom SQL (roles, RLS, triggers) lives in
// `drizzle-kit generate --custom` migrations in the same folder.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
