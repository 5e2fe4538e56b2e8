/**
 * A strict scanner for the XML of an .xlsx part, for the fast workbook reader (xlsx-fast.ts).
 *
 * It accepts only plain element markup: start and end tags with ASCII names, quoted attributes, text with the five
 * predefined entities and character references, and an XML declaration at the start of a document. Anything else
 * — comments, CDATA, processing instructions, a DOCTYPE, a bare `&`, `]]>` in text, a carriage return or a tab or
 * line feed in an attribute value (which an XML parser would normalise), an unknown entity, mismatched or unclosed
 * tags, duplicate attributes — throws `XmlScanRefused`. A well-formed part that a conforming parser (saxes, which
 * exceljs uses) reads differently is therefore never read here: the caller reads such a file the slow way.
 */

/** Thrown for anything the scanner does not accept; the reader falls back to exceljs. `message` says what, in English. */
export class XmlScanRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlScanRefused";
  }
}

/** Receives the scanned markup. Attribute values and text are decoded. */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const ATTR = /\s+([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_REST = /\s*(\/?)>/y;
const DECLARATION = /^<\?xml version=(["'])1\.0\1(?: encoding=(["'])(?:UTF-8|utf-8)\2)?(?: standalone=(["'])(?:yes|no)\3)?\s*\?>/;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Characters XML 1.0 does not allow in a document, and a raw carriage return (which a parser turns into a line feed). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is looked for
const REFUSED_CHARS = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/;

/** Whether a code point given by a character reference is one this scanner passes on unchanged (tab, line feed, printable). */
function allowedCodePoint(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Decode the entity and character references of a text or attribute value; throws on anything else after `&`. */
export function decodeXmlText(s: string): string {
  if (s.indexOf("&") === -1) return s;
  let out = "";
  let last = 0;
  for (let at = s.indexOf("&"); at !== -1; at = s.indexOf("&", last)) {
    ENTITY.lastIndex = at;
    const m = ENTITY.exec(s);
    if (!m) throw new XmlScanRefused(`unknown reference at ${at}`);
    let ch: string;
    if (m[1]) ch = NAMED[m[1]];
    else {
      const cp = m[2] !== undefined ? Number(m[2]) : parseInt(m[3], 16);
      if (!allowedCodePoint(cp)) throw new XmlScanRefused(`character reference ${m[0]}`);
      ch = String.fromCodePoint(cp);
    }
    out += s.slice(last, at) + ch;
    last = ENTITY.lastIndex;
  }
  return out + s.slice(last);
}

/** Refuse a part with characters XML forbids, a raw carriage return, or `]]>`. */
export function checkPartText(xml: string): void {
  if (REFUSED_CHARS.test(xml)) throw new XmlScanRefused("control character or carriage return");
  if (xml.indexOf("]]>") !== -1) throw new XmlScanRefused("]]>");
}

/**
 * Scan `xml[from, to)` as a sequence of balanced elements and text, calling `handler`.
 * @throws XmlScanRefused for anything not accepted (see the module comment).
 */
export function scanFragment(xml: string, from: number, to: number, handler: XmlHandler): void {
  const stack: string[] = [];
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt === -1 || lt > to ? to : lt;
    if (textEnd > i) handler.text(decodeXmlText(xml.slice(i, textEnd)));
    if (textEnd === to) break;
    i = lt + 1;
    const c = xml.charCodeAt(i);
    if (c === 0x2f /* / */) {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(xml);
      if (!m) throw new XmlScanRefused(`bad end tag at ${lt}`);
      const close = xml.indexOf(">", NAME.lastIndex);
      if (close === -1 || close >= to || xml.slice(NAME.lastIndex, close).trim() !== "") throw new XmlScanRefused(`bad end tag at ${lt}`);
      if (stack.pop() !== m[0]) throw new XmlScanRefused(`mismatched end tag ${m[0]}`);
      handler.close(m[0]);
      i = close + 1;
      continue;
    }
    const tag = startTag(xml, lt, to);
    handler.open(tag.name, tag.attrs, tag.selfClosing);
    if (tag.selfClosing) handler.close(tag.name);
    else stack.push(tag.name);
    i = tag.end;
  }
  if (stack.length > 0) throw new XmlScanRefused(`unclosed ${stack[stack.length - 1]}`);
}

/**
 * The start tag at `lt` (the index of its `<`), ending before `to`: its name, decoded attributes, whether it closes
 * itself, and the index after its `>`.
 * @throws XmlScanRefused for anything but a plain start tag.
 */
export function startTag(xml: string, lt: number, to: number): { name: string; attrs: Record<string, string>; selfClosing: boolean; end: number } {
  NAME.lastIndex = lt + 1;
  const m = xml.charCodeAt(lt) === 0x3c ? NAME.exec(xml) : null;
  if (!m) throw new XmlScanRefused(`markup other than an element at ${lt}`);
  const name = m[0];
  let at = NAME.lastIndex;
  const attrs: Record<string, string> = {};
  for (;;) {
    ATTR.lastIndex = at;
    const a = ATTR.exec(xml);
    if (!a || ATTR.lastIndex > to) break;
    const raw = a[2] ?? a[3];
    if (/[\t\n]/.test(raw)) throw new XmlScanRefused("whitespace character in an attribute value");
    if (Object.prototype.hasOwnProperty.call(attrs, a[1])) throw new XmlScanRefused(`duplicate attribute ${a[1]}`);
    attrs[a[1]] = decodeXmlText(raw);
    at = ATTR.lastIndex;
  }
  TAG_REST.lastIndex = at;
  const rest = TAG_REST.exec(xml);
  if (!rest || TAG_REST.lastIndex > to) throw new XmlScanRefused(`bad start tag ${name}`);
  return { name, attrs, selfClosing: rest[1] === "/", end: TAG_REST.lastIndex };
}

/**
 * Scan a whole part: an optional XML declaration, one root element, whitespace around.
 * @throws XmlScanRefused for anything not accepted.
 */
export function scanDocument(xml: string, handler: XmlHandler): void {
  checkPartText(xml);
  const start = prologEnd(xml);
  let depth = 0;
  let roots = 0;
  scanFragment(xml, start, xml.length, {
    open(name, attrs, selfClosing) {
      if (depth === 0) roots++;
      if (roots > 1) throw new XmlScanRefused("more than one root element");
      depth++;
      handler.open(name, attrs, selfClosing);
    },
    close(name) {
      depth--;
      handler.close(name);
    },
    text(text) {
      if (depth === 0) {
        if (text.trim() !== "") throw new XmlScanRefused("text outside the root element");
        return;
      }
      handler.text(text);
    },
  });
  if (roots !== 1) throw new XmlScanRefused("no root element");
}

/** Where the markup starts after an optional XML declaration (which must be the very first thing in the part). */
export function prologEnd(xml: string): number {
  if (!xml.startsWith("<?")) return 0;
  const m = DECLARATION.exec(xml);
  if (!m) throw new XmlScanRefused("XML declaration not accepted");
  return m[0].length;
}
