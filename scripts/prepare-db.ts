/**
 * Before the server starts: migrate, and on an empty embedded database create the demo family.
 * Runs in its own process and closes the database before the server opens it (PGlite allows
 * one process per data folder).
 */
import { closeDb, getDbHandle } from "@/db/client";
import { describeDemo, isEmpty, seedDemo } from "@/lib/demo/seed";
import { loadCurriculum } from "@/lib/learning/engine/load-curriculum";

export async function prepareDatabase(): Promise<void> {
  const handle = await getDbHandle();
  await loadCurriculum(handle.db);
  if (handle.kind === "pglite" && (await isEmpty(handle.db))) {
    const { familyCode } = await seedDemo(handle.db);
    console.log(`\n${describeDemo(familyCode)}\n`);
  }
  await closeDb();
}

if (import.meta.url === `file://${process.argv[1]}`) await prepareDatabase();
