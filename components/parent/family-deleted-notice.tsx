import { RestoreFamilyForm } from "./privacy-forms";

/** Shown to a parent whose family account is deleted but still restorable (P19). */
export function FamilyDeletedNotice({ purgeAfter }: { purgeAfter: Date }) {
  return (
    <section className="rounded-2xl border-2 border-amber-700 bg-amber-50 p-6 text-amber-900 shadow-sm">
      <h2 className="text-xl font-bold">Your family account is scheduled for deletion</h2>
      <p className="mt-2">
        Your family and your children&apos;s profiles are hidden and your family code no longer works. On{" "}
        <strong>{purgeAfter.toLocaleDateString("en-US", { dateStyle: "long" })}</strong> everything will be
        permanently deleted. Until then you can restore it, with all its data, exactly as it was.
      </p>
      <div className="mt-4">
        <RestoreFamilyForm />
      </div>
    </section>
  );
}
