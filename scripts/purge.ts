/**
 * `npm run jobs:purge`: permanently purges families and children whose 30-day grace period has
 * ended (P19). Idempotent and safe to run while the app (or another purge) is running.
 */
import { closeDb, getDb } from "@/db/client";
import { purgeExpired } from "@/lib/privacy/lifecycle";

const result = await purgeExpired(await getDb());
await closeDb();
console.log(
  `Purged ${result.families} famil${result.families === 1 ? "y" : "ies"} and ${result.children} child profile${result.children === 1 ? "" : "s"} (${result.rows} rows).`,
);
if (result.failed > 0) {
  console.error(`${result.failed} purge unit(s) failed and stay for the next run; see the log.`);
  process.exit(1);
}
