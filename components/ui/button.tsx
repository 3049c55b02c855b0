import Link from "next/link";
import type { ComponentProps } from "react";

const base =
  "inline-flex items-center justify-center gap-2 rounded-xl px-5 py-3 text-base font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60 min-h-12";
const variants = {
  primary: "bg-hearth-700 text-white hover:bg-hearth-800",
  secondary: "border-2 border-hearth-700 bg-white text-hearth-800 hover:bg-hearth-50",
  quiet: "text-hearth-800 underline-offset-4 hover:underline",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

type Variant = keyof typeof variants;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<"button"> & { variant?: Variant }) {
  return <button className={`${base} ${variants[variant]} ${className}`} {...props} />;
}

export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={`${base} ${variants[variant]} ${className}`} {...props} />;
}
