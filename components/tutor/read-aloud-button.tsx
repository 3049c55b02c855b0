"use client";

import { useEffect, useState } from "react";

/**
 * Reads a reply aloud with the browser's own speech synthesis (nothing leaves the device).
 * Maths is read as words ("3 × 4" → "3 times 4", "\frac{3}{4}" → "3 over 4"). The button only
 * appears where the browser can speak.
 */

const SPOKEN: [RegExp, string][] = [
  [/\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, " $1 over $2 "],
  [/\\times|\\cdot|×/g, " times "],
  [/\\div|÷/g, " divided by "],
  [/\\le(q)?\b|≤/g, " is less than or equal to "],
  [/\\ge(q)?\b|≥/g, " is greater than or equal to "],
  [/\\lt\b|</g, " is less than "],
  [/\\gt\b|>/g, " is greater than "],
  [/\\square|□/g, " box "],
  [/\^\{?2\}?/g, " squared "],
  [/\^\{?3\}?/g, " cubed "],
  [/\\sqrt\s*\{([^{}]*)\}/g, " the square root of $1 "],
  [/=/g, " equals "],
  [/(\d)\s*-\s*(\d)/g, "$1 minus $2"],
  [/\+/g, " plus "],
  [/\{,\}/g, ","],
  [/\\[,;:! ]/g, " "],
  [/\\[a-zA-Z]+/g, " "],
  [/[{}$]/g, " "],
];

export function speakableText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SPOKEN) out = out.replace(pattern, replacement);
  return out.replace(/\s+/g, " ").trim();
}

export function ReadAloudButton({ text, label = "Read aloud" }: { text: string; label?: string }) {
  const [supported, setSupported] = useState(false);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    setSupported(typeof window !== "undefined" && "speechSynthesis" in window);
    return () => {
      if (typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.cancel();
    };
  }, []);

  if (!supported || text.trim() === "") return null;

  function toggle() {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(speakableText(text));
    utterance.rate = 0.95;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      className="mt-2 inline-flex min-h-11 items-center gap-2 rounded-lg border-2 border-sage-700 px-3 py-1.5 text-sm font-semibold text-sage-800 hover:bg-sage-50"
    >
      <span aria-hidden="true">{speaking ? "■" : "🔊"}</span>
      {speaking ? "Stop reading" : label}
    </button>
  );
}
