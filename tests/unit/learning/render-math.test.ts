import { describe, expect, it } from "vitest";
import { escapeHtml, renderMathHtml } from "@/components/learning/render-math";

describe("item text with maths renders to safe HTML on the server", () => {
  it("renders $…$ with KaTeX, with MathML for screen readers, and escapes the text around it", () => {
    const html = renderMathHtml("What is $\\frac{1}{2} + \\frac{1}{4}$ of <b>the</b> pizza?");
    expect(html).toContain('class="katex"');
    expect(html).toContain("<math");
    expect(html).toContain("<mfrac>");
    expect(html).toContain("What is ");
    expect(html).toContain(" of &lt;b&gt;the&lt;/b&gt; pizza?");
    expect(html).not.toContain("<b>");
  });

  it("keeps \\$ and an unpaired $ as dollar signs, and never throws on bad TeX", () => {
    expect(renderMathHtml("It costs \\$5.")).toBe("It costs $5.");
    expect(renderMathHtml("Just one $ here")).toBe("Just one $ here");
    expect(() => renderMathHtml("$\\frac{1}{$ and $\\undefinedmacro{x}$")).not.toThrow();
    expect(renderMathHtml(`$${"x".repeat(3000)}$`)).not.toContain("katex");
    expect(renderMathHtml("")).toBe("");
  });

  it("TeX cannot smuggle markup or links into the page", () => {
    const html = renderMathHtml(
      "$\\href{javascript:alert(1)}{x} \\htmlClass{a}{b} <img src=x onerror=alert(1)>$",
    );
    expect(html).not.toMatch(/href="javascript/);
    expect(html).not.toMatch(/<img/);
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});
