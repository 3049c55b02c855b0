import { families } from "@/db/schema";
import type { Db } from "@/db/types";
import { createChild } from "@/lib/family/children";
import { generateFamilyCode } from "@/lib/family/family-code";
import { signUpLocalParent } from "@/lib/family/parents";

let sequence = 0;

/** A bare family row (no parent), for tests of tables below the family. */
export async function createFamily(db: Db) {
  const [family] = await db.insert(families).values({ code: generateFamilyCode() }).returning();
  return family!;
}

/** A parent signed up through the real domain function, with their new family. */
export async function createParent(db: Db, overrides: { email?: string; password?: string } = {}) {
  sequence += 1;
  const email = overrides.email ?? `parent${sequence}-${Date.now()}@example.test`;
  const password = overrides.password ?? "correct horse battery";
  const identity = await signUpLocalParent(db, { email, password });
  return { ...identity, password };
}

const PINS = ["3851", "4729", "6193", "5827", "7046", "9382"];
const NAMES = ["Ada", "Ben", "Cleo", "Dev", "Esme", "Finn", "Gus", "Hana", "Ines", "Jude", "Kai", "Lena"];

export async function createChildFor(
  db: Db,
  parent: { familyId: string; parentId: string },
  overrides: Partial<{
    firstName: string;
    pin: string;
    aiConsent: "yes" | "no";
    birthYear: number | null;
  }> = {},
) {
  sequence += 1;
  const pin = overrides.pin ?? PINS[sequence % PINS.length]!;
  const child = await createChild(
    db,
    { familyId: parent.familyId, actor: { type: "parent", id: parent.parentId } },
    {
      firstName:
        overrides.firstName ??
        `${NAMES[sequence % NAMES.length]}${"abcdefghij"[Math.floor(sequence / NAMES.length) % 10]}`,
      birthYear: overrides.birthYear === undefined ? 2016 : overrides.birthYear,
      learningStyle: "mixed",
      pin,
      aiConsent: overrides.aiConsent ?? "yes",
      shareFirstNameWithAi: true,
    },
  );
  return { ...child, pin };
}
