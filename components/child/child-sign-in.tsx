"use client";

import { useActionState, useEffect, useState } from "react";
import { childSignIn, findFamily } from "@/app/(child)/learn/actions";
import { Button } from "@/components/ui/button";
import { FormStatus, typed } from "@/components/ui/form-status";
import { IDLE_STATE } from "@/components/ui/idle-state";
import type { ActionState } from "@/lib/actions/action-client";

type Kid = { id: string; firstName: string };
type FoundFamily = { children: Kid[] };

/** Family code → pick your name → PIN keypad. Big targets; no keyboard needed after the code. */
export function ChildSignIn() {
  const [codeState, codeAction, codePending] = useActionState(
    findFamily,
    IDLE_STATE as ActionState<FoundFamily>,
  );
  const [code, setCode] = useState("");
  const [picked, setPicked] = useState<Kid | null>(null);
  const kids = codeState.status === "ok" ? (codeState.data?.children ?? null) : null;

  if (kids && picked) {
    return <PinPad familyCode={code} kid={picked} onBack={() => setPicked(null)} />;
  }
  if (kids) {
    return (
      <div className="flex flex-col gap-6">
        <h2 className="text-2xl font-bold">Who&apos;s learning today?</h2>
        <ul className="grid grid-cols-2 gap-4">
          {kids.map((kid) => (
            <li key={kid.id}>
              <button
                type="button"
                onClick={() => setPicked(kid)}
                className="min-h-24 w-full rounded-2xl border-2 border-hearth-600 bg-white p-4 text-2xl font-bold text-hearth-800 hover:bg-hearth-50"
              >
                {kid.firstName}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <form action={codeAction} className="flex flex-col gap-5" noValidate>
      <FormStatus state={codeState} />
      <label htmlFor="family-code" className="text-xl font-bold">
        Your family code
      </label>
      <input
        id="family-code"
        name="familyCode"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        defaultValue={typed(codeState, "familyCode")}
        onChange={(e) => setCode(e.target.value)}
        className="rounded-2xl border-2 border-stone-300 bg-white px-5 py-4 text-center font-mono text-3xl uppercase tracking-widest focus:border-hearth-600"
        placeholder="ABC-DEF-GHJ"
      />
      <Button type="submit" disabled={codePending} className="text-xl">
        {codePending ? "Looking…" : "Next"}
      </Button>
    </form>
  );
}

function PinPad({ familyCode, kid, onBack }: { familyCode: string; kid: Kid; onBack: () => void }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(childSignIn, IDLE_STATE);
  const [pin, setPin] = useState("");
  useEffect(() => {
    if (state.status === "error") setPin("");
  }, [state]);
  const press = (d: string) => setPin((p) => (p.length < 6 ? p + d : p));
  return (
    <form action={action} className="flex flex-col items-center gap-5">
      <h2 className="text-2xl font-bold">Hi {kid.firstName}! Type your PIN.</h2>
      <FormStatus state={state} />
      <input type="hidden" name="familyCode" value={familyCode} />
      <input type="hidden" name="childId" value={kid.id} />
      <input type="hidden" name="pin" value={pin} />
      <output aria-live="polite" aria-label={`${pin.length} digits entered`} className="flex h-12 gap-3">
        {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed positions of the PIN dots
            key={i}
            className={`size-6 rounded-full border-2 border-hearth-700 ${i < pin.length ? "bg-hearth-700" : "bg-white"}`}
          />
        ))}
      </output>
      <fieldset className="grid grid-cols-3 gap-3" aria-label="PIN keypad">
        {["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((d) => (
          <PadKey key={d} onClick={() => press(d)} label={d} />
        ))}
        <PadKey onClick={() => setPin((p) => p.slice(0, -1))} label="⌫" ariaLabel="Delete last digit" />
        <PadKey onClick={() => press("0")} label="0" />
        <button
          type="submit"
          disabled={pending || pin.length < 4}
          className="size-20 rounded-2xl bg-hearth-700 text-xl font-bold text-white disabled:opacity-50"
        >
          Go
        </button>
      </fieldset>
      <button type="button" onClick={onBack} className="text-lg font-semibold text-hearth-800 underline">
        That&apos;s not me
      </button>
    </form>
  );
}

function PadKey({ label, onClick, ariaLabel }: { label: string; onClick: () => void; ariaLabel?: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={ariaLabel ?? label}
      className="size-20 rounded-2xl border-2 border-stone-300 bg-white text-3xl font-bold hover:bg-hearth-50 active:bg-hearth-100"
    >
      {label}
    </button>
  );
}
