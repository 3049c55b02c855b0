import { getDbHandle } from "@/db/client";
import { assertSafeForStartup, EnvError } from "@/lib/env";
import { loadCurriculum } from "@/lib/learning/engine/load-curriculum";
import { startMonitoring } from "@/lib/observability/monitoring";

/** Server start-up (instrumentation.ts): refuse unsafe production defaults, open and migrate the database. */
export async function startServer(): Promise<void> {
  try {
    assertSafeForStartup();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  await startMonitoring();
  await loadCurriculum((await getDbHandle()).db);
}
