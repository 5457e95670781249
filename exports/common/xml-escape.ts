// Makes any JavaScript string safe inside XML 1.0: drops the characters XML 1.0 forbids (C0 controls other
// than tab/newline/return, lone surrogates, U+FFFE/U+FFFF) and escapes markup, for attributes and for text.

/** Characters that can never appear in an XML 1.0 document, even as character references. */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_WORK = /[\u0000-\u001F&<>"\u0085\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r\u0085\u2028\u2029]/g;
const TEXT_SPECIALS = /[&<>\r\u0085\u2028\u2029]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // Escaped so that attribute-value normalisation does not turn them into spaces on reading.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
  // XML 1.1 line ends: parsers that apply 1.1 rules (xmldom) turn raw ones into newlines or spaces.
  "\u0085": "&#133;",
  "\u2028": "&#8232;",
  "\u2029": "&#8233;",
};

/** The string without the characters XML 1.0 forbids; emoji (paired surrogates) are kept. */
export function xmlSafe(s: string): string {
  return s.replace(FORBIDDEN, "");
}

/** For a double-quoted attribute value: forbidden characters dropped, markup and whitespace escaped. */
export function escapeAttribute(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return xmlSafe(s).replace(ATTRIBUTE_SPECIALS, (c) => ENTITIES[c]!);
}

/** For element text: forbidden characters dropped, `& < >` and carriage returns escaped. */
export function escapeText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return xmlSafe(s).replace(TEXT_SPECIALS, (c) => ENTITIES[c]!);
}

/** A finite number as XML wants it (xsd:float/double), rounded to `digits` decimals; non-finite becomes 0. */
export function xmlNumber(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return "0";
  const f = 10 ** digits;
  return String(Math.round(n * f) / f);
}
