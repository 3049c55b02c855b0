/**
 * Holds streamed text until a sentence is complete, so each sentence can be screened (P25) and
 * checked by the answer guard before the child sees it. A sentence ends at ".", "!", "?" or "…"
 * followed by whitespace, or at a line break, never inside `$…$` maths ("$3.5$" is one number).
 * A run-on without an end is released at a word break once it is long, so the child is never
 * left staring at nothing.
 */

const MAX_HOLD = 280;

function mathOpenAt(text: string, index: number): boolean {
  let open = false;
  for (let i = 0; i < index; i++) {
    if (text[i] === "$" && text[i - 1] !== "\\") open = !open;
  }
  return open;
}

/** Index just after the last sentence end in `text` (including its trailing whitespace), or 0. */
function lastBoundary(text: string): number {
  let cut = 0;
  const ends = /[.!?…]+["')\]]*\s+|\n+/g;
  for (const m of text.matchAll(ends)) {
    const end = m.index + m[0].length;
    if (!mathOpenAt(text, m.index)) cut = end;
  }
  return cut;
}

export class SentenceBuffer {
  private pending = "";

  /** Adds streamed text; returns the completed sentences (with their trailing whitespace), joined. */
  push(delta: string): string {
    this.pending += delta;
    let cut = lastBoundary(this.pending);
    if (cut === 0 && this.pending.length > MAX_HOLD) {
      const space = this.pending.lastIndexOf(" ");
      if (space > 0 && !mathOpenAt(this.pending, space)) cut = space + 1;
    }
    if (cut === 0) return "";
    const ready = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    return ready;
  }

  /** What is left when the stream ends. */
  flush(): string {
    const rest = this.pending;
    this.pending = "";
    return rest;
  }
}
