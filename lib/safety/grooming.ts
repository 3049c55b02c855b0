import "server-only";
import type { ScreenRole, Severity } from "./categories";

/** Grooming rules read the uncollapsed phrase view: collapsed, "meet" and "met" are one word. */
function phrase(source: string): RegExp {
  return new RegExp(source);
}

/**
 * Grooming shows as a pattern across a conversation more than in any one message: a request for
 * secrecy, for photos, to meet, to move to another app, flattery and isolation, gifts. One signal
 * alone is usually innocent ("can you keep a secret? I made Mum a card"), so a child's message is
 * flagged when it completes a pattern of two different signals (with earlier turns), or when it
 * reports a signal from someone met online or a stranger. The tutor never has a reason to send
 * any of them, so one is enough in its output.
 *
 * Reported as category `abuse_disclosure` with kind `grooming_<signal>` (see categories.ts).
 */

export type GroomingSignal =
  | "secrecy"
  | "photo_request"
  | "meeting"
  | "move_app"
  | "flattery_isolation"
  | "gifts";

const APPS =
  "(?:snap|snapchat|insta|instagram|discord|whatsapp|telegram|kik|tiktok|signal|wechat|facetime|skype|messenger)";

const SIGNALS: Record<GroomingSignal, RegExp> = {
  secrecy: phrase(
    [
      "\\b(?:dont|do not|never|dont ever) tell (?:your|ur|anyone|anybody|no one|nobody)(?: (?:parents|mom|dad|mum|family|teacher|friends))?\\b",
      "\\bkeep (?:this|it|that|us|our (?:chats|talks|conversations|friendship)) (?:a |our )?(?:secret|private|between us)\\b",
      "\\bour (?:little |special )?secret\\b",
      "\\bbetween (?:you and me|me and you)\\b",
      "\\bdelete (?:this|our|these|the|those|your) (?:chat|chats|messages|conversation|conversations|texts|dms)\\b",
      "\\b(?:your|ur|my) parents (?:wouldnt|would not|dont|do not|wont|will not) (?:understand|get it|approve)\\b",
      "\\bno one (?:needs|has|have) to know\\b",
      "\\b(?:shouldnt|should not|cant|can not|cannot|must not|not to|not|never to|never) tell (?:your |ur |my )?(?:parents|mom|dad|mum|family)\\b",
    ].join("|"),
  ),
  photo_request: phrase(
    [
      "\\b(?:send|sending)(?: (?:me|him|her|them|us))?(?: (?:a|some|more|another))? (?:pic|pics|picture|pictures|photo|photos|selfie|selfies|snap|snaps|video|videos)\\b(?! of (?:your|my|the|our) (?:homework|work|project|drawing|art|worksheet|answer|math))",
      "\\bwhat do you look like\\b",
      "\\b(?:asked|asks|wants to know|wanted to know) (?:me )?what i look like\\b",
      "\\b(?:pic|pics|picture|pictures|photo|photos|selfie|selfies) of (?:me|myself|my self)\\b(?! (?:and|with) my (?:family|dog|cat|mom|dad))",
      "\\bshow me (?:yourself|your face|your body|what you look like)\\b",
      "\\bturn on (?:your |ur )?(?:camera|cam|webcam)\\b",
      "\\bcan i see (?:you|your face)\\b",
      "\\b(?:pics?|pictures?|photos?) of (?:you|yourself|urself)\\b",
      "\\b(?:asked|asks|wants|wanted|keeps asking|begged) (?:me )?(?:to send|for) (?:a |some |more )?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies)\\b",
    ].join("|"),
  ),
  meeting: phrase(
    [
      "(?<!\\b(?:nice|great|good|pleased|glad|happy|lovely|wonderful|excited) to )\\b(?:meet|meeting) (?:me|up|you|him|her)\\b(?! (?:in|on) (?:the )?(?:game|minecraft|roblox|fortnite|lobby|server))",
      "\\blets meet\\b",
      "\\bwe should meet\\b",
      "\\bcome over\\b(?! here)",
      "\\bpick you up\\b",
      "\\bwhere do you live\\b",
      "\\bwhat(?:s| is) your address\\b",
      "\\b(?:meet|see|hang out|hangout|chill|play) (?:\\w+ )?(?:in person|irl|in real life)\\b",
    ].join("|"),
  ),
  move_app: phrase(
    [
      `\\b(?:add|message|text|dm|call|find|follow|talk to|chat with|hit) (?:me|him|her|us) (?:up )?on (?:${APPS}|roblox|xbox)\\b`,
      `\\b(?:video ?call|voice ?call|facetime|call|voice chat|vc|dm|message|text|talk|chat)(?: (?:me|him|her|us|them))? (?:on|over|in|through) ${APPS}\\b`,
      `\\b(?:do you have|do u have|if i have|if you have|if u have|got|whats your|what is your|are you on|you on) (?:a |an )?${APPS}\\b`,
      `\\b(?:lets|can we|we should|should we|wanna) (?:talk|chat|move|go|switch|continue)(?: this)? (?:on|to|over to|in) (?:${APPS}|a private chat|private chat|private|dms|somewhere (?:else|private))\\b`,
      "\\b(?:somewhere|someplace) (?:more )?private\\b",
      "\\bprivate chat\\b",
    ].join("|"),
  ),
  flattery_isolation: phrase(
    [
      "\\b(?:youre|you are|ur|u r) (?:so |really |very |super )?mature\\b",
      "\\bmature for (?:your|my|ur|her|his) age\\b",
      "\\b(?:prettier|cuter|smarter|hotter|more mature|more grown up|older) than (?:other |most )?(?:girls|boys|kids|people) (?:your|my|ur|her|his) age\\b",
      "\\bonly (?:one|person) who (?:really )?(?:understands|gets) (?:you|me)\\b",
      "\\bnobody understands (?:you|me) like\\b",
      "\\bare (?:you|u) (?:home )?alone\\b",
      "\\b(?:are|r|if) (?:your|ur|my) parents (?:are |r )?(?:home|around|there|watching|awake)\\b",
      "\\bis (?:anyone|any one|anybody) (?:else )?(?:home|around|watching|with you)\\b",
      "\\bdo (?:your|ur) parents (?:check|read|look at|see) (?:your|ur)\\b",
      "\\bspecial friends?\\b",
    ].join("|"),
  ),
  gifts: phrase(
    [
      "\\b(?:ill|i will|i can|i could|he will|he said he would|he said hed|hell|he ll|she will|shell) (?:give|buy|send|get) (?:you|u|me) (?:free )?(?:robux|vbucks|v bucks|gift card|gift cards|a gift|money|skins|a present|presents)\\b",
      "\\bfree (?:robux|vbucks|v bucks)\\b",
      "\\b(?:gave|gives|give|sent|sends|bought|buys) (?:me|you|u) (?:free |some |a lot of |lots of )?(?:robux|vbucks|v bucks|gift cards?|skins|money)\\b",
    ].join("|"),
  ),
};

/** A surprise for someone is the one good reason children keep secrets. */
const SURPRISE = phrase("\\b(?:surprise|birthday|present|gift|party|christmas)\\b");

/** Someone else, met online or a stranger: a signal they send is reported, not just mentioned. */
const THIRD_PERSON = phrase(
  "\\b(?:he|she|they|him|her|them|someone|somebody|some ?one|this (?:guy|man|person|girl|boy|lady|kid)|a (?:guy|man|person|lady|woman|stranger|boy|girl|kid))\\b",
);
const ONLINE = phrase(
  "\\b(?:roblox|minecraft|fortnite|discord|snapchat|snap|instagram|insta|tiktok|youtube|xbox|playstation|among us|online|the internet|in game|in the game|a game|my game|chat room|chatroom)\\b",
);
const STRANGER = phrase(
  [
    "\\b(?:a|this|some|an|that) (?:man|guy|dude|stranger|grown ?up|adult|older (?:boy|girl|guy|kid|man)|lady|woman|person|player)\\b",
    "\\bsomeone i (?:met|dont know)\\b",
    "\\bstranger\\b",
  ].join("|"),
);

/**
 * Someone else asked the child for one of these, and that someone is a stranger or was met
 * online. Asking to move to an app names the app, so that alone does not make it "online".
 */
function isReported(current: string, now: ReadonlySet<GroomingSignal>): boolean {
  if (!THIRD_PERSON.test(current)) return false;
  if (STRANGER.test(current)) return true;
  const beyondApps = [...now].some((signal) => signal !== "move_app");
  return beyondApps && ONLINE.test(current);
}

export function groomingSignals(phraseText: string): Set<GroomingSignal> {
  const found = new Set<GroomingSignal>();
  for (const [signal, pattern] of Object.entries(SIGNALS) as [GroomingSignal, RegExp][]) {
    if (!pattern.test(phraseText)) continue;
    if (signal === "secrecy" && SURPRISE.test(phraseText)) continue;
    found.add(signal);
  }
  return found;
}

export interface GroomingFinding {
  kind: `grooming_${GroomingSignal}` | "grooming_pattern" | "grooming_reported";
  severity: Severity;
}

export function assessGrooming(
  current: string,
  role: ScreenRole,
  history: readonly string[],
): GroomingFinding[] {
  const now = groomingSignals(current);
  if (now.size === 0) return [];

  if (role === "tutor") {
    return [...now].map((signal) => ({
      kind: `grooming_${signal}` as const,
      severity: signal === "photo_request" ? "medium" : "high",
    }));
  }

  if (isReported(current, now)) return [{ kind: "grooming_reported", severity: "high" }];
  if (now.size >= 2) return [{ kind: "grooming_pattern", severity: "high" }];

  const seen = new Set(now);
  for (const turn of history) for (const signal of groomingSignals(turn)) seen.add(signal);
  return seen.size >= 2 ? [{ kind: "grooming_pattern", severity: "high" }] : [];
}
