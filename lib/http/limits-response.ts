/** Friendly 413 and 429 answers: JSON for API and action requests, a small calm page otherwise. */
function wantsHtml(request: Request): boolean {
  const accept = request.headers.get("accept") ?? "";
  return accept.includes("text/html") && !request.headers.has("next-action");
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Hearth</title><style>body{font-family:system-ui,sans-serif;background:#fffdf8;color:#1f2a37;max-width:34rem;margin:4rem auto;padding:0 1.5rem;line-height:1.5}h1{font-size:1.75rem}a{color:#9a3412}</style></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="/">Back to Hearth</a></p></main></body></html>`;
}

export function tooManyRequests(request: Request, retryAfterSeconds: number): Response {
  const message = "That's a lot of requests in a short time. Please wait a moment and try again.";
  const headers = { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" };
  if (wantsHtml(request)) {
    return new Response(page("Let's slow down a little", message), {
      status: 429,
      headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
    });
  }
  return Response.json({ error: "rate_limited", message, retryAfterSeconds }, { status: 429, headers });
}

export function payloadTooLarge(request: Request): Response {
  const message = "That was more than we can accept at once (50 KB). Please send something shorter.";
  if (wantsHtml(request)) {
    return new Response(page("That's too much at once", message), {
      status: 413,
      headers: { "Content-Type": "text/html; charset=utf-8" },
    });
  }
  return Response.json({ error: "too_large", message }, { status: 413 });
}
