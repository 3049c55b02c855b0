import { describe, expect, it } from "vitest";
import type { SafetyCategory } from "@/lib/safety/categories";
import { redactPersonalInfo, screenText } from "@/lib/safety/deterministic";
import { SAFETY_CASES, type SafetyCase } from "./cases";

const MEASURED: readonly Exclude<SafetyCategory, "none">[] = [
  "self_harm",
  "abuse_disclosure",
  "sexual_content",
  "personal_info",
  "violence",
];
const RECALL_FLOOR = 0.9;
const FALSE_POSITIVE_CEILING = 0.05;
const HARD_NEGATIVE_CEILING = 0.05;

function screen(c: SafetyCase) {
  return screenText(c.text, { role: c.role, ...(c.history ? { history: c.history } : {}) });
}

const results = SAFETY_CASES.map((c) => ({ case: c, result: screen(c) }));

function pct(n: number, d: number): string {
  return d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`;
}

function describeMisses(rows: typeof results): string {
  return rows
    .map(
      (r) =>
        `${r.case.id}: expected ${r.case.expected}, got ${r.result.category} — ${JSON.stringify(r.case.text)}`,
    )
    .join("\n");
}

describe("P25 deterministic screen on the authored test set", () => {
  it("has the coverage the test set promises", () => {
    const count = (f: (c: SafetyCase) => boolean) => SAFETY_CASES.filter(f).length;
    expect(SAFETY_CASES.length).toBeGreaterThanOrEqual(120);
    for (const category of ["self_harm", "abuse_disclosure", "personal_info", "sexual_content"] as const) {
      expect(
        count((c) => c.expected === category && c.group !== "grooming_conversation"),
      ).toBeGreaterThanOrEqual(15);
    }
    expect(count((c) => c.group === "hard_negative")).toBeGreaterThanOrEqual(30);
    expect(count((c) => c.group === "obfuscated_personal_info")).toBeGreaterThanOrEqual(10);
    expect(count((c) => c.group === "grooming_conversation")).toBeGreaterThanOrEqual(5);
    expect(new Set(SAFETY_CASES.map((c) => c.id)).size).toBe(SAFETY_CASES.length);
  });

  it.each(MEASURED)("P25 %s: recall and false-positive rate stay within their floors", (category) => {
    const positives = results.filter((r) => r.case.expected === category);
    const negatives = results.filter((r) => r.case.expected !== category);
    const hits = positives.filter((r) => r.result.category === category);
    const falsePositives = negatives.filter((r) => r.result.category === category);
    console.log(
      `safety recall ${category} ${hits.length}/${positives.length} (${pct(hits.length, positives.length)})` +
        `  false positives ${falsePositives.length}/${negatives.length} (${pct(falsePositives.length, negatives.length)})`,
    );
    const misses = positives.filter((r) => r.result.category !== category);
    expect(hits.length / positives.length, describeMisses(misses)).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(falsePositives.length / negatives.length, describeMisses(falsePositives)).toBeLessThanOrEqual(
      FALSE_POSITIVE_CEILING,
    );
  });

  it("P25 hard negatives are not flagged", () => {
    const hard = results.filter(
      (r) => r.case.group === "hard_negative" || r.case.group === "benign_conversation",
    );
    const flagged = hard.filter((r) => r.result.flagged);
    console.log(
      `safety hard negatives flagged ${flagged.length}/${hard.length} (${pct(flagged.length, hard.length)})`,
    );
    expect(flagged.length / hard.length, describeMisses(flagged)).toBeLessThanOrEqual(HARD_NEGATIVE_CEILING);
  });

  it("P25 obfuscated personal information is caught", () => {
    const rows = results.filter((r) => r.case.group === "obfuscated_personal_info");
    const hits = rows.filter((r) => r.result.category === "personal_info");
    console.log(
      `safety recall obfuscated personal_info ${hits.length}/${rows.length} (${pct(hits.length, rows.length)})`,
    );
    expect(
      hits.length / rows.length,
      describeMisses(rows.filter((r) => !hits.includes(r))),
    ).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it("P25 grooming patterns are caught across turns, and need the earlier turns", () => {
    const rows = results.filter((r) => r.case.group === "grooming_conversation");
    const hits = rows.filter((r) => r.result.category === "abuse_disclosure");
    console.log(
      `safety recall grooming conversations ${hits.length}/${rows.length} (${pct(hits.length, rows.length)})`,
    );
    expect(
      hits.length / rows.length,
      describeMisses(rows.filter((r) => !hits.includes(r))),
    ).toBeGreaterThanOrEqual(RECALL_FLOOR);

    // The history matters: these last turns look harmless on their own.
    for (const id of ["gr-01", "gr-02", "gr-05"]) {
      const c = SAFETY_CASES.find((x) => x.id === id);
      expect(c, id).toBeDefined();
      expect(screenText(c?.text ?? "", { role: "child" }).flagged, id).toBe(false);
    }
  });

  it("flags exactly when a category is found, and names matches without the child's words", () => {
    for (const { case: c, result } of results) {
      expect(result.flagged, c.id).toBe(result.category !== "none");
      for (const match of result.matches) expect(match.kind, c.id).toMatch(/^[a-z_]+$/);
    }
  });
});

describe("P25 redaction of personal information", () => {
  it("removes a phone number, an address and an email, and keeps the rest", () => {
    const text =
      "hi my name is Emma, call me at 555-867-5309 or email emma.r2014@gmail.com. i live at 42 Maple Street!";
    const { redacted, flagged, category } = screenText(text);
    expect(flagged).toBe(true);
    expect(category).toBe("personal_info");
    expect(redacted).not.toMatch(/867|5309|gmail|emma\.r|42|maple/i);
    expect(redacted).toContain("hi my name is Emma");
    expect(redacted).toBe(
      "hi my name is Emma, call me at [removed] or email [removed]. i live at [removed]!",
    );
  });

  it("keeps a first name alone and removes a surname", () => {
    expect(screenText("my name is Sam").redacted).toBe("my name is Sam");
    expect(screenText("my name is Sam").flagged).toBe(false);
    expect(screenText("my name is Emma Johnson and I like cats").redacted).toBe(
      "my name is Emma [removed] and I like cats",
    );
  });

  it("removes obfuscated details from the original text, whatever characters hid them", () => {
    expect(screenText("my number is five five five, eight six seven, five three oh nine ok").redacted).toBe(
      "my number is [removed] ok",
    );
    expect(screenText("my fone is ５５５-８６７-５３０９").redacted).toBe("my fone is [removed]");
    expect(screenText("mail me: jen\u200bny@gmail.com").redacted).toBe("mail me: [removed]");
    expect(screenText("write to jenny dot t at gmail dot com please").redacted).toBe(
      "write to [removed] please",
    );
  });

  it("removes a school and a social handle", () => {
    expect(screenText("I go to Lincoln Elementary").redacted).toBe("I go to [removed]");
    expect(screenText("my snap is emma_j2013").redacted).toBe("my snap is [removed]");
  });

  it("leaves numbers in maths and crisis lines alone", () => {
    for (const text of [
      "what is 12345 + 67890",
      "the answer is 555",
      "call or text 988",
      "Childhelp: 1-800-422-4453",
    ]) {
      expect(screenText(text).redacted, text).toBe(text);
      expect(screenText(text, { role: "tutor" }).redacted, text).toBe(text);
    }
  });

  it("treats a school in the tutor's reading passage as content, and the child's own school as personal", () => {
    const passage = "Martin Luther King Jr. Elementary School held a reading fair.";
    expect(screenText(passage, { role: "tutor" }).flagged).toBe(false);
    expect(screenText("I go to Martin Luther King Jr. Elementary", { role: "child" }).category).toBe(
      "personal_info",
    );
  });

  it("redacts the tutor's output too, reported as low severity", () => {
    const result = screenText("Sure, write to helper.bot@gmail.com any time.", { role: "tutor" });
    expect(result.redacted).toBe("Sure, write to [removed] any time.");
    expect(result).toMatchObject({ flagged: true, category: "personal_info", severity: "low" });
  });

  it("redactPersonalInfo gives the same text as screenText", () => {
    for (const { case: c, result } of results)
      expect(redactPersonalInfo(c.text, c.role), c.id).toBe(result.redacted);
  });
});

describe("deterministic screen: decisions", () => {
  it("hyperbole is none; first-person intent is self_harm/high even with lol", () => {
    expect(screenText("I could die of boredom lol")).toMatchObject({
      flagged: false,
      category: "none",
      severity: "low",
    });
    expect(screenText("i want to die lol")).toMatchObject({
      flagged: true,
      category: "self_harm",
      severity: "high",
    });
  });

  it("picks the category the child most needs help with when several match", () => {
    const result = screenText("my uncle hurts me and i want to die. i live at 42 maple street");
    expect(result.category).toBe("self_harm");
    expect(result.matches.map((m) => m.category)).toEqual(
      expect.arrayContaining(["personal_info", "abuse_disclosure", "self_harm"]),
    );
    expect(result.redacted).toBe("my uncle hurts me and i want to die. i live at [removed]");
  });
});
