/**
 * HTML to plain text and HTML to Markdown, for `nodeHelper.stripHtml` and
 * `nodeHelper.toMarkDownFromHtml`. Rich text from Azure DevOps, ServiceNow
 * and Zendesk arrives as HTML. The parser is forgiving (unclosed tags close
 * at their parent's end) and runs in linear time on any input.
 */

interface HtmlElement {
  name: string;
  attributes: Map<string, string>;
  children: HtmlNode[];
}

type HtmlNode = string | HtmlElement;

/** Elements that never have content. */
const VOID_ELEMENTS = new Set(["br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr", "source"]);
/** Elements whose content is dropped. */
const DROPPED_ELEMENTS = new Set(["script", "style", "head", "title"]);
/** Elements that start a new line in plain text. */
const BLOCK_ELEMENTS = new Set([
  "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "section", "article",
]);
/** Deeper nesting is flattened, which keeps the recursive renderers off the stack limit. */
const MAX_NESTING = 100;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", copy: "©", reg: "®", hellip: "…", mdash: "—", ndash: "–",
};

/** Decodes character references such as `&amp;`, `&#39;` and `&#x1F600;`; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, ref) ? NAMED_ENTITIES[ref]! : whole;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const pattern = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

/** Parses HTML into a tree under a root element named `#root`. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: "#root", attributes: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  let position = 0;
  let dropping: string | null = null;

  while (position < html.length) {
    const open = html.indexOf("<", position);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > position && dropping === null) stack[stack.length - 1]!.children.push(decodeEntities(html.slice(position, textEnd)));
    if (open < 0) break;

    if (html.startsWith("<!--", open)) {
      const end = html.indexOf("-->", open + 4);
      position = end < 0 ? html.length : end + 3;
      continue;
    }
    const close = html.indexOf(">", open + 1);
    if (close < 0) {
      if (dropping === null) stack[stack.length - 1]!.children.push(html.slice(open));
      break;
    }
    position = close + 1;
    const tag = html.slice(open + 1, close);
    const match = /^(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(tag);
    if (match === null) {
      if (dropping === null) stack[stack.length - 1]!.children.push(html.slice(open, close + 1));
      continue;
    }
    const name = match[2]!.toLowerCase();
    const closing = match[1] === "/";

    if (dropping !== null) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    if (closing) {
      const index = stack.map((element) => element.name).lastIndexOf(name);
      if (index > 0) stack.length = index;
      continue;
    }
    if (DROPPED_ELEMENTS.has(name)) {
      if (!tag.endsWith("/")) dropping = name;
      continue;
    }
    const element: HtmlElement = { name, attributes: parseAttributes(tag.slice(match[0].length)), children: [] };
    stack[stack.length - 1]!.children.push(element);
    if (!VOID_ELEMENTS.has(name) && !tag.endsWith("/") && stack.length < MAX_NESTING) stack.push(element);
  }
  return root;
}

/** Collapses runs of blank lines and trailing spaces left by removed markup. */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Returns the text of HTML without tags; line breaks and block elements become new lines. */
export function stripHtml(html: string): string {
  const parts: string[] = [];
  const walk = (node: HtmlNode): void => {
    if (typeof node === "string") {
      parts.push(node);
      return;
    }
    if (node.name === "br") parts.push("\n");
    const block = BLOCK_ELEMENTS.has(node.name);
    if (block) parts.push("\n");
    node.children.forEach(walk);
    if (block) parts.push("\n");
  };
  walk(parseHtml(html));
  return tidy(parts.join(""));
}

/** Converts HTML to Markdown: headings, paragraphs, emphasis, code, links, images, lists, quotes and rules. */
export function htmlToMarkdown(html: string): string {
  return tidy(renderChildren(parseHtml(html), { listDepth: 0, inPre: false }));
}

interface RenderState {
  listDepth: number;
  inPre: boolean;
}

function renderChildren(element: HtmlElement, state: RenderState): string {
  if (element.name === "ol" || element.name === "ul") {
    let index = 0;
    return element.children
      .map((child) => {
        if (typeof child === "string") return child.trim() === "" ? "" : child;
        if (child.name !== "li") return render(child, state);
        index++;
        const marker = element.name === "ol" ? `${index}. ` : "- ";
        const indent = "  ".repeat(state.listDepth);
        const body = renderChildren(child, { ...state, listDepth: state.listDepth + 1 }).trim();
        return `\n${indent}${marker}${body}`;
      })
      .join("");
  }
  return element.children.map((child) => render(child, state)).join("");
}

function render(node: HtmlNode, state: RenderState): string {
  if (typeof node === "string") return state.inPre ? node : node.replace(/\s+/g, " ");
  const inner = (): string => renderChildren(node, state);
  switch (node.name) {
    case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
      return `\n\n${"#".repeat(Number(node.name[1]))} ${inner().trim()}\n\n`;
    case "p": case "div": case "section": case "article": case "table":
      return `\n\n${inner().trim()}\n\n`;
    case "tr":
      return `\n${inner().trim()}`;
    case "br":
      return "\n";
    case "hr":
      return "\n\n---\n\n";
    case "strong": case "b":
      return wrapInline("**", inner());
    case "em": case "i":
      return wrapInline("_", inner());
    case "del": case "s": case "strike":
      return wrapInline("~~", inner());
    case "code":
      return state.inPre ? inner() : wrapInline("`", inner());
    case "pre":
      return `\n\n\`\`\`\n${trimNewlines(renderChildren(node, { ...state, inPre: true }))}\n\`\`\`\n\n`;
    case "blockquote":
      return `\n\n${inner().trim().split("\n").map((line) => `> ${line}`.trimEnd()).join("\n")}\n\n`;
    case "a": {
      const href = node.attributes.get("href");
      const text = inner().trim();
      return href === undefined || href === "" ? text : `[${text || href}](${href})`;
    }
    case "img":
      return `![${node.attributes.get("alt") ?? ""}](${node.attributes.get("src") ?? ""})`;
    case "ul": case "ol":
      // Each item starts with a newline; a nested list continues its parent item's lines.
      return state.listDepth > 0 ? renderChildren(node, state) : `\n${renderChildren(node, state)}\n\n`;
    default:
      return inner();
  }
}

/** Wraps inline text in a marker, keeping surrounding spaces outside it (`**bold** text`). */
function wrapInline(marker: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return text;
  const leading = text.startsWith(" ") ? " " : "";
  const trailing = text.endsWith(" ") ? " " : "";
  return `${leading}${marker}${trimmed}${marker}${trailing}`;
}

/** Removes leading and trailing newlines (a loop, because an anchored regex would backtrack on long runs). */
function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "\n") start++;
  while (end > start && text[end - 1] === "\n") end--;
  return text.slice(start, end);
}
