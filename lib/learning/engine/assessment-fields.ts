import type { z } from "zod";
import type { Db } from "@/db/types";
import { openField, sealField } from "@/lib/crypto/family-keys";

/**
 * Assessment state and results are JSON, encrypted (P5) and bound to their row and column.
 * The table and column names are part of each ciphertext's binding: never rename them.
 */
export const ASSESSMENTS_TABLE = "assessments";
export const STATE_COLUMN = "state_enc";
export const RESULT_COLUMN = "result_enc";

type Column = typeof STATE_COLUMN | typeof RESULT_COLUMN;
type Where = { rowId: string; familyId: string; column: Column };

function context(where: Where) {
  return { table: ASSESSMENTS_TABLE, column: where.column, rowId: where.rowId, familyId: where.familyId };
}

export function sealAssessmentJson(tx: Db, where: Where, value: unknown): Promise<string> {
  return sealField(tx, context(where), JSON.stringify(value));
}

/** Decrypts and validates; null when the value cannot be opened or no longer fits its schema. */
export async function openAssessmentJson<T>(
  tx: Db,
  where: Where,
  ciphertext: string,
  schema: z.ZodType<T>,
): Promise<T | null> {
  try {
    const parsed = schema.safeParse(JSON.parse(await openField(tx, context(where), ciphertext)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
