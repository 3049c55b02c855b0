/** `npm run keys:rotate`: re-wraps every family data key under the current master key. */
import { closeDb, getDb } from "@/db/client";
import { rotateFamilyKeys } from "@/lib/crypto/family-keys";

const result = await rotateFamilyKeys(await getDb());
await closeDb();
console.log(
  `Re-wrapped ${result.rewrapped} family keys; ${result.remainingUnderRetired} remain under a retired master key.`,
);
process.exit(result.remainingUnderRetired === 0 ? 0 : 1);
