/** `npm run db:migrate`: applies the committed migrations to the configured database. */
import { closeDb, getDbHandle } from "@/db/client";

const handle = await getDbHandle();
console.log(`Migrations applied (${handle.kind}).`);
await closeDb();
