import { randomBytes } from "node:crypto";
import {
  addBreadcrumb,
  type BaseTransportOptions,
  captureException,
  createTransport,
  requestDataIntegration,
  setContext,
  setCurrentClient,
  setExtra,
  setTag,
  setUser,
  startSpan,
  withIsolationScope,
} from "@sentry/core";
import { defaultStackParser, NodeClient } from "@sentry/node";
import { afterEach, describe, expect, it } from "vitest";
import { sentryBaseOptions } from "@/lib/observability/scrubber";

/**
 * A real Sentry client (the Node SDK that @sentry/nextjs runs on the server) with a transport
 * that records the serialised envelopes it would put on the wire, instead of sending them.
 * Realistic traffic plants a distinct canary in every channel personal data reaches Sentry by.
 */

const DSN = "https://publickey@o123.ingest.sentry.io/456";
const CHILD_NAME = "Zephyrine";
const PARENT_EMAIL = "zephyrine.parent@example.com";
const CLIENT_IP = "203.0.113.77";
const FAMILY_ID = "5d0c8a3e-7b1f-4c2a-8e6d-9f4b1a2c3d4e";

const CHANNELS = [
  "requestBody",
  "cookie",
  "authorizationHeader",
  "familyCodeHeader",
  "queryString",
  "userEmail",
  "username",
  "extra",
  "context",
  "tag",
  "breadcrumbMessage",
  "breadcrumbData",
  "consoleBreadcrumb",
  "exceptionMessage",
  "spanName",
  "spanUrl",
  "spanHeader",
  "spanAiPrompt",
] as const;
type Channel = (typeof CHANNELS)[number];

/** Sentry's own defaults already filter a header named `authorization`. */
const FILTERED_BY_SENTRY_DEFAULTS: readonly Channel[] = ["authorizationHeader"];

/** A random token per channel; random tokens are what an unknown secret looks like. */
function makeCanaries(): Record<Channel, string> {
  return Object.fromEntries(
    CHANNELS.map((channel) => [channel, `c4n4ry${channel}${randomBytes(12).toString("hex")}`]),
  ) as Record<Channel, string>;
}

const clients: NodeClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close(100)));
});

type Options = Omit<ConstructorParameters<typeof NodeClient>[0], "transport" | "stackParser">;

async function recordTraffic(options: Options, canary: Record<Channel, string>): Promise<string> {
  const recorded: string[] = [];
  const client = new NodeClient({
    ...options,
    stackParser: defaultStackParser,
    transport: (transportOptions: BaseTransportOptions) =>
      createTransport(transportOptions, async (request) => {
        recorded.push(
          typeof request.body === "string" ? request.body : new TextDecoder().decode(request.body),
        );
        return { statusCode: 200 };
      }),
  });
  clients.push(client);
  setCurrentClient(client);
  client.init();

  withIsolationScope((isolationScope) => {
    // What the HTTP instrumentation records for an incoming request.
    isolationScope.setSDKProcessingMetadata({
      normalizedRequest: {
        method: "POST",
        url: `https://hearth.app/learn/tutor?child=${canary.queryString}`,
        query_string: `child=${canary.queryString}`,
        headers: {
          "content-type": "application/json",
          cookie: `hearth_last_child=${canary.cookie}`,
          authorization: `Bearer ${canary.authorizationHeader}`,
          "x-family-code": canary.familyCodeHeader,
          "x-forwarded-for": CLIENT_IP,
        },
        cookies: { hearth_last_child: canary.cookie },
        data: JSON.stringify({ firstName: CHILD_NAME, message: canary.requestBody }),
      },
      ipAddress: CLIENT_IP,
    });
    setUser({
      id: FAMILY_ID,
      email: `${canary.userEmail}@example.com`,
      username: canary.username,
      ip_address: CLIENT_IP,
    });
    setExtra("childMessage", canary.extra);
    setExtra("route", "/learn/tutor");
    setContext("child", { firstName: CHILD_NAME, note: canary.context });
    setTag("family_code", canary.tag);
    addBreadcrumb({
      category: "tutor",
      message: `sent a message with session ${canary.breadcrumbMessage}`,
      data: { childName: CHILD_NAME, url: `/api/tutor?draft=${canary.breadcrumbData}` },
    });
    addBreadcrumb({
      category: "console",
      level: "log",
      message: `${CHILD_NAME} typed ${canary.consoleBreadcrumb}`,
    });

    startSpan(
      {
        name: `POST /api/tutor?child=${canary.spanName}`,
        attributes: {
          "url.full": `https://hearth.app/api/tutor?child=${canary.spanUrl}`,
          "http.request.header.x_family_code": canary.spanHeader,
          "gen_ai.request.messages": JSON.stringify([{ role: "user", content: canary.spanAiPrompt }]),
          "gen_ai.request.model": "claude-sonnet-4-5",
        },
      },
      () => {
        captureException(
          new Error(`Tutor request failed for session ${canary.exceptionMessage} (parent ${PARENT_EMAIL})`),
        );
      },
    );
  });

  await client.flush(2000);
  return recorded.join("\n");
}

const withTracing = (options: Options): Options => ({ ...options, tracesSampleRate: 1 });

describe("P9 error reports carry no PII (real Sentry client, recorded envelopes)", () => {
  it("sends the error and the span, with no canary, child name, email or IP anywhere", async () => {
    const canary = makeCanaries();
    const base = sentryBaseOptions(DSN, "test");
    const wire = await recordTraffic(
      withTracing({ ...base, integrations: [...base.integrations, requestDataIntegration()] }),
      canary,
    );

    // Something was sent, and it is still useful for debugging…
    expect(wire).toContain('"type":"event"');
    expect(wire).toContain('"type":"span"');
    expect(wire).toContain('"type":"Error"');
    expect(wire).toContain('"url":"https://hearth.app/learn/tutor"');
    expect(wire).toContain('"method":"POST"');
    expect(wire).toContain(`"id":"${FAMILY_ID}"`);
    expect(wire).toContain('"route":"/learn/tutor"');
    expect(wire).toContain('"name":"POST /api/tutor"');
    expect(wire).toContain("claude-sonnet-4-5");

    // …and carries none of what was planted.
    for (const channel of CHANNELS) {
      expect(wire, `the ${channel} canary reached the wire`).not.toContain(canary[channel]);
    }
    expect(wire.toLowerCase()).not.toContain(CHILD_NAME.toLowerCase());
    expect(wire).not.toContain(PARENT_EMAIL);
    expect(wire).not.toContain(CLIENT_IP);
  });

  it("is a real test: the same traffic through an unscrubbed client leaks every planted channel", async () => {
    const canary = makeCanaries();
    const wire = await recordTraffic(
      withTracing({ dsn: DSN, environment: "test", integrations: [requestDataIntegration()] }),
      canary,
    );
    for (const channel of CHANNELS) {
      if (FILTERED_BY_SENTRY_DEFAULTS.includes(channel)) continue;
      expect(wire, `the control client did not deliver the ${channel} canary`).toContain(canary[channel]);
    }
    expect(wire).toContain(CHILD_NAME);
    expect(wire).toContain(PARENT_EMAIL);
    expect(wire).toContain(CLIENT_IP);
  });

  it("needs the scrubber as well as dataCollection: with dataCollection off alone, data still leaks", async () => {
    const canary = makeCanaries();
    const { dsn, environment, dataCollection, traceLifecycle } = sentryBaseOptions(DSN, "test");
    const wire = await recordTraffic(
      withTracing({
        dsn,
        environment,
        dataCollection,
        traceLifecycle,
        integrations: [requestDataIntegration()],
      }),
      canary,
    );
    for (const channel of ["requestBody", "extra", "exceptionMessage", "breadcrumbMessage"] as const) {
      expect(wire, `dataCollection alone stopped the ${channel} canary`).toContain(canary[channel]);
    }
  });
});
