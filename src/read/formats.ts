// One reader per article format: plain text, Markdown with YAML front matter, HTML (visible article text
// only, via Mozilla Readability on linkedom), and JSON Lines (one article a line).
import matter from "gray-matter";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { BackchannelError } from "../../graph/errors.js";
import type { Article } from "../../graph/types.js";
import { dateFromText, normaliseDate } from "./article-date.js";

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** A first line that reads as a headline: short, no sentence-final period, followed by more text. */
export function titleLine(text: string): string | undefined {
  const m = text.match(/^\s*([^\n]{3,200})\n/);
  if (!m) return undefined;
  const line = m[1].trim();
  if (/[.;,]$/.test(line) || line.split(/\s+/).length > 25 || /^[•\-*]/.test(line)) return undefined;
  return line;
}

export function readTxt(id: string, origin: string, text: string): Article {
  return { id, origin, text, title: titleLine(text), date: dateFromText(text) };
}

export function readMarkdown(id: string, origin: string, raw: string): Article {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // with options, gray-matter skips its cache: a plain object keyed by the whole file, which would keep every
    // article read in memory and returns Object.prototype members for texts like "valueOf"
    parsed = matter(raw, { language: "yaml" });
  } catch (e) {
    const err = e as Error & { mark?: { line?: number } };
    const line = err.mark?.line !== undefined ? `:${err.mark.line + 1}` : "";
    const why = err.message.split("\n")[0].replace(/\s*at line \d+, column \d+:?$/, "");
    throw new BackchannelError("EINPUT", `${origin}${line}: malformed YAML front matter (${why})`);
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const text = parsed.content;
  if (!text.trim()) throw new BackchannelError("EINPUT", `${origin}: no article text after the front matter`);
  const heading = text.match(/^\s*#\s+(.+)$/m)?.[1]?.trim();
  return {
    id: str(data.id) ?? id,
    origin,
    text,
    ...recordMeta(data, text, heading),
  };
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt";

export function readHtml(id: string, origin: string, html: string): Article {
  // linkedom leaves documentElement null for a fragment without <html>: give fragments a document
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  if (!document.documentElement) throw new BackchannelError("EINPUT", `${origin}: not readable as HTML`);
  const ld = linkedData(document);
  for (const el of document.querySelectorAll("script, style, noscript, template, svg, iframe")) el.remove();
  const meta = (sel: string) => str(document.querySelector(sel)?.getAttribute("content"));
  const metaDate =
    meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]');
  const timeEl = str(document.querySelector("time[datetime]")?.getAttribute("datetime"));
  // linkedom's DOM has no TypeScript DOM lib here: elements are typed loosely.
  let body: any = null;
  let title: string | undefined;
  try {
    const parsed = new Readability(document.cloneNode(true) as any, { charThreshold: 100 }).parse();
    if (parsed?.content) {
      body = parseHTML(`<html><body>${parsed.content}</body></html>`).document.body;
      title = str(parsed.title);
    }
  } catch {
    body = null;
  }
  const root = body ?? document.querySelector("article, main") ?? document.body;
  const text = root ? blockText(root) : "";
  if (!text.trim()) throw new BackchannelError("EINPUT", `${origin}: no visible article text in the HTML`);
  title ??= ld.headline ?? str(document.querySelector("h1")?.textContent) ?? str(document.querySelector("title")?.textContent);
  return {
    id,
    origin,
    text,
    title,
    date: normaliseDate(metaDate ?? ld.datePublished ?? timeEl) ?? dateFromText(text),
    source: meta('meta[property="og:site_name"]') ?? ld.publisher,
    url: meta('meta[property="og:url"]') ?? str(document.querySelector('link[rel="canonical"]')?.getAttribute("href")),
  };
}

/** A news page's schema.org JSON-LD (NewsArticle and the like): its date, headline and publisher, when given. */
function linkedData(document: any): { datePublished?: unknown; headline?: string; publisher?: string } {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(String(el.textContent ?? ""));
    } catch {
      continue; // a page's broken metadata is no reason to refuse its text
    }
    const items = (Array.isArray(data) ? data : [data, ...((data as any)?.["@graph"] ?? [])]) as any[];
    const art = items.find((x) => x && typeof x === "object" && (x.datePublished || x.headline));
    if (art) return { datePublished: art.datePublished, headline: str(art.headline), publisher: str(art.publisher?.name) ?? str(art.publisher) };
  }
  return {};
}

/** Block elements' text, one paragraph a line pair; inline whitespace collapsed. */
function blockText(root: any): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el: any) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [root])
    .map((el: any) => String(el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter((t: string) => t && !BOILERPLATE.test(t));
  return parts.join("\n\n") + "\n";
}

/** Subscription and sharing boilerplate that Readability sometimes keeps. */
const BOILERPLATE = /^(subscribe( now)?|sign up|share (this|on)|advertisement|read more|related( articles)?|follow us)\b.{0,80}$/i;

export function parseJsonlLine(line: string, origin: string, lineNo: number): Article {
  let rec: Record<string, unknown>;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    throw new BackchannelError("EINPUT", `${origin}:${lineNo}: not valid JSON (${(e as Error).message.split("\n")[0]})`);
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec))
    throw new BackchannelError("EINPUT", `${origin}:${lineNo}: expected a JSON object with a "text" field`);
  const text = first(rec, TEXT_FIELDS);
  if (typeof text !== "string" || !text.trim())
    throw new BackchannelError("EINPUT", `${origin}:${lineNo}: missing or empty "text" field (or ${TEXT_FIELDS.slice(1, 4).join(", ")} …)`);
  const id = str(rec.id) ?? (typeof rec.id === "number" ? String(rec.id) : undefined) ?? `${baseId(origin)}-${lineNo}`;
  return {
    id,
    origin: `${origin}:${lineNo}`,
    text,
    ...recordMeta(rec, text),
  };
}

/** The field names news feeds and scrapers use for an article's text, title, date, source and address, the
 * project's own first ("text", "title", "date", "source", "url"). */
const TEXT_FIELDS = ["text", "body", "content", "maintext", "article", "articleBody", "full_text", "fullText"];
const TITLE_FIELDS = ["title", "headline"];
const DATE_FIELDS = ["date", "published", "publishedAt", "published_at", "pubDate", "datePublished", "date_publish", "publish_date", "timestamp"];
const SOURCE_FIELDS = ["source", "publisher", "source_domain", "site", "outlet"];
const URL_FIELDS = ["url", "link", "href"];
const first = (rec: Record<string, unknown>, keys: string[]) => keys.map((k) => rec[k]).find((v) => v !== undefined && v !== null && v !== "");
/** A source may be an object ({"name": "Example Wire"}). */
const named = (v: unknown) => str(v) ?? (v && typeof v === "object" ? str((v as Record<string, unknown>).name) : undefined);

/** `heading`: a title the text itself gives (a Markdown "# …"), before its first line. */
function recordMeta(rec: Record<string, unknown>, text: string, heading?: string): Pick<Article, "title" | "date" | "source" | "url"> {
  return {
    title: str(first(rec, TITLE_FIELDS)) ?? heading ?? titleLine(text),
    date: normaliseDate(first(rec, DATE_FIELDS)) ?? dateFromText(text),
    source: named(first(rec, SOURCE_FIELDS)),
    url: str(first(rec, URL_FIELDS)),
  };
}

export function baseId(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, "");
}
