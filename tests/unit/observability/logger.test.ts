import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { log } from "@/lib/observability/logger";

const CHILD_NAME = "Zephyrine";
const PIN = "739146";
const TOKEN = "Xk3_9fQ2mZ8pL1vN7bR4tY6wE0uI5oA2sD8fG1hJ3kL";
const FAMILY_CODE = "K7Q-M3X-PR9";
const CHAT = "my teacher is mean to me";

let stdout: string[];
let stderr: string[];

beforeEach(() => {
  stdout = [];
  stderr = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function lines(chunks: string[]): Record<string, unknown>[] {
  const text = chunks.join("");
  expect(text.endsWith("\n")).toBe(true);
  return text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function everything(): string {
  return [...stdout, ...stderr].join("");
}

function expectNoCanary(): void {
  const out = everything();
  for (const canary of [CHILD_NAME, PIN, TOKEN, FAMILY_CODE, "K7QM3XPR9", CHAT])
    expect(out).not.toContain(canary);
}

describe("P9 application logs never contain child names, PINs, messages or tokens", () => {
  it("redacts sensitive fields by name, at any depth and in any spelling", () => {
    log.info("child signed in", {
      childId: "c-1",
      firstName: CHILD_NAME,
      first_name: CHILD_NAME,
      pin: PIN,
      token: TOKEN,
      familyCode: FAMILY_CODE,
      family_code: "K7QM3XPR9",
      child: { name: CHILD_NAME, profile: { childFirstName: CHILD_NAME, pinHash: "$2b$12$abc" } },
      session: { accessToken: TOKEN },
      headers: { cookie: `s=${TOKEN}`, authorization: `Bearer ${TOKEN}` },
    });
    expectNoCanary();
    const [line] = lines(stdout);
    expect(line).toMatchObject({
      level: "info",
      msg: "child signed in",
      childId: "c-1",
      firstName: "[redacted]",
      first_name: "[redacted]",
      pin: "[redacted]",
      token: "[redacted]",
      familyCode: "[redacted]",
      child: { name: "[redacted]", profile: { childFirstName: "[redacted]", pinHash: "[redacted]" } },
      headers: { cookie: "[redacted]", authorization: "[redacted]" },
    });
  });

  it("never writes tutor messages, whatever the field is called", () => {
    log.info("tutor turn", {
      message: CHAT,
      content: CHAT,
      text: CHAT,
      body: CHAT,
      messages: [{ role: "user", content: CHAT }],
      request: { body: { message: CHAT } },
    });
    expectNoCanary();
  });

  it("redacts PINs, tokens, emails and family codes inside the message and any kept string", () => {
    log.warn(`PIN ${PIN} rejected for code ${FAMILY_CODE} using Bearer ${TOKEN}`, {
      detail: `retry with pin=${PIN} for zephyrine.parent@example.com`,
      url: `/learn?code=K7QM3XPR9&child=${CHILD_NAME}`,
      attempts: [`session ${TOKEN}`],
    });
    expectNoCanary();
    expect(everything()).not.toContain("zephyrine.parent@example.com");
    const [line] = lines(stderr);
    expect(line?.msg).toBe(
      "PIN [redacted-pin] rejected for code [redacted-code] using Bearer [redacted-token]",
    );
    expect(line?.url).toBe("/learn");
  });

  it("logs errors with name, code, redacted message and stack frames, never the raw message", () => {
    const cause = new Error(`token=${TOKEN}`);
    const error = Object.assign(new Error(`PIN ${PIN} is wrong for family ${FAMILY_CODE}`, { cause }), {
      code: "bad_pin",
    });
    log.error("child sign-in failed", { error, childId: "c-1" });
    expectNoCanary();
    const [line] = lines(stderr);
    const logged = line?.error as Record<string, unknown>;
    expect(logged.name).toBe("Error");
    expect(logged.code).toBe("bad_pin");
    expect(logged.message).toBe("PIN [redacted-pin] is wrong for family [redacted-code]");
    expect(logged.stack).toMatch(/^at .*logger\.test\.ts/);
    expect(JSON.stringify(logged.cause)).toContain("[redacted-secret]");
  });

  it("logs a thrown non-error value redacted", () => {
    log.error("action failed", { error: `bad pin ${PIN}` });
    expectNoCanary();
  });
});

describe("logger output", () => {
  it("writes one JSON line per call: info to stdout, warn and error to stderr", () => {
    log.info("a");
    log.warn("b");
    log.error("c");
    expect(lines(stdout).map((l) => [l.level, l.msg])).toEqual([["info", "a"]]);
    expect(lines(stderr).map((l) => [l.level, l.msg])).toEqual([
      ["warn", "b"],
      ["error", "c"],
    ]);
    expect(Number.isNaN(Date.parse(String(lines(stdout)[0]?.time)))).toBe(false);
  });

  it("does not let a field overwrite the level, time or message", () => {
    log.info("real", { level: "error", msg: "fake", time: "yesterday" });
    const [line] = lines(stdout);
    expect(line?.level).toBe("info");
    expect(line?.msg).toBe("real");
    expect(line?.time).not.toBe("yesterday");
  });

  it("survives circular fields and values JSON cannot hold", () => {
    const cyclic: Record<string, unknown> = { id: "x" };
    cyclic.self = cyclic;
    log.info("odd fields", { cyclic, big: 2n ** 70n, nan: Number.NaN, buffer: Buffer.from(CHILD_NAME) });
    const [line] = lines(stdout);
    expect(line).toMatchObject({
      cyclic: { id: "x", self: "[circular]" },
      big: "1180591620717411303424",
      nan: "NaN",
    });
    expectNoCanary();
  });
});
