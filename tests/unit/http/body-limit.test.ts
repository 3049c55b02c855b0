import { describe, expect, it } from "vitest";
import { bodyExceedsLimit, MAX_BODY_BYTES } from "@/lib/http/body-limit";
import { payloadTooLarge, tooManyRequests } from "@/lib/http/limits-response";

function streamOf(bytes: number, chunk = 4096): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(chunk, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://localhost/children/x", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
}

describe("P15 request bodies over 50 KB are refused", () => {
  it("refuses by declared length", async () => {
    expect(await bodyExceedsLimit(post("x", { "content-length": String(MAX_BODY_BYTES + 1) }))).toBe(true);
  });

  it("counts the bytes when Content-Length is missing (chunked)", async () => {
    expect(await bodyExceedsLimit(post(streamOf(MAX_BODY_BYTES + 1)))).toBe(true);
    expect(await bodyExceedsLimit(post(streamOf(MAX_BODY_BYTES)))).toBe(false);
  });

  it("counts the bytes when Content-Length understates them", async () => {
    expect(await bodyExceedsLimit(post(streamOf(200_000), { "content-length": "10" }))).toBe(true);
  });

  it("accepts an ordinary form post and leaves the body readable", async () => {
    const request = post(new URLSearchParams({ firstName: "Ada" }));
    expect(await bodyExceedsLimit(request)).toBe(false);
    expect(await request.text()).toBe("firstName=Ada");
  });

  it("answers 413 and 429 calmly, with Retry-After", async () => {
    const api = new Request("http://localhost/api/x", { headers: { accept: "application/json" } });
    const tooLarge = payloadTooLarge(api);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: "too_large" });
    const page = new Request("http://localhost/dashboard", { headers: { accept: "text/html" } });
    const slow = tooManyRequests(page, 42);
    expect(slow.status).toBe(429);
    expect(slow.headers.get("retry-after")).toBe("42");
    expect(await slow.text()).toContain("slow down");
  });
});
