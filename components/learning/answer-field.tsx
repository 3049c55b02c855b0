"use client";

import type { Ref } from "react";
import { Button } from "@/components/ui/button";
import { MathHtml } from "./math-html";
import type { RenderedItem } from "./rendered";

const INPUT =
  "w-full max-w-xs rounded-xl border-2 border-stone-300 bg-white px-4 py-3 text-3xl font-semibold text-ink focus:border-hearth-600 aria-invalid:border-red-700";

/**
 * The answer part of a question form: one big text box (numbers, fractions, words) with its
 * submit button, or one big button per choice. The box is controlled, so an answer the checker
 * could not read stays on screen to be fixed instead of vanishing when the form resets.
 */
export function AnswerField({
  item,
  value,
  onChange,
  error,
  disabled,
  submitLabel,
  inputRef,
}: {
  item: RenderedItem;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled: boolean;
  submitLabel: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const errorId = `answer-error-${item.itemId}`;
  if (item.kind === "choice" && item.choices) {
    return (
      <fieldset className="flex flex-col gap-3" aria-describedby={error ? errorId : undefined}>
        <legend className="mb-2 text-xl font-bold">Choose your answer</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {item.choices.map((choice) => (
            <button
              key={choice.value}
              type="submit"
              name="answer"
              value={choice.value}
              disabled={disabled}
              className="min-h-16 rounded-2xl border-2 border-hearth-600 bg-white px-5 py-3 text-2xl font-semibold text-hearth-800 hover:bg-hearth-50 disabled:opacity-60"
            >
              <MathHtml html={choice.html} />
            </button>
          ))}
        </div>
        {error ? (
          <p id={errorId} role="alert" className="font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </fieldset>
    );
  }
  const inputId = `answer-${item.itemId}`;
  const hint =
    item.kind === "fraction"
      ? "Type a fraction like 3/4, or a mixed number like 1 1/2."
      : item.unit
        ? `You can type just the number.`
        : null;
  const hintId = `answer-hint-${item.itemId}`;
  return (
    <div className="flex flex-col gap-3">
      <label htmlFor={inputId} className="text-xl font-bold">
        Your answer
      </label>
      {hint ? (
        <p id={hintId} className="text-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <input
          ref={inputRef}
          id={inputId}
          name="answer"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          disabled={disabled}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          inputMode={item.keypad}
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined
          }
          className={INPUT}
        />
        {item.unit ? <span className="text-2xl font-semibold">{item.unit}</span> : null}
        <Button type="submit" disabled={disabled} className="text-xl">
          {submitLabel}
        </Button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
