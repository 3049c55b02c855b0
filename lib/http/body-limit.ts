/**
 * P15: request bodies over 50 KB are refused with 413 before anything parses them. The bytes are
 * counted as they arrive: Content-Length can be missing (chunked) or wrong.
 */
export const MAX_BODY_BYTES = 50 * 1024;

/** Upload routes have their own, larger limit and are checked there. */
export const OWN_LIMIT_PREFIXES = ["/api/uploads"];

export async function bodyExceedsLimit(request: Request, limit = MAX_BODY_BYTES): Promise<boolean> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return true;
  if (!request.body) return false;
  const reader = request.clone().body!.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      total += value.byteLength;
      if (total > limit) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
