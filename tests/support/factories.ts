import { families } from "@/db/schema";
import type { Db } from "@/db/types";
import { generateFamilyCode } from "@/lib/family/family-code";

export async function createFamily(db: Db) {
  const [family] = await db.insert(families).values({ code: generateFamilyCode() }).returning();
  return family!;
}
