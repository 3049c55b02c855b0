"use client";

import { Fragment, useEffect, useState } from "react";

/**
 * Text with maths in `$…$`, rendered with KaTeX in the browser (the tutor's reply arrives in
 * pieces, so it cannot be rendered on the server). KaTeX is loaded on first use, not with the
 * page, to keep the child's first download small; until it arrives the TeX shows as typed.
 * KaTeX writes MathML beside its visual HTML, so screen readers read the maths. Text outside
 * the maths is rendered by React (escaped); `\$` is a literal dollar sign, and an unpaired `$`
 * (a reply still streaming) stays as text until its closing `$` arrives.
 */

type Katex = { renderToString: (tex: string, options?: import("katex").KatexOptions) => string };

let katexLoad: Promise<Katex> | null = null;
let katexReady: Katex | null = null;

function loadKatex(): Promise<Katex> {
  katexLoad ??= import("katex").then((m) => {
    katexReady = m.default;
    return m.default;
  });
  return katexLoad;
}

export type Segment = { kind: "text"; value: string } | { kind: "math"; value: string };

const MAX_TEX = 2_000;

function findClosing(source: string, from: number): number {
  for (let j = from; j < source.length; j++) {
    if (source[j] === "\\") {
      j += 1;
      continue;
    }
    if (source[j] === "$") return j;
  }
  return -1;
}

export function splitMath(source: string): Segment[] {
  const segments: Segment[] = [];
  let plain = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\" && source[i + 1] === "$") {
      plain += "$";
      i += 2;
      continue;
    }
    if (c === "$") {
      const double = source[i + 1] === "$";
      const start = double ? i + 2 : i + 1;
      const end = findClosing(source, start);
      const endOk = end > start && (!double || source[end + 1] === "$");
      if (endOk) {
        if (plain) segments.push({ kind: "text", value: plain });
        plain = "";
        segments.push({ kind: "math", value: source.slice(start, end) });
        i = double ? end + 2 : end + 1;
        continue;
      }
    }
    plain += c;
    i += 1;
  }
  if (plain) segments.push({ kind: "text", value: plain });
  return segments;
}

function renderTex(katex: Katex, tex: string): string | null {
  if (tex.length > MAX_TEX) return null;
  try {
    return katex.renderToString(tex, {
      throwOnError: false,
      strict: "ignore",
      trust: false,
      maxSize: 20,
      maxExpand: 200,
    });
  } catch {
    return null;
  }
}

export function MathText({ text, className = "" }: { text: string; className?: string }) {
  const segments = splitMath(text);
  const hasMath = segments.some((s) => s.kind === "math");
  const [katex, setKatex] = useState<Katex | null>(katexReady);

  useEffect(() => {
    if (!hasMath || katex) return;
    let live = true;
    loadKatex()
      .then((k) => {
        if (live) setKatex(k);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [hasMath, katex]);

  return (
    <span className={`whitespace-pre-wrap break-words ${className}`}>
      {segments.map((segment, index) => {
        const key = `${index}-${segment.kind}`;
        if (segment.kind === "text") return <Fragment key={key}>{segment.value}</Fragment>;
        const html = katex ? renderTex(katex, segment.value) : null;
        if (html === null) return <Fragment key={key}>{segment.value}</Fragment>;
        // KaTeX output from text it escapes itself; `trust: false` refuses links and raw HTML.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX markup, see above
        return <span key={key} className="tutor-math" dangerouslySetInnerHTML={{ __html: html }} />;
      })}
    </span>
  );
}
