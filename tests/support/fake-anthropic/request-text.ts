/**
 * Reading the parts of a Messages API request body that the fake needs: the system prompt, the
 * last user message, and the prompt-cache prefix. Bodies come from the network, so everything is
 * treated as unknown and read defensively.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Text of a `content` field: a string, or the `text` of each text block. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((block) => (isObject(block) && typeof block.text === "string" ? block.text : ""))
    .filter((text) => text !== "")
    .join("\n");
}

export function systemText(body: unknown): string {
  if (!isObject(body)) return "";
  const fromParam = contentText(body.system);
  const fromMessages = Array.isArray(body.messages)
    ? body.messages
        .filter((m): m is Json => isObject(m) && m.role === "system")
        .map((m) => contentText(m.content))
    : [];
  return [fromParam, ...fromMessages].filter((t) => t !== "").join("\n");
}

export function lastUserText(body: unknown): string {
  if (!isObject(body) || !Array.isArray(body.messages)) return "";
  for (let i = body.messages.length - 1; i >= 0; i--) {
    const message: unknown = body.messages[i];
    if (isObject(message) && message.role === "user") return contentText(message.content);
  }
  return "";
}

/** Every piece of text in the request, in order: system, then each message. */
function allBlocks(body: Json): { text: string; cached: boolean }[] {
  const blocks: { text: string; cached: boolean }[] = [];
  const push = (content: unknown) => {
    if (typeof content === "string") {
      blocks.push({ text: content, cached: false });
    } else if (Array.isArray(content)) {
      for (const block of content) {
        if (!isObject(block)) continue;
        const text = typeof block.text === "string" ? block.text : JSON.stringify(block);
        blocks.push({ text, cached: isObject(block.cache_control) });
      }
    }
  };
  push(body.system);
  if (Array.isArray(body.messages)) {
    for (const message of body.messages) if (isObject(message)) push(message.content);
  }
  return blocks;
}

/**
 * Splits the request into the part up to and including the last `cache_control` marker (what
 * the API would cache) and the rest. No marker: nothing is cacheable.
 */
export function cacheSplit(body: unknown): { prefix: string; rest: string } {
  if (!isObject(body)) return { prefix: "", rest: "" };
  const blocks = allBlocks(body);
  let last = -1;
  blocks.forEach((block, i) => {
    if (block.cached) last = i;
  });
  const join = (part: { text: string }[]) => part.map((b) => b.text).join("\n");
  return { prefix: join(blocks.slice(0, last + 1)), rest: join(blocks.slice(last + 1)) };
}

/** A rough token count (about four characters a token), never zero for non-empty text. */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.max(1, Math.ceil(text.length / 4));
}
