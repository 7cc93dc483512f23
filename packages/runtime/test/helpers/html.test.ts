import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToMarkdown, stripHtml } from "../../src/helpers/html.ts";

describe("stripHtml", () => {
  it("removes tags and keeps line structure", () => {
    expect(stripHtml("<div>Line one<br>Line two</div><p>Para</p>")).toBe("Line one\nLine two\n\nPara");
  });

  it("decodes entities", () => {
    expect(stripHtml("Fish &amp; chips &lt;3 &#39;quoted&#39; &#x1F600; &unknown;")).toBe("Fish & chips <3 'quoted' 😀 &unknown;");
  });

  it("drops scripts, styles and comments", () => {
    expect(stripHtml("a<script>alert('x')</script>b<style>p{}</style>c<!-- note -->d")).toBe("abcd");
  });

  it("keeps stray angle brackets", () => {
    expect(stripHtml("1 < 2 and 3 > 2")).toBe("1 < 2 and 3 > 2");
    expect(stripHtml("unclosed <b")).toBe("unclosed <b");
  });

  it("handles long hostile input quickly", () => {
    const hostile = "<".repeat(50_000) + " ".repeat(50_000) + "x" + "\n".repeat(50_000) + "y";
    const started = performance.now();
    stripHtml(hostile);
    htmlToMarkdown(`<pre>${"\n".repeat(50_000)}x</pre>`);
    htmlToMarkdown("<b>".repeat(10_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("htmlToMarkdown", () => {
  it("converts inline markup", () => {
    expect(htmlToMarkdown("<p>A <strong>bold</strong> and <em>slanted</em> <code>x()</code> word</p>")).toBe("A **bold** and _slanted_ `x()` word");
  });

  it("converts links and images", () => {
    expect(htmlToMarkdown('<a href="https://example.org/a?b=1&amp;c=2">the docs</a>')).toBe("[the docs](https://example.org/a?b=1&c=2)");
    expect(htmlToMarkdown('<img src="/s.png" alt="shot">')).toBe("![shot](/s.png)");
  });

  it("converts headings, lists and quotes", () => {
    const html = "<h2>Steps</h2><ol><li>Open</li><li>Click <b>Save</b><ul><li>twice</li></ul></li></ol><blockquote><p>It fails</p></blockquote><hr>";
    expect(htmlToMarkdown(html)).toBe("## Steps\n\n1. Open\n2. Click **Save**\n  - twice\n\n> It fails\n\n---");
  });

  it("keeps preformatted text", () => {
    expect(htmlToMarkdown("<pre><code>if (a) {\n  b()\n}</code></pre>")).toBe("```\nif (a) {\n  b()\n}\n```");
  });

  it("decodes entities on their own", () => {
    expect(decodeEntities("&quot;&apos;&nbsp;&#0;")).toBe("\"' &#0;");
  });
});

describe("HTML conversion on any input", () => {
  const htmlish = fc.array(fc.oneof(fc.constantFrom("<", ">", "</", "<b>", "</b>", "<p>", "<li>", "<ul>", "&amp;", "&#", "<!--", "-->", "<pre>", "\n", " "), fc.string()), { maxLength: 40 }).map((parts) => parts.join(""));

  it("never throws", () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        expect(typeof stripHtml(html)).toBe("string");
        expect(typeof htmlToMarkdown(html)).toBe("string");
      }),
    );
  });

  it("leaves tag-free text alone", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9.,!? ]*$/), (text) => {
        expect(stripHtml(text)).toBe(text.trim());
      }),
    );
  });
});
