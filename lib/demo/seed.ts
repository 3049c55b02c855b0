import { count } from "drizzle-orm";
import { parents } from "@/db/schema";
import { withSystem } from "@/db/tenant";
import type { Db } from "@/db/types";
import { env } from "@/lib/env";
import { createChild } from "@/lib/family/children";
import { getFamily } from "@/lib/family/families";
import { formatFamilyCode } from "@/lib/family/family-code";
import { signUpLocalParent } from "@/lib/family/parents";

/** The demo family that a fresh embedded install starts with, so the product can be tried at once. */
export const DEMO = {
  email: "parent@hearth.local",
  password: "hearth-demo-parent",
  children: [
    {
      firstName: "Ada",
      birthYear: 2017,
      learningStyle: "visual" as const,
      pin: "3851",
      aiConsent: "yes" as const,
    },
    {
      firstName: "Ben",
      birthYear: 2019,
      learningStyle: "hands_on" as const,
      pin: "4729",
      aiConsent: "no" as const,
    },
  ],
};

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await withSystem(db, (tx) => tx.select({ n: count() }).from(parents));
  return (row?.n ?? 0) === 0;
}

export async function seedDemo(db: Db): Promise<{ familyCode: string }> {
  const parent = await signUpLocalParent(db, {
    email: DEMO.email,
    password: DEMO.password,
    displayName: "Demo parent",
  });
  const scope = { familyId: parent.familyId, actor: { type: "system" as const, id: "demo-seed" } };
  for (const child of DEMO.children) {
    await createChild(db, scope, { ...child, shareFirstNameWithAi: true });
  }
  const family = await withSystem(db, (tx) => getFamily(tx, parent.familyId));
  return { familyCode: family!.code };
}

export function describeDemo(familyCode: string, origin = `http://localhost:${env().PORT}`): string {
  return [
    "Demo family created:",
    `  Parent sign-in  ${origin}/sign-in   ${DEMO.email} / ${DEMO.password}`,
    `  Child sign-in   ${origin}/learn     family code ${formatFamilyCode(familyCode)}`,
    ...DEMO.children.map((c) => `                  ${c.firstName}: PIN ${c.pin}`),
  ].join("\n");
}
