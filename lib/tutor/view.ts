import "server-only";
import { withFamily } from "@/db/tenant";
import type { Db } from "@/db/types";
import type { ChildIdentity } from "@/lib/auth/child-sign-in";
import { type AgeBand, ageBand } from "@/lib/learning/age";
import { CURRICULUM } from "@/lib/learning/curriculum";
import { getSkill } from "@/lib/learning/curriculum/graph";
import { findItem } from "@/lib/learning/engine/item-bank";
import type { SubjectId } from "@/lib/learning/types";
import type { TutorMode } from "./events";
import { subjectTitle } from "./service";
import { latestConversation, listMessages, loadTutorSettings } from "./store";

/**
 * What the child's tutor page shows when it opens: who answers (AI tutor or offline coach, and
 * why), the item on screen, and the latest conversation about it. Withdrawn tutor replies are
 * not shown again (their replacement is); the child's own messages always are.
 */

export interface ChatMessage {
  id: string;
  role: "child" | "tutor" | "coach" | "notice";
  text: string;
}

export interface TutorView {
  mode: TutorMode;
  /** Why the offline coach answers: the parent's choice, or no AI configured. */
  offlineReason: "no_consent" | "not_configured" | null;
  subject: SubjectId;
  subjectTitle: string;
  subjects: { id: SubjectId; title: string }[];
  skill: { id: string; title: string } | null;
  item: { id: string; prompt: string } | null;
  /** The link asked for a skill or question that does not exist. */
  unknownItem: boolean;
  conversationId: string | null;
  messages: ChatMessage[];
  ageBand: AgeBand;
  readAloud: boolean;
}

const SHOWN = 60;

function subjectOf(raw: string | undefined): SubjectId {
  return raw === "reading" || raw === "science" ? raw : "math";
}

export async function loadTutorView(
  db: Db,
  child: ChildIdentity,
  params: { subject?: string; skill?: string; item?: string; aiConfigured: boolean; now?: Date },
): Promise<TutorView> {
  const now = params.now ?? new Date();
  const skill = params.skill ? (getSkill(params.skill) ?? null) : null;
  const rawItem = params.item ? findItem(params.item) : null;
  const item = rawItem && (!skill || rawItem.skillId === skill.id) ? rawItem : null;
  const itemSkill = skill ?? (item ? (getSkill(item.skillId) ?? null) : null);
  const unknownItem = Boolean((params.skill && !skill) || (params.item && !item));
  const subject = itemSkill?.subject ?? subjectOf(params.subject);

  const mode: TutorMode = params.aiConfigured && child.aiConsent ? "ai" : "offline";
  const scope = { familyId: child.familyId, childId: child.childId };
  const { settings, conversationId, messages } = await withFamily(db, child.familyId, async (tx) => {
    const found = await latestConversation(tx, {
      ...scope,
      subject,
      skillId: itemSkill?.id ?? null,
      itemId: item?.id ?? null,
    });
    const stored = found
      ? await listMessages(tx, { familyId: child.familyId, conversationId: found.id, limit: SHOWN })
      : [];
    return {
      settings: await loadTutorSettings(tx, scope),
      conversationId: found?.id ?? null,
      messages: stored
        .filter((m) => m.role === "child" || !m.withdrawn)
        .map((m) => ({ id: m.id, role: m.role, text: m.text })),
    };
  });

  const band = ageBand(child.birthYear, now);
  return {
    mode,
    offlineReason: mode === "ai" ? null : child.aiConsent ? "not_configured" : "no_consent",
    subject,
    subjectTitle: subjectTitle(subject),
    subjects: CURRICULUM.subjects.map((s) => ({ id: s.id, title: s.title })),
    skill: itemSkill ? { id: itemSkill.id, title: itemSkill.title } : null,
    item: item ? { id: item.id, prompt: item.prompt } : null,
    unknownItem,
    conversationId,
    messages,
    ageBand: band,
    // Read-aloud is offered to younger children, and to any child whose parent switched it on.
    readAloud: settings.readAloud || band === "under_13",
  };
}
