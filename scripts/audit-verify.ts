/** `npm run audit:verify`: walks the audit hash chain and names the first broken entry (P3). */
import { closeDb, getDb } from "@/db/client";
import { verifyAuditChain } from "@/lib/audit/verify";

const result = await verifyAuditChain(await getDb());
await closeDb();
if (result.ok) {
  console.log(`Audit chain intact: ${result.entries} entries verified.`);
} else {
  console.error(
    `Audit chain BROKEN at entry ${result.brokenAt!.seq} (${result.brokenAt!.reason.replace("_", " ")}); ${result.entries} entries in the log.`,
  );
  process.exit(1);
}
