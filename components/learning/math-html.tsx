/**
 * Shows item text that render-math.ts turned into HTML on the server: escaped text plus KaTeX
 * markup (with `trust: false`, so no links or raw HTML), built from our own item bank, never
 * from anything a child or a request supplied. The one place learning pages set inner HTML.
 */
export function MathHtml({ html, className }: { html: string; className?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered item text, see above
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
