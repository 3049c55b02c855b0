// Types only: @sentry/core is the exact-version dependency of @sentry/nextjs that defines them.
import type { Breadcrumb, Client, Envelope, Event, Integration, StreamedSpanJSON } from "@sentry/core";
import type { BrowserOptions, NodeOptions } from "@sentry/nextjs";
import { isSensitiveKey, REDACTED, redactText, redactValue, stripUrlQuery } from "./redact";

/**
 * Sentry with no personal data in it (P9).
 *
 * Two layers. First, `dataCollection` (Sentry 11's replacement for `sendDefaultPii`, whose
 * defaults collect user info, cookies, headers, bodies, query strings, AI inputs/outputs,
 * database parameters, local variables and source lines) is switched off field by field.
 * Second, every error event, breadcrumb and span passes through a scrubber before it leaves the
 * process, because `dataCollection` only governs what the SDK gathers itself: request bodies
 * already on the scope, anything code attaches with `setUser`/`setExtra`/`setContext`, exception
 * messages and breadcrumb text are sent regardless of it.
 *
 * The scrubber keeps what debugging needs (exception types and stack frames, URL paths with
 * their UUIDs, HTTP method and status, route, runtime) and removes or redacts the rest; see
 * redact.ts for the text patterns. It is shared by the server and the browser init, so it must
 * stay free of Node APIs and of `server-only`.
 */

type DataCollection = NonNullable<NodeOptions["dataCollection"]>;

/** Request headers kept on an event (everything else, from cookie to x-family-code, is dropped). */
export const REQUEST_HEADER_ALLOW_LIST = ["accept", "content-length", "content-type", "host"] as const;

/** `event.extra` keys the app may set on purpose; values are still redacted. */
export const EXTRA_ALLOW_LIST = ["action", "digest", "errorCode", "route", "statusCode"] as const;

/** `event.contexts` kept: SDK-generated descriptions of the runtime and the request's outcome. */
export const CONTEXT_ALLOW_LIST = [
  "app",
  "cloud_resource",
  "device",
  "nextjs",
  "os",
  "response",
  "runtime",
  "trace",
];

/** Breadcrumb `data` keys kept (for http/fetch/navigation crumbs); values are still redacted. */
const BREADCRUMB_DATA_ALLOW_LIST = new Set([
  "method",
  "status_code",
  "url",
  "from",
  "to",
  "request_body_size",
  "response_body_size",
]);

/** Every category Sentry 11 collects by default, switched off (a fresh object per call). */
function dataCollectionOff() {
  return {
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
  } satisfies DataCollection;
}

/**
 * The options shared by `Sentry.init` on the server, the edge and in the browser. Spread them
 * first and add only runtime-specific options after (never `integrations` that record the page,
 * such as Replay or Feedback, and never a `dataCollection` override).
 */
export function sentryBaseOptions(dsn: string, environment: string) {
  return {
    dsn,
    environment,
    dataCollection: dataCollectionOff(),
    // Pinned: the SDK would otherwise read SENTRY_TRACE_LIFECYCLE, and under "static" it ignores
    // `beforeSendSpan` and routes spans through `beforeSendTransaction` instead.
    traceLifecycle: "stream",
    tracesSampleRate: 0.1,
    maxBreadcrumbs: 50,
    // When extending, keep these: `integrations: [...base.integrations, more()]`.
    integrations: [privacyIntegration()],
    beforeSend: scrubEvent,
    beforeBreadcrumb: scrubBreadcrumb,
    beforeSendSpan: scrubSpan,
    // The JSON application logger (logger.ts) is Hearth's one log stream: Sentry logs and
    // metrics are not used, so none leave the process even if a library emits them.
    beforeSendLog: () => null,
    beforeSendMetric: () => null,
  } satisfies NodeOptions & BrowserOptions;
}

/**
 * Scrubs what the `before*` callbacks never see: the trace header of every envelope and the
 * dynamic sampling context that also travels in outgoing `baggage` headers. Both can carry the
 * root span's name, which code may have built from a URL.
 */
export function privacyIntegration(): Integration {
  return {
    name: "HearthPrivacy",
    setup(client: Client) {
      client.on("createDsc", (dsc) => {
        if (dsc.transaction) dsc.transaction = redactText(dsc.transaction);
      });
      client.on("beforeEnvelope", (envelope: Envelope) => {
        const trace = (envelope[0] as { trace?: { transaction?: string } }).trace;
        if (trace?.transaction) trace.transaction = redactText(trace.transaction);
      });
    },
  };
}

// ---- events ---------------------------------------------------------------------------------

/**
 * Removes personal data from an error (or transaction) event. Mutates and returns it, as
 * Sentry's `beforeSend` expects.
 */
export function scrubEvent<T extends Event>(event: T): T {
  if (event.request) {
    const { url, method, headers } = event.request;
    event.request = {
      ...(url !== undefined ? { url: redactText(stripUrlQuery(url)) } : {}),
      ...(method !== undefined ? { method } : {}),
      ...(headers ? { headers: allowListedHeaders(headers) } : {}),
    };
  }

  const opaqueId = event.user?.id;
  if (typeof opaqueId === "string" && isOpaqueId(opaqueId)) event.user = { id: opaqueId };
  else delete event.user;

  if (event.extra) event.extra = allowListed(event.extra, EXTRA_ALLOW_LIST, (value) => redactValue(value));
  if (event.contexts) event.contexts = scrubContexts(event.contexts);
  if (event.tags) {
    const tags: NonNullable<Event["tags"]> = {};
    for (const [key, value] of Object.entries(event.tags)) {
      if (isSensitiveKey(key)) continue;
      tags[key] = typeof value === "string" ? redactText(value) : value;
    }
    event.tags = tags;
  }

  if (typeof event.message === "string") event.message = redactText(event.message);
  if (event.logentry) {
    event.logentry = {
      ...(event.logentry.message !== undefined ? { message: redactText(event.logentry.message) } : {}),
      ...(event.logentry.params ? { params: event.logentry.params.map((p) => redactValue(p)) } : {}),
    };
  }
  if (typeof event.transaction === "string") event.transaction = redactText(event.transaction);

  for (const exception of event.exception?.values ?? []) {
    if (typeof exception.value === "string") exception.value = redactText(exception.value);
    for (const frame of exception.stacktrace?.frames ?? []) {
      delete frame.vars;
      delete frame.pre_context;
      delete frame.context_line;
      delete frame.post_context;
      if (frame.abs_path) frame.abs_path = stripUrlQuery(frame.abs_path);
      if (frame.filename) frame.filename = stripUrlQuery(frame.filename);
    }
    if (exception.mechanism?.data) {
      exception.mechanism.data = redactValue(exception.mechanism.data) as typeof exception.mechanism.data;
    }
  }

  if (event.breadcrumbs) {
    event.breadcrumbs = event.breadcrumbs.flatMap((crumb) => {
      const scrubbed = scrubBreadcrumb(crumb);
      return scrubbed ? [scrubbed] : [];
    });
  }

  for (const span of event.spans ?? []) {
    if (span.description) span.description = redactText(span.description);
    span.data = scrubAttributes(span.data) as typeof span.data;
  }

  return event;
}

function isOpaqueId(id: string): boolean {
  return (
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ||
    (/^[A-Za-z0-9_-]{20,64}$/.test(id) && /\d/.test(id) && /[A-Za-z]/.test(id))
  );
}

function allowListedHeaders(headers: Record<string, string>): Record<string, string> {
  const allowed: readonly string[] = REQUEST_HEADER_ALLOW_LIST;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (allowed.includes(name.toLowerCase())) out[name] = redactText(String(value));
  }
  return out;
}

function allowListed<V>(
  record: Record<string, V>,
  allowList: readonly string[],
  transform: (value: V) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (allowList.includes(key)) out[key] = transform(value);
  }
  return out;
}

type Contexts = NonNullable<Event["contexts"]>;

function scrubContexts(contexts: Contexts): Contexts {
  const out: Contexts = {};
  for (const [name, context] of Object.entries(contexts)) {
    if (!CONTEXT_ALLOW_LIST.includes(name) || !context || typeof context !== "object") continue;
    if (name === "trace") {
      const { data, ...trace } = context as Record<string, unknown>;
      out.trace = {
        ...redactTextDeep(trace, ["trace_id", "span_id", "parent_span_id"]),
        ...(data && typeof data === "object"
          ? { data: scrubAttributes(data as Record<string, unknown>) }
          : {}),
      } as Contexts["trace"];
    } else if (name === "response") {
      const status = (context as { status_code?: unknown }).status_code;
      out.response = typeof status === "number" ? { status_code: status } : {};
    } else {
      const copy = { ...(context as Record<string, unknown>) };
      // A device name can be a person's ("Emma's iPad"); runtime and os names are not.
      if (name === "device") delete copy.name;
      out[name] = redactTextDeep(copy);
    }
  }
  return out;
}

/** SDK-written descriptors: redact text patterns in every string, but keep keys such as `name`. */
function redactTextDeep(value: Record<string, unknown>, keepRaw: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (keepRaw.includes(key)) out[key] = item;
    else if (typeof item === "string") out[key] = redactText(stripIfUrl(key, item));
    else if (item && typeof item === "object" && !Array.isArray(item))
      out[key] = redactTextDeep(item as Record<string, unknown>);
    else if (Array.isArray(item)) out[key] = item.map((x) => (typeof x === "string" ? redactText(x) : x));
    else out[key] = item;
  }
  return out;
}

// ---- breadcrumbs ----------------------------------------------------------------------------

/**
 * Scrubs a breadcrumb as it is recorded (`beforeBreadcrumb`) and again on the event. Console
 * breadcrumbs are dropped: arbitrary `console.*` output can hold anything, and the application
 * logger's redacted stream already has what Hearth logs.
 */
export function scrubBreadcrumb(breadcrumb: Breadcrumb): Breadcrumb | null {
  if (breadcrumb.category === "console") return null;
  const out: Breadcrumb = { ...breadcrumb };
  if (typeof out.message === "string") {
    let message = out.message;
    // UI crumbs are CSS selectors; attribute values (aria-label, title, alt) can name a child.
    if (out.category?.startsWith("ui."))
      message = message.replace(/\[([\w-]+)=(?:"[^"]*"|'[^']*'|[^\]]*)\]/g, "[$1]");
    out.message = redactText(message);
  }
  if (out.data) {
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(out.data)) {
      if (!BREADCRUMB_DATA_ALLOW_LIST.has(key)) continue;
      data[key] = typeof value === "string" ? redactText(stripIfUrl(key, value)) : redactValue(value);
    }
    out.data = data;
  }
  return out;
}

// ---- spans ----------------------------------------------------------------------------------

/** Scrubs a streamed span (`beforeSendSpan`). Spans cannot be dropped there, only emptied. */
export function scrubSpan(span: StreamedSpanJSON): StreamedSpanJSON {
  span.name = redactText(span.name);
  span.attributes = scrubAttributes(span.attributes) as StreamedSpanJSON["attributes"];
  for (const link of span.links ?? []) {
    if (link.attributes) link.attributes = scrubAttributes(link.attributes) as typeof link.attributes;
  }
  return span;
}

const DROPPED_ATTRIBUTES: RegExp[] = [
  // Who the user is and where they connect from.
  /^user\.(?!id$)/,
  /^(client\.(address|port)|http\.client_ip|net\.peer\.|net\.sock\.peer\.|network\.peer\.)/,
  // What they sent and received.
  /^http\.(request|response)\.body/,
  /(^|\.)(query|query_string|fragment)$/,
  /(^|\.)(cookies?|set[-_]cookie)$/,
  /^db\.query\.parameter\./,
  /^db\.response\./,
  /^(graphql\.document|graphql\.variables)/,
  /^messaging\.message\.body/,
];

/** AI spans keep their model and token counts (P8 cross-checks), never prompts or replies. */
const AI_NAMESPACE = /^(gen_ai|ai|mcp)\./;
const AI_ALLOWED =
  /^gen_ai\.(system|provider\.name|operation\.name|agent\.name|tool\.name|request\.(model|max_tokens|temperature|top_p|top_k|stream)|response\.(model|id|finish_reasons)|usage\.[a-z_.]+)$/;

const HEADER_ATTRIBUTE = /^http\.(request|response)\.header\.(.+)$/;

/**
 * Namespaces whose values are descriptors written by the SDK or OpenTelemetry (routes, SQL
 * statements with placeholders, runtime names): their keys are not judged by name, but their
 * string values are still pattern-redacted.
 */
const DESCRIPTOR_NAMESPACE =
  /^(sentry|service|telemetry|otel|process|host|os|browser|db|server|network|code|thread|cloud|faas|next|vercel|rpc|http\.(route|request\.method|response\.status_code|method|status_code|scheme|flavor)|url\.(scheme|path|template))(\.|$)/;

const URL_KEY = /(^|\.)(url|full|target|original|referr?er|path|from|to)$/;

function stripIfUrl(key: string, value: string): string {
  return URL_KEY.test(key) ? stripUrlQuery(value) : value;
}

/**
 * Span attributes, `contexts.trace.data` and static span `data`: drops identity, bodies,
 * queries, cookies, non-allow-listed headers and AI content; strips query strings from URLs;
 * redacts values whose key names personal data; pattern-redacts every other string.
 */
export function scrubAttributes(attributes: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(attributes ?? {})) {
    if (DROPPED_ATTRIBUTES.some((pattern) => pattern.test(key))) continue;
    if (AI_NAMESPACE.test(key) && !AI_ALLOWED.test(key)) continue;
    const header = HEADER_ATTRIBUTE.exec(key)?.[2];
    if (header !== undefined) {
      const allowed: readonly string[] = REQUEST_HEADER_ALLOW_LIST;
      if (!allowed.includes(header.toLowerCase().replace(/_/g, "-"))) continue;
    }
    if (key === "user.id") {
      const value = unwrapAttribute(raw);
      if (typeof value === "string" && isOpaqueId(value)) out[key] = raw;
      continue;
    }
    if (key.startsWith("sentry.") && /(_id|\.id)$/.test(key)) {
      out[key] = raw;
      continue;
    }
    const lastSegment = key.slice(key.lastIndexOf(".") + 1);
    if (!DESCRIPTOR_NAMESPACE.test(key) && isSensitiveKey(lastSegment)) {
      out[key] = rewrapAttribute(raw, REDACTED);
      continue;
    }
    out[key] = rewrapAttribute(raw, redactAttributeValue(key, unwrapAttribute(raw)));
  }
  return out;
}

function redactAttributeValue(key: string, value: unknown): unknown {
  if (typeof value === "string") return redactText(stripIfUrl(key, value));
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? redactText(item) : item));
  if (value !== null && typeof value === "object") return redactValue(value);
  return value;
}

/** Attributes are either bare values or `{ value, type?, unit? }`. */
function unwrapAttribute(raw: unknown): unknown {
  return raw !== null && typeof raw === "object" && !Array.isArray(raw) && "value" in raw
    ? (raw as { value: unknown }).value
    : raw;
}

function rewrapAttribute(raw: unknown, value: unknown): unknown {
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && "value" in raw) {
    const wrapped = { ...(raw as Record<string, unknown>), value };
    if ("type" in wrapped && typeof value === "string") wrapped.type = "string";
    return wrapped;
  }
  return value;
}
