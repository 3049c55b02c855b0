import { describe, expect, it } from "vitest";
import { parseEventLines } from "@/lib/tutor/events";
import { nameRedactor, toModelMessages } from "@/lib/tutor/history";
import { estimateCostMicroUsd, priceOf } from "@/lib/tutor/pricing";
import { SentenceBuffer } from "@/lib/tutor/sentence-buffer";
import type { StoredMessage } from "@/lib/tutor/store";

describe("sentence buffer: text is released a whole sentence at a time", () => {
  it("holds text until a sentence ends, and keeps whitespace", () => {
    const b = new SentenceBuffer();
    expect(b.push("Good ")).toBe("");
    expect(b.push("thinking! What ")).toBe("Good thinking! ");
    expect(b.push("is $3.5 + 1$? Try")).toBe("What is $3.5 + 1$? ");
    expect(b.flush()).toBe("Try");
  });

  it("never cuts inside maths", () => {
    const b = new SentenceBuffer();
    expect(b.push("Look at $1. 5$ and ")).toBe("");
    expect(b.push("then. Next")).toBe("Look at $1. 5$ and then. ");
  });

  it("releases a long run-on at a word break", () => {
    const b = new SentenceBuffer();
    const long = `${"word ".repeat(70)}more`;
    const out = b.push(long);
    expect(out.length).toBeGreaterThan(200);
    expect(out + b.flush()).toBe(long);
  });
});

describe("P11 what the provider sees of the conversation", () => {
  const msg = (role: StoredMessage["role"], text: string, withdrawn = false): StoredMessage => ({
    id: `${role}-${text}`,
    role,
    text,
    withdrawn,
    status: "complete",
    createdAt: new Date(0),
  });

  it("P11 replaces siblings' first names (and the child's own when not shared)", () => {
    const redact = nameRedactor(["Thaddeus", "Will", "Zoë"]);
    expect(redact("thaddeus and Zoë helped me")).toBe("[name] and [name] helped me");
    expect(redact("I will ask Will")).toBe("I will ask [name]");
    expect(redact("Thaddeusville is a town")).toBe("Thaddeusville is a town");
  });

  it("drops withdrawn replies and notices, alternates turns and marks the cache point", () => {
    const turns = toModelMessages(
      [
        msg("tutor", "stray greeting"),
        msg("child", "hi"),
        msg("tutor", "The answer is 42.", true),
        msg("tutor", "Here's a hint."),
        msg("notice", "Let's keep personal things private."),
        msg("child", "ok"),
        msg("coach", "Try the tens."),
      ],
      "is it 40?",
      (t) => t,
    );
    expect(turns.map((t) => [t.role, t.content.map((c) => c.text).join("|")])).toEqual([
      ["user", "hi"],
      ["assistant", "Here's a hint."],
      ["user", "ok"],
      ["assistant", "Try the tens."],
      ["user", "is it 40?"],
    ]);
    expect(turns[3]!.content.at(-1)!.cache_control).toEqual({ type: "ephemeral" });
    expect(JSON.stringify(turns)).not.toContain("42");
  });
});

describe("P8 cost estimate", () => {
  it("prices models by family, cache reads and writes included", () => {
    expect(priceOf("claude-sonnet-4-5")).toMatchObject({ input: 3, output: 15 });
    expect(priceOf("claude-haiku-4-5-20251001")).toMatchObject({ input: 1, output: 5 });
    expect(
      estimateCostMicroUsd("claude-haiku-4-5", {
        inputTokens: 1000,
        outputTokens: 100,
        cacheWriteTokens: 2000,
        cacheReadTokens: 4000,
      }),
    ).toBe(1000 + 500 + 2500 + 400);
    // Unknown models are never under-reported.
    expect(priceOf("some-new-model").input).toBeGreaterThanOrEqual(priceOf("claude-sonnet-4-5").input);
  });
});

describe("tutor stream events", () => {
  it("parses complete lines and keeps the unfinished rest", () => {
    const { events, rest } = parseEventLines('{"type":"delta","text":"Hi"}\nnot json\n{"type":"do');
    expect(events).toEqual([{ type: "delta", text: "Hi" }]);
    expect(rest).toBe('{"type":"do');
  });
});
