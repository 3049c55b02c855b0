import "server-only";
import { eq, ne, sql } from "drizzle-orm";
import { familyKeys } from "@/db/schema";
import { withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import { newDataKey, rewrapDataKey, unwrapDataKey, wrapDataKey, wrappedKeyId } from "./data-key";
import { decryptField, encryptField, type FieldContext } from "./field";
import { masterKeyring } from "./master-keyring";

/**
 * Each family's data key, created on first use and stored wrapped by the current master key.
 * Works inside a family transaction (row-level security lets a family read and create only its
 * own key). Unwrapped keys are cached per process by their wrapped form, so a rotation or a
 * purge (which deletes the row) is never served a stale key.
 */
const cache = new Map<string, Buffer>();
const CACHE_LIMIT = 1000;

export async function familyDataKey(tx: Db, familyId: string): Promise<Buffer> {
  let [row] = await tx.select().from(familyKeys).where(eq(familyKeys.familyId, familyId)).limit(1);
  if (!row) {
    const keyring = masterKeyring();
    await tx
      .insert(familyKeys)
      .values({
        familyId,
        wrappedKey: wrapDataKey(keyring, newDataKey(), familyId),
        masterKeyId: keyring.currentKeyId,
      })
      .onConflictDoNothing();
    [row] = await tx.select().from(familyKeys).where(eq(familyKeys.familyId, familyId)).limit(1);
  }
  const cacheKey = `${familyId}:${row!.wrappedKey}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const dek = unwrapDataKey(masterKeyring(), row!.wrappedKey, familyId);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(cacheKey, dek);
  return dek;
}

/** Encrypts one field of one row for a family (P5, P6, P10). */
export async function sealField(tx: Db, context: FieldContext, plaintext: string): Promise<string> {
  return encryptField(await familyDataKey(tx, context.familyId), plaintext, context);
}

export async function openField(tx: Db, context: FieldContext, ciphertext: string): Promise<string> {
  return decryptField(await familyDataKey(tx, context.familyId), ciphertext, context);
}

/**
 * Key rotation without downtime: put the new master key first in HEARTH_MASTER_KEYS (keeping
 * the old one listed), run this, then drop the old key. Only the wrapped data keys change;
 * no data ciphertext is touched. Returns how many keys remain under a retired master key
 * (zero after a complete run).
 */
export async function rotateFamilyKeys(
  db: Db,
): Promise<{ rewrapped: number; remainingUnderRetired: number }> {
  const keyring = masterKeyring();
  let rewrapped = 0;
  await withSystem(db, async (tx) => {
    const stale = await tx
      .select()
      .from(familyKeys)
      .where(ne(familyKeys.masterKeyId, keyring.currentKeyId))
      .for("update");
    for (const row of stale) {
      const next = rewrapDataKey(keyring, row.wrappedKey, row.familyId);
      await tx
        .update(familyKeys)
        .set({ wrappedKey: next, masterKeyId: wrappedKeyId(next), rotatedAt: sql`now()` })
        .where(eq(familyKeys.familyId, row.familyId));
      rewrapped++;
    }
  });
  return { rewrapped, remainingUnderRetired: await countUnderRetiredKeys(db) };
}

export async function countUnderRetiredKeys(db: Db): Promise<number> {
  const current = masterKeyring().currentKeyId;
  const rows = await withSystem(db, (tx) =>
    tx.select({ id: familyKeys.familyId }).from(familyKeys).where(ne(familyKeys.masterKeyId, current)),
  );
  return rows.length;
}
