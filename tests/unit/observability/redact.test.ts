import { describe, expect, it } from "vitest";
import { formatFamilyCode, generateFamilyCode } from "@/lib/family/family-code";
import {
  describeError,
  isSensitiveKey,
  MAX_TEXT_LENGTH,
  redactText,
  redactValue,
  stripUrlQuery,
} from "@/lib/observability/redact";

describe("P9 redactText removes what looks like personal data or a secret", () => {
  it.each([
    ["an email", "reset sent to emma.smith+kids@example.co.uk today", "emma.smith"],
    [
      "a bearer token",
      "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
      "eyJhbGciOiJIUzI1NiJ9",
    ],
    ["a basic credential", "header Basic ZW1tYTpodW50ZXIy was refused", "ZW1tYTpodW50ZXIy"],
    [
      "a session token",
      "session Xk3_9fQ2mZ8pL1vN7bR4tY6wE0uI5oA2sD8f expired",
      "Xk3_9fQ2mZ8pL1vN7bR4tY6wE0uI5oA2sD8f",
    ],
    [
      "a hex token",
      "hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "9f86d081884c7d659a2f",
    ],
    ["a base64 key", "key 3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= here", "3q2+7w"],
    ["a PIN after the word pin", "Child entered PIN 4821 three times", "4821"],
    ["a PIN in JSON", '{"pin":"482193"}', "482193"],
    ["a PIN in camelCase", "childPin=9876;", "9876"],
    ["a PIN after 'is'", "her pin is 7391", "7391"],
    ["a US phone number", "call (555) 010-9999 now", "010-9999"],
    ["an international phone number", "call +44 20 7946 0958 now", "7946 0958"],
    ["a bare phone number", "text 5550109999", "5550109999"],
    ["a grouped family code", "family code K7Q-M3X-PR9 not found", "K7Q-M3X-PR9"],
    ["a long-form family code", "code K7QM-3XPR-9HT2 locked", "K7QM-3XPR-9HT2"],
    ["a compact family code", "lookup K7QM3XPR9 failed", "K7QM3XPR9"],
    ["a spaced family code", "typed K7Q M3X PR9", "K7Q M3X PR9"],
    ["a secret assignment", "password=hunter2 rejected", "hunter2"],
    ["an api key assignment", "api_key: sk-live-abc rejected", "sk-live-abc"],
    ["a query string", "GET https://hearth.app/learn?code=abc&child=emma#x", "child=emma"],
    ["a relative URL's query", "fetch /api/tutor?draft=hello failed", "draft=hello"],
  ])("redacts %s", (_what, input, secret) => {
    const output = redactText(input);
    expect(output).not.toContain(secret);
    expect(output).toMatch(/\[redacted-|https:\/\/hearth\.app\/learn|\/api\/tutor/);
  });

  it("redacts every family code the product can issue, in every written form", () => {
    for (let i = 0; i < 500; i++) {
      const code = generateFamilyCode();
      const grouped = formatFamilyCode(code);
      for (const written of [code, grouped, grouped.replaceAll("-", " ")]) {
        expect(redactText(`code ${written}.`)).not.toContain(written);
      }
    }
  });

  it.each([
    "/children/550e8400-e29b-41d4-a716-446655440000/transcripts failed",
    "at Object.<anonymous> (/app/node_modules/next/dist/server/app-render/app-render.js:12:34)",
    "Error at 2024-01-15T10:20:30.123Z took 1234 ms on 127.0.0.1:5432",
    "ECONNREFUSED ERR_INVALID_ARG_TYPE",
    "The opinion of the spinning top",
    "Skill math.k.count.3 mastered after 12 attempts",
  ])("keeps text that holds no personal data: %s", (input) => {
    expect(redactText(input)).toBe(input);
  });
});

describe("redactText on very long input", () => {
  it("cuts it to MAX_TEXT_LENGTH, saying how much was cut, and still redacts what is kept", () => {
    const long = `PIN 4821 ${"a ".repeat(MAX_TEXT_LENGTH)}`;
    const out = redactText(long);
    expect(out.length).toBeLessThan(MAX_TEXT_LENGTH + 64);
    expect(out).toMatch(/…\[truncated \d+ characters\]$/);
    expect(out).not.toContain("4821");
  });
});

describe("stripUrlQuery", () => {
  it.each([
    ["https://h.app/a/b?x=1#y", "https://h.app/a/b"],
    ["/learn?code=1", "/learn"],
    ["/learn#token=abc", "/learn"],
    ["/learn", "/learn"],
    ["", ""],
  ])("%s → %s", (input, output) => {
    expect(stripUrlQuery(input)).toBe(output);
  });
});

describe("P9 sensitive field names", () => {
  it.each([
    "name",
    "firstName",
    "first_name",
    "FIRST-NAME",
    "childFirstName",
    "pin",
    "pinHash",
    "token",
    "accessToken",
    "password",
    "email",
    "parentEmail",
    "familyCode",
    "family_code",
    "message",
    "content",
    "text",
    "body",
    "cookie",
    "Cookie",
    "authorization",
    "prompt",
    "ip",
    "ipAddress",
  ])("%s is sensitive", (key) => {
    expect(isSensitiveKey(key)).toBe(true);
  });

  it.each([
    "childId",
    "familyId",
    "skillId",
    "route",
    "status",
    "durationMs",
    "error",
    "level",
    "count",
    "context",
    "pathname",
    "zip",
  ])("%s is not", (key) => {
    expect(isSensitiveKey(key)).toBe(false);
  });
});

describe("P9 redactValue", () => {
  it("redacts by key at any depth and by pattern in every kept string", () => {
    const out = redactValue({
      childId: "c-1",
      child: { firstName: "Zephyrine", profile: { pin: 4821 } },
      messages: [{ content: "hi" }],
      list: [{ name: "Zephyrine" }, "reach me at a@b.co"],
      note: "PIN 4821",
    });
    expect(out).toEqual({
      childId: "c-1",
      child: { firstName: "[redacted]", profile: { pin: "[redacted]" } },
      messages: "[redacted]",
      list: [{ name: "[redacted]" }, "reach me at [redacted-email]"],
      note: "PIN [redacted-pin]",
    });
  });

  it("copes with cycles, depth, binary, dates, bigints and functions", () => {
    const cyclic: Record<string, unknown> = { id: 1 };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    const out = redactValue({
      cyclic,
      deep,
      bytes: Buffer.from("Zephyrine"),
      when: new Date("2025-01-02T03:04:05Z"),
      big: 10n,
      fn: () => "x",
    }) as Record<string, unknown>;
    expect(out.cyclic).toEqual({ id: 1, self: "[circular]" });
    expect(JSON.stringify(out.deep)).toContain("[truncated]");
    expect(out.bytes).toBe("[binary]");
    expect(out.when).toBe("2025-01-02T03:04:05.000Z");
    expect(out.big).toBe("10");
    expect("fn" in out).toBe(false);
  });
});

describe("P9 describeError", () => {
  it("keeps name, code and stack frames, redacts the message, and drops the stack's message line", () => {
    const error = Object.assign(new Error("PIN 4821 rejected for zephyrine@example.com"), { code: "E_PIN" });
    const described = describeError(error);
    expect(described.name).toBe("Error");
    expect(described.code).toBe("E_PIN");
    expect(described.message).toBe("PIN [redacted-pin] rejected for [redacted-email]");
    expect(described.stack).toMatch(/^at /);
    expect(JSON.stringify(described)).not.toContain("4821");
    expect(JSON.stringify(described)).not.toContain("zephyrine@");
  });

  it("describes the cause too", () => {
    const error = new Error("outer", { cause: new Error("token=abc123secret") });
    expect(JSON.stringify(describeError(error))).not.toContain("abc123secret");
  });
});

describe("row ids survive redaction", () => {
  it("keeps UUIDs whole in free text, while still redacting a phone number beside them", () => {
    const id = "7011339f-7285-4c33-9d41-c7dc2ac290b2";
    const out = redactText(`child message ${id} failed; call 555-010-9999`);
    expect(out).toContain(id);
    expect(out).not.toContain("555-010-9999");
  });
});
