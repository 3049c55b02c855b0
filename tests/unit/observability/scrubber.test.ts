import type { ErrorEvent, StreamedSpanJSON } from "@sentry/core";
import { describe, expect, it } from "vitest";
import {
  scrubAttributes,
  scrubBreadcrumb,
  scrubEvent,
  scrubSpan,
  sentryBaseOptions,
} from "@/lib/observability/scrubber";

const FAMILY_ID = "5d0c8a3e-7b1f-4c2a-8e6d-9f4b1a2c3d4e";

function realisticEvent(): ErrorEvent {
  return {
    type: undefined,
    event_id: "abc",
    message: "Family code K7Q-M3X-PR9 rejected",
    transaction: "GET /learn?code=K7QM3XPR9",
    request: {
      url: "https://hearth.app/learn/tutor?child=Zephyrine#t=1",
      method: "POST",
      data: { firstName: "Zephyrine", pin: "4821" },
      cookies: { hearth_child: "s3cr3t-cookie" },
      query_string: "child=Zephyrine",
      env: { REMOTE_ADDR: "203.0.113.77" },
      headers: {
        "Content-Type": "application/json",
        cookie: "hearth_child=s3cr3t-cookie",
        authorization: "Bearer tok3n-value-000000000000",
        "x-family-code": "K7QM3XPR9",
        "user-agent": "Mozilla/5.0",
        "x-forwarded-for": "203.0.113.77",
      },
    },
    user: { id: FAMILY_ID, email: "parent@example.com", username: "Zephyrine", ip_address: "203.0.113.77" },
    extra: { childMessage: "I am Zephyrine", route: "/learn/tutor?x=1", digest: "12345" },
    contexts: {
      child: { firstName: "Zephyrine" },
      runtime: { name: "node", version: "v20" },
      device: { name: "Zephyrine's iPad", arch: "arm64" },
      response: { status_code: 500, headers: { "set-cookie": "x" } } as never,
      trace: {
        trace_id: "0123456789abcdef0123456789abcdef",
        span_id: "0123456789abcdef",
        data: { "url.full": "https://hearth.app/learn?pin=4821", "user.email": "parent@example.com" },
      },
      culture: { timezone: "America/Denver" },
    },
    tags: { familyCode: "K7QM3XPR9", route: "/learn?x=1", runtime: "node" },
    exception: {
      values: [
        {
          type: "ZodError",
          value: "Invalid PIN 4821 for parent@example.com",
          stacktrace: {
            frames: [
              {
                filename: "app:///_next/static/chunks/page.js?v=123",
                abs_path: "https://hearth.app/_next/static/chunks/page.js?v=123",
                function: "submit",
                lineno: 10,
                context_line: "const pin = '4821';",
                pre_context: ["// Zephyrine"],
                post_context: ["submit(pin)"],
                vars: { pin: "4821", firstName: "Zephyrine" },
              },
            ],
          },
        },
      ],
    },
    breadcrumbs: [
      { category: "console", message: "Zephyrine logged in" },
      { category: "ui.click", message: 'button.child-card[aria-label="Open Zephyrine"] > span' },
      {
        category: "fetch",
        data: { method: "POST", url: "/api/tutor?draft=hi", status_code: 500, body: "Zephyrine says hi" },
      },
      { category: "navigation", data: { from: "/learn?code=K7QM3XPR9", to: "/learn/today" } },
    ],
  };
}

describe("P9 scrubEvent", () => {
  const event = scrubEvent(realisticEvent());
  const json = JSON.stringify(event);

  it("leaves no child name, PIN, code, email, IP or secret anywhere in the event", () => {
    for (const secret of [
      "Zephyrine",
      "4821",
      "K7Q",
      "parent@example.com",
      "203.0.113.77",
      "s3cr3t",
      "tok3n",
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it("keeps only the method, the URL without its query and allow-listed headers of the request", () => {
    expect(event.request).toEqual({
      url: "https://hearth.app/learn/tutor",
      method: "POST",
      headers: { "Content-Type": "application/json" },
    });
  });

  it("keeps only an opaque user id", () => {
    expect(event.user).toEqual({ id: FAMILY_ID });
    expect(
      scrubEvent({ ...realisticEvent(), user: { id: "zephyrine", email: "a@b.co" } }).user,
    ).toBeUndefined();
    expect(scrubEvent({ ...realisticEvent(), user: { email: "a@b.co" } }).user).toBeUndefined();
  });

  it("keeps only allow-listed extra and contexts, with their strings redacted", () => {
    expect(event.extra).toEqual({ route: "/learn/tutor", digest: "12345" });
    expect(Object.keys(event.contexts ?? {}).sort()).toEqual(["device", "response", "runtime", "trace"]);
    expect(event.contexts?.runtime).toEqual({ name: "node", version: "v20" });
    expect(event.contexts?.device).toEqual({ arch: "arm64" });
    expect(event.contexts?.response).toEqual({ status_code: 500 });
    expect(event.contexts?.trace).toEqual({
      trace_id: "0123456789abcdef0123456789abcdef",
      span_id: "0123456789abcdef",
      data: { "url.full": "https://hearth.app/learn" },
    });
  });

  it("drops sensitive tags and redacts the others", () => {
    expect(event.tags).toEqual({ route: "/learn", runtime: "node" });
  });

  it("redacts exception messages and removes source lines and local variables from frames", () => {
    const exception = event.exception?.values?.[0];
    expect(exception?.type).toBe("ZodError");
    expect(exception?.value).toBe("Invalid PIN [redacted-pin] for [redacted-email]");
    expect(exception?.stacktrace?.frames?.[0]).toEqual({
      filename: "app:///_next/static/chunks/page.js",
      abs_path: "https://hearth.app/_next/static/chunks/page.js",
      function: "submit",
      lineno: 10,
    });
    expect(event.message).toBe("Family code [redacted-code] rejected");
    expect(event.transaction).toBe("GET /learn");
  });

  it("drops console breadcrumbs and scrubs the rest", () => {
    expect(event.breadcrumbs).toEqual([
      { category: "ui.click", message: "button.child-card[aria-label] > span" },
      { category: "fetch", data: { method: "POST", url: "/api/tutor", status_code: 500 } },
      { category: "navigation", data: { from: "/learn", to: "/learn/today" } },
    ]);
  });

  it("scrubs the spans of a transaction event", () => {
    const transaction = scrubEvent({
      type: "transaction",
      spans: [
        {
          span_id: "1",
          trace_id: "2",
          start_timestamp: 0,
          status: "ok",
          description: "GET /api/children?name=Zephyrine",
          data: { "http.request.header.cookie": "x=Zephyrine", "url.full": "/api/children?name=Zephyrine" },
        },
      ],
    });
    expect(JSON.stringify(transaction)).not.toContain("Zephyrine");
    expect(transaction.spans?.[0]?.description).toBe("GET /api/children");
  });
});

describe("P9 scrubBreadcrumb (beforeBreadcrumb)", () => {
  it("drops console output at the source", () => {
    expect(scrubBreadcrumb({ category: "console", message: "Zephyrine" })).toBeNull();
  });

  it("does not modify the breadcrumb it is given", () => {
    const crumb = { category: "auth", message: "PIN 4821", data: { pin: "4821" } };
    const scrubbed = scrubBreadcrumb(crumb);
    expect(scrubbed).toEqual({ category: "auth", message: "PIN [redacted-pin]", data: {} });
    expect(crumb.message).toBe("PIN 4821");
  });
});

describe("P9 scrubSpan (beforeSendSpan)", () => {
  function span(attributes: Record<string, unknown>, name = "GET /learn"): StreamedSpanJSON {
    return {
      trace_id: "0123456789abcdef0123456789abcdef",
      span_id: "0123456789abcdef",
      name,
      start_timestamp: 0,
      status: "ok",
      is_segment: true,
      attributes: attributes as StreamedSpanJSON["attributes"],
    };
  }

  it("removes identity, client address, bodies, queries, cookies, headers and AI content", () => {
    const scrubbed = scrubSpan(
      span(
        {
          "user.id": FAMILY_ID,
          "user.email": "parent@example.com",
          "user.name": "Zephyrine",
          "user.ip_address": "203.0.113.77",
          "client.address": "203.0.113.77",
          "http.request.body.data": '{"firstName":"Zephyrine"}',
          "url.query": "child=Zephyrine",
          "url.full": { value: "https://hearth.app/learn?child=Zephyrine", type: "string" },
          "http.request.header.cookie": "s=1",
          "http.request.header.authorization": "Bearer x",
          "http.request.header.content-type": "application/json",
          "gen_ai.request.messages": '[{"content":"I am Zephyrine"}]',
          "gen_ai.response.text": "Hello Zephyrine",
          "gen_ai.input.messages": "Zephyrine",
          "gen_ai.usage.input_tokens": 120,
          "gen_ai.request.model": "claude-sonnet-4-5",
          "db.query.text": "select * from children where id = $1",
          "db.query.parameter.0": "Zephyrine",
          "child.first_name": "Zephyrine",
          "sentry.segment.name": "GET /learn?child=Zephyrine",
          "sentry.replay_id": "0123456789abcdef0123456789abcdef",
          "http.response.status_code": 200,
        },
        "GET /learn?child=Zephyrine",
      ),
    );
    expect(JSON.stringify(scrubbed)).not.toContain("Zephyrine");
    expect(JSON.stringify(scrubbed)).not.toContain("203.0.113.77");
    expect(JSON.stringify(scrubbed)).not.toContain("parent@example.com");
    expect(scrubbed.name).toBe("GET /learn");
    expect(scrubbed.attributes).toEqual({
      "user.id": FAMILY_ID,
      "url.full": { value: "https://hearth.app/learn", type: "string" },
      "http.request.header.content-type": "application/json",
      "gen_ai.usage.input_tokens": 120,
      "gen_ai.request.model": "claude-sonnet-4-5",
      "db.query.text": "select * from children where id = $1",
      "child.first_name": "[redacted]",
      "sentry.segment.name": "GET /learn",
      "sentry.replay_id": "0123456789abcdef0123456789abcdef",
      "http.response.status_code": 200,
    });
  });

  it("drops a user id that is not opaque", () => {
    expect(scrubAttributes({ "user.id": "zephyrine" })).toEqual({});
  });
});

describe("P9 Sentry runs with every kind of PII collection off (Sentry 11's sendDefaultPii: false)", () => {
  const options = sentryBaseOptions("https://k@o1.ingest.sentry.io/1", "production");

  it("switches off each dataCollection category and source context", () => {
    expect(options.dataCollection).toEqual({
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      graphQL: { document: false, variables: false },
      genAI: { inputs: false, outputs: false },
      databaseQueryData: false,
      queues: false,
      stackFrameVariables: false,
      frameContextLines: 0,
    });
  });

  it("routes every event, breadcrumb and span through the scrubber, and sends no Sentry logs or metrics", () => {
    expect(options.beforeSend).toBe(scrubEvent);
    expect(options.beforeBreadcrumb).toBe(scrubBreadcrumb);
    expect(options.beforeSendSpan).toBe(scrubSpan);
    // Pinned: under "static" Sentry would skip beforeSendSpan.
    expect(options.traceLifecycle).toBe("stream");
    expect(options.beforeSendLog()).toBeNull();
    expect(options.beforeSendMetric()).toBeNull();
    expect(options.integrations.map((i) => i.name)).toContain("HearthPrivacy");
    expect(options.tracesSampleRate).toBeLessThanOrEqual(0.2);
  });
});
