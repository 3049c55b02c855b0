import { ButtonLink } from "@/components/ui/button";

const features = [
  {
    title: "A patient tutor that asks, not tells",
    body: "Hearth's tutor guides your child with questions and hints, checks understanding, and never just hands over the answer.",
  },
  {
    title: "Practice that fits",
    body: "A short placement finds where your child is. Practice adapts as they learn, and gentle reviews help it stick.",
  },
  {
    title: "You stay in charge",
    body: "See progress and time, read every conversation, set what the tutor may discuss, and produce the records your state asks for.",
  },
  {
    title: "Privacy is the product",
    body: "Children never have accounts or emails. Conversations are encrypted. Every promise we make is checked by an automated test.",
  },
];

export default function HomePage() {
  return (
    <div className="flex flex-col gap-14">
      <section className="flex flex-col gap-6 pt-6">
        <h1 className="max-w-3xl text-4xl font-extrabold leading-tight tracking-tight sm:text-5xl">
          Calm, private learning for homeschool families.
        </h1>
        <p className="max-w-2xl text-xl text-muted">
          Hearth pairs your child with a Socratic tutor and adaptive practice, while you keep the full picture
          and the final say.
        </p>
        <div className="flex flex-wrap gap-4">
          <ButtonLink href="/sign-up">Create a family account</ButtonLink>
          <ButtonLink href="/learn" variant="secondary">
            I&apos;m a learner
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="features-heading" className="flex flex-col gap-6">
        <h2 id="features-heading" className="text-2xl font-bold">
          What Hearth does
        </h2>
        <ul className="grid gap-5 sm:grid-cols-2">
          {features.map((f) => (
            <li key={f.title} className="rounded-2xl border border-stone-200 bg-white p-6">
              <h3 className="text-lg font-bold">{f.title}</h3>
              <p className="mt-2 text-muted">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
