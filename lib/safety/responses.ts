import "server-only";
import type { FlaggedCategory, ScreenRole } from "./categories";

/**
 * What the child sees instead of the tutor's reply when an exchange is flagged (P25): calm,
 * kind, short, never blaming, in words for their age band. Crisis lines are US services (Hearth
 * serves US homeschool families): 988 Suicide & Crisis Lifeline, Childhelp National Child Abuse
 * Hotline, 911.
 *
 * For abuse the child is pointed to "a grown-up you trust, like a teacher or school counselor"
 * rather than "your parent": the person hurting them may be a parent.
 */

/** Same values as the age band derived from the birth year (PRODUCT.md §4.1; unknown → under_13). */
export type AgeBand = "under_13" | "13_to_15" | "16_to_17";

export interface HelpResource {
  name: string;
  /** How to reach it, in words a child can follow ("Call or text 988"). */
  action: string;
  /** A `tel:`/`sms:` link for a tappable button. */
  href: string;
}

export interface SafetyResponse {
  message: string;
  resources: HelpResource[];
}

const LIFELINE: HelpResource = {
  name: "988 Suicide & Crisis Lifeline",
  action: "Call or text 988",
  href: "tel:988",
};
const CHILDHELP: HelpResource = {
  name: "Childhelp National Child Abuse Hotline",
  action: "Call or text 1-800-422-4453",
  href: "tel:+18004224453",
};
const EMERGENCY: HelpResource = {
  name: "Emergency services",
  action: "Call 911 if you are in danger right now",
  href: "tel:911",
};

type Messages = Record<AgeBand, string>;

const CHILD_MESSAGES: Record<FlaggedCategory, Messages> = {
  self_harm: {
    under_13:
      "I'm really glad you told me. Your feelings matter, and you don't have to handle this alone. Please tell a grown-up you trust right now, like a parent, a teacher or a school counselor. You can also call or text 988 any time, day or night, to talk to someone kind who can help.",
    "13_to_15":
      "Thank you for telling me. It sounds like things are really hard right now, and you deserve support. Please reach out to a trusted adult today, like a parent, a school counselor or a teacher. You can call or text 988, the Suicide & Crisis Lifeline, any time. If you are in danger right now, call 911.",
    "16_to_17":
      "Thank you for telling me. What you're going through sounds really painful, and you don't have to face it alone. Please talk to a trusted adult today. You can call or text 988, the Suicide & Crisis Lifeline, any time, 24/7. If you might act on these thoughts, call 911 or go to the nearest emergency room.",
  },
  abuse_disclosure: {
    under_13:
      "Thank you for telling me. It is not your fault, and you are not in trouble. Nobody is allowed to hurt you or make you keep secrets that feel bad. Please tell a grown-up you trust, like a teacher, a school counselor or another family member. You can also call Childhelp at 1-800-422-4453. They help kids every day, any time.",
    "13_to_15":
      "Thank you for trusting me with this. It is not your fault. Nobody has the right to hurt you or pressure you into secrets. Please tell an adult you trust, like a teacher or school counselor. You can call or text Childhelp at 1-800-422-4453, any time. If you are in danger right now, call 911.",
    "16_to_17":
      "Thank you for telling me. What you described is not okay, and it is not your fault. Please reach out to an adult you trust, like a teacher or school counselor. You can call or text Childhelp at 1-800-422-4453, any time, and they can help you think through what to do. If you are in danger right now, call 911.",
  },
  sexual_content: {
    under_13:
      "That's not something I can talk about here. If you saw or heard something that made you feel confused or uncomfortable, it's a good idea to tell a grown-up you trust. Shall we get back to your lesson?",
    "13_to_15":
      "I can't help with that topic here. If something you saw, or someone you talked to, made you uncomfortable, talking to an adult you trust can really help. Want to get back to your lesson?",
    "16_to_17":
      "That's outside what I can help with here. If something online or someone you know made you uncomfortable, a trusted adult can help. Let's get back to your work when you're ready.",
  },
  personal_info: {
    under_13:
      "Let's keep personal things like your address, phone number, school or full name private. I don't need them to help you learn, so I left them out. Your first name is fine! Now, where were we?",
    "13_to_15":
      "Quick reminder: keep personal details like your address, phone number, school or full name private online. I don't need them to help you, so I left them out. Let's keep going!",
    "16_to_17":
      "Heads up: it's safest to keep details like your address, phone number, school or full name private online. I left them out, since I don't need them to help you. Let's carry on.",
  },
  violence: {
    under_13:
      "It sounds like you might be having some really big feelings. If you or someone else could get hurt, please tell a grown-up you trust right away. If someone is in danger right now, call 911.",
    "13_to_15":
      "It sounds like something serious is going on. If you or someone else might get hurt, please talk to a trusted adult right away. If anyone is in danger right now, call 911.",
    "16_to_17":
      "That sounds serious. If you or someone else might get hurt, please talk to a trusted adult now, and if anyone is in danger right now, call 911.",
  },
};

/** When the tutor's own reply was flagged: it is hidden, and the fault is the tutor's. */
const TUTOR_FLAGGED: Messages = {
  under_13:
    "Oops! I wrote something that wasn't right for our lesson, so I hid it. That's my mistake, not yours. Let's keep going!",
  "13_to_15":
    "I wrote something that wasn't appropriate, so I've hidden it. That's on me, not you. Let's get back to your lesson.",
  "16_to_17":
    "My last reply wasn't appropriate, so it's been hidden. That was my mistake. Let's get back to your work.",
};

/** When screening could not run (the provider failed): nothing was shown, and nothing is wrong. */
const UNAVAILABLE: Messages = {
  under_13: "I need a little moment before I can answer. Let's try again in a bit!",
  "13_to_15": "I can't answer just now. Please try again in a moment.",
  "16_to_17": "I can't answer right now. Please try again in a moment.",
};

function resourcesFor(category: FlaggedCategory): HelpResource[] {
  switch (category) {
    case "self_harm":
      return [LIFELINE, EMERGENCY];
    case "abuse_disclosure":
      return [CHILDHELP, EMERGENCY];
    case "violence":
      return [EMERGENCY];
    case "sexual_content":
    case "personal_info":
      return [];
  }
}

/**
 * The reply to show the child.
 * @param category what was flagged, or "unknown" when screening was unavailable (fail closed)
 * @param source whose text was flagged: the child's message, or the tutor's reply
 */
export function safetyResponse(
  category: FlaggedCategory | "unknown",
  ageBand: AgeBand,
  source: ScreenRole = "child",
): SafetyResponse {
  if (category === "unknown") return { message: UNAVAILABLE[ageBand], resources: [] };
  if (source === "tutor") {
    // A tutor reply about self-harm or abuse may have left the child worried: keep the lines.
    const keep = category === "self_harm" || category === "abuse_disclosure";
    return { message: TUTOR_FLAGGED[ageBand], resources: keep ? resourcesFor(category) : [] };
  }
  return { message: CHILD_MESSAGES[category][ageBand], resources: resourcesFor(category) };
}
