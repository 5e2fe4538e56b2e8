/**
 * The Word (.docx) writer: the report laid out to GB/T 9704-2012 《党政机关公文格式》, ready to publish.
 *
 * - A4 portrait, margins top 37 mm / left 28 mm, text block 156 × 225 mm, 22 lines of 28 characters (a character
 *   grid of type `lines`, 28 characters a line by condensed character spacing, and exact line spacing of 28.95 pt); see `docx-layout.ts` for every figure.
 * - Title 2号 方正小标宋简体, centred; body 3号 仿宋_GB2312 with a 2-character first-line indent; 一、 headings 黑体 3号,
 *   （一） headings 楷体_GB2312 3号; Arabic figures and Latin letters in Times New Roman. Fonts are named, not embedded;
 *   the font table names a fallback (`w:altName`: 仿宋 for 仿宋_GB2312, 楷体 for 楷体_GB2312, 宋体 for the title).
 * - Page numbers `— 1 —` in 4号 宋体 in the footer, odd pages right, even pages left (different odd and even footers).
 * - 表二 in portrait; 表三 (10 columns) and 表四 (15 columns) each in a landscape section of their own, with the
 *   merged headers of the report's format (`doc.format.tables[key].cells`), 五号 text and the header rows repeated when a
 *   table runs over a page.
 * - Values as typed: a number as stored (no rounding), text such as "/" as typed, blank as blank.
 * - A `gap` run (a figure or text not filled in) is bold on a yellow highlight, so nobody publishes it unnoticed; the
 *   未通过校验 notice is bold red; the signature (agency, date) is right-aligned at the end.
 *
 * Pure: no file system, no Node or DOM imports; works in Node (Jest, CLI) and in the task pane's browser bundle.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ISectionOptions,
} from "docx";
import type { LayoutCell, TableDef, TableKey } from "../format";
import type { CellValue } from "../report";
import type { Block, ReportDocument, Run } from "../narrative";
import { bandsOf, displayValue } from "./table-grid";
import {
  A4,
  CHAR_PITCH,
  CHAR_SPACING,
  FONTS,
  FONT_PT,
  LANDSCAPE_MARGINS,
  LANDSCAPE_TEXT_WIDTH,
  LINE_PITCH,
  PORTRAIT_MARGINS,
  PORTRAIT_TEXT_WIDTH,
  type Margins,
} from "./docx-layout";

/** The tables printed on landscape pages: too wide for the 156 mm portrait text block. */
export const LANDSCAPE_TABLES: readonly TableKey[] = ["table3", "table4"];

type FontSpec = { name: string; alt: string };

/** Run fonts: the Chinese face for East Asian text, Times New Roman for figures and Latin letters. */
function fonts(eastAsia: FontSpec, latin: FontSpec = FONTS.latin): NonNullable<IRunOptions["font"]> {
  return { eastAsia: eastAsia.name, ascii: latin.name, hAnsi: latin.name, cs: latin.name };
}

const halfPoints = (pt: number) => Math.round(pt * 2);

const BODY_RUN = { font: fonts(FONTS.body), size: halfPoints(FONT_PT.body), characterSpacing: CHAR_SPACING } as const;

/** Exact line spacing on the body's grid (28.95 pt). */
const BODY_SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** A 2-character first-line indent: `firstLineChars` for Word and WPS, the same in twips for other readers. */
const FIRST_LINE_INDENT = { firstLineChars: 200, firstLine: 2 * CHAR_PITCH } as const;

/** The runs of a paragraph; gaps bold on yellow so a placeholder cannot go out unnoticed. */
function textRuns(runs: Run[], base: IRunOptions): TextRun[] {
  return runs.map((r) =>
    r.kind === "gap"
      ? new TextRun({ ...base, text: r.text, bold: true, highlight: HighlightColor.YELLOW })
      : new TextRun({ ...base, text: r.text }),
  );
}

function blockParagraphs(b: Exclude<Block, { type: "table" }>, keepWithNext = false): Paragraph[] {
  switch (b.type) {
    case "title": {
      const run = { font: fonts(FONTS.title), size: halfPoints(FONT_PT.title) };
      return [
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          // 2号 type needs more than the body's 28.95 pt: 1.25 body lines (36.2 pt) a title line.
          spacing: { line: Math.round(LINE_PITCH * 1.25), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: textRuns(b.runs, run),
        }),
        // GB/T 9704 §7.3.1: one blank line between the title and the body.
        new Paragraph({ spacing: BODY_SPACING, children: [] }),
      ];
    }
    case "checkNotice":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: BODY_SPACING,
          border: {
            top: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 2 },
            bottom: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 2 },
            left: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 },
            right: { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 },
          },
          children: textRuns(b.runs, { ...BODY_RUN, bold: true, color: "C00000" }),
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: BODY_SPACING,
          indent: FIRST_LINE_INDENT,
          keepNext: keepWithNext || undefined,
          children: textRuns(b.runs, BODY_RUN),
        }),
      ];
    case "heading": {
      const face = b.level === 1 ? FONTS.heading1 : FONTS.heading2;
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          alignment: AlignmentType.JUSTIFIED,
          spacing: BODY_SPACING,
          indent: FIRST_LINE_INDENT,
          keepNext: true,
          children: [new TextRun({ text: b.text, font: fonts(face), size: halfPoints(FONT_PT.body), characterSpacing: CHAR_SPACING })],
        }),
      ];
    }
    case "signature": {
      const lines = [b.agency, b.date].filter((x) => x.trim() !== "");
      if (lines.length === 0) return [];
      // GB/T 9704 §7.3.5.2: a blank line under the text, then the agency and the date, 右空二字.
      return [
        new Paragraph({ spacing: BODY_SPACING, children: [] }),
        ...lines.map(
          (line) =>
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              spacing: BODY_SPACING,
              indent: { right: 2 * CHAR_PITCH },
              keepLines: true,
              children: [new TextRun({ ...BODY_RUN, text: line })],
            }),
        ),
      ];
    }
  }
}

// ───────────────────────────── tables ─────────────────────────────

/**
 * A paragraph style off the document grid (`w:snapToGrid w:val="0"`), for table cells and the page number: small
 * type must keep its own line height and character pitch rather than take the body's 28.95 pt lines and 3号
 * character cells. docx has no paragraph-level `snapToGrid`, so the style is given as XML.
 */
export const NO_GRID_STYLE = "NoGrid";

const EXTRA_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${NO_GRID_STYLE}"><w:name w:val="No Grid"/>` +
  '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr>' +
  '<w:rPr><w:snapToGrid w:val="0"/></w:rPr></w:style>' +
  "</w:styles>";

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 6, color: "000000" } as const;

/** Split `total` twips over the columns in proportion to `weights`; the parts sum to `total` exactly. */
export function columnTwips(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out: number[] = [];
  let used = 0;
  let acc = 0;
  for (const w of weights) {
    acc += w;
    const edge = Math.round((acc / sum) * total);
    out.push(edge - used);
    used = edge;
  }
  return out;
}

/**
 * Relative column widths for the Word tables. 表二 and 表四 use the format's own widths. 表三 gets its own so that its
 * 28 rows of 五号 text fit one landscape page: value columns three characters wide (`社会公益组织` on two lines), the
 * first label column two characters wide (`三、本年度办理结果` runs down its 22 rows), and the rest to the item labels,
 * which then take at most two lines.
 */
function columnWeights(def: TableDef): readonly number[] {
  const w = def.colWidths;
  return def.key === "table3" ? [6, 12, 54, ...w.slice(3)] : w;
}

/** Exact line height of table text: 1.15 times the type size (12 pt → 13.8 pt, 10.5 pt → 12.1 pt), in twips. */
const tableLine = (pt: number) => Math.round(pt * 20 * 1.15);

/**
 * A header's lines of even length when it is wider than its cell: `结果维持` in a cell three characters wide prints as
 * `结果` / `维持`, not `结果维` / `持`. `chars` is how many characters of the table type fit on one line of the cell.
 */
export function balancedLines(text: string, chars: number): string[] {
  const glyphs = [...text];
  if (chars < 1 || glyphs.length <= chars) return [text];
  const lines = Math.ceil(glyphs.length / chars);
  const per = Math.ceil(glyphs.length / lines);
  const out: string[] = [];
  for (let i = 0; i < glyphs.length; i += per) out.push(glyphs.slice(i, i + per).join(""));
  return out;
}

function cellParagraph(lines: string[], pt: number, opts: { bold?: boolean; align: "center" | "left"; keepNext?: boolean }): Paragraph {
  // Exact spacing a little above the type size, and off the body's grid (see NO_GRID_STYLE).
  const run = { bold: opts.bold, font: fonts(FONTS.song), size: halfPoints(pt), snapToGrid: false };
  return new Paragraph({
    style: NO_GRID_STYLE,
    alignment: opts.align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: opts.keepNext || undefined,
    spacing: { line: tableLine(pt), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: lines.filter((l) => l !== "").map((text, i) => new TextRun({ ...run, text, break: i > 0 ? 1 : undefined })),
  });
}

/** Cell margins left and right, in twips (1 mm). */
const CELL_MARGIN = 57;

/**
 * One statistics table as a Word table, laid out from its cells in the report's format (`format.tables[…].cells`): every merged cell with its
 * column span (`w:gridSpan`) and row span (`w:vMerge`), captions and headers bold and centred, labels left-aligned,
 * values centred and printed as typed.
 *
 * @param width the text width the table fills, in twips.
 * @param pt the size of the table text, in points.
 */
export function docxTable(def: TableDef, values: Record<string, CellValue>, width: number, pt: number): Table {
  const widths = columnTwips(columnWeights(def), width);
  const bands = bandsOf(def);
  // A single band without captions has a real header block (表三, 表四): repeat it on every page the table covers.
  const repeated = bands.length === 1 && bands[0].captions.length === 0 ? new Set(bands[0].headerRows) : new Set<number>();
  const cellWidth = (c: LayoutCell) => widths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0);
  const rows: TableRow[] = [];
  for (let r = 0; r < def.rows; r++) {
    // The cells that start in this row, and the lower parts (w:vMerge continue) of those that span down into it. The
    // lower parts are written here rather than by docx's rowSpan so that their empty paragraph is off the grid too
    // (an empty body paragraph would make the row 28.95 pt high).
    // Every row but the last keeps with the next, so a table that fits on a page is never split from its caption or
    // across two pages (表二 broke between a 第二十条 caption and its header row).
    const keepNext = r < def.rows - 1;
    const covering = def.cells
      .filter((c) => c.row === r || (c.row < r && r < c.row + c.rowSpan))
      .sort((a, b) => a.col - b.col);
    const cells = covering.map((c) => {
      const common = {
        columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
        width: { size: cellWidth(c), type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
      };
      if (c.row < r) {
        return new TableCell({ ...common, verticalMerge: VerticalMergeType.CONTINUE, children: [cellParagraph([], pt, { align: "left", keepNext })] });
      }
      let paragraph: Paragraph;
      switch (c.role) {
        case "caption":
        case "header": {
          const fit = Math.floor((cellWidth(c) - 2 * CELL_MARGIN) / (pt * 20));
          paragraph = cellParagraph(balancedLines(c.text ?? "", fit), pt, { bold: true, align: "center", keepNext });
          break;
        }
        case "note":
        case "label":
          paragraph = cellParagraph([c.text ?? ""], pt, { align: c.rowSpan > 1 && c.colSpan === 1 ? "center" : "left", keepNext });
          break;
        case "input":
          paragraph = cellParagraph([displayValue(values[c.key ?? ""])], pt, { align: "center", keepNext });
          break;
      }
      return new TableCell({
        ...common,
        verticalMerge: c.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
        children: [paragraph],
      });
    });
    rows.push(new TableRow({ children: cells, tableHeader: repeated.has(r) || undefined, cantSplit: true }));
  }
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: {
      top: CELL_BORDER,
      bottom: CELL_BORDER,
      left: CELL_BORDER,
      right: CELL_BORDER,
      insideHorizontal: CELL_BORDER,
      insideVertical: CELL_BORDER,
    },
  });
}

function captionParagraph(caption: string): Paragraph {
  // 24 pt lines, off the grid: a landscape page has room for 表三's 28 rows only if the caption takes no more.
  return new Paragraph({
    style: NO_GRID_STYLE,
    alignment: AlignmentType.CENTER,
    spacing: { line: 480, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    keepNext: true,
    children: [new TextRun({ text: caption, font: fonts(FONTS.heading1), size: halfPoints(FONT_PT.body) })],
  });
}

// ───────────────────────────── pages ─────────────────────────────

function pageNumberFooter(side: "odd" | "even"): Footer {
  const run = { font: fonts(FONTS.song, FONTS.song), size: halfPoints(FONT_PT.pageNumber) };
  // 居右空一字 / 居左空一字: one 4号 character (14 pt) from the edge of the text block.
  const indent = { [side === "odd" ? "right" : "left"]: Math.round(FONT_PT.pageNumber * 20) };
  return new Footer({
    children: [
      new Paragraph({
        style: NO_GRID_STYLE,
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({ ...run, text: "— " }),
          new TextRun({ ...run, children: [PageNumber.CURRENT] }),
          new TextRun({ ...run, text: " —" }),
        ],
      }),
    ],
  });
}

type Orientation = "portrait" | "landscape";

function section(orientation: Orientation, children: (Paragraph | Table)[]): ISectionOptions {
  const m: Margins = orientation === "portrait" ? PORTRAIT_MARGINS : LANDSCAPE_MARGINS;
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: {
          width: A4.width,
          height: A4.height,
          orientation: orientation === "portrait" ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: { top: m.top, right: m.right, bottom: m.bottom, left: m.left, header: m.header, footer: m.footer, gutter: 0 },
      },
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
    },
    footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
    children,
  };
}

/** The document's blocks split into sections: portrait text, and one landscape section per wide table. */
function sections(doc: ReportDocument): ISectionOptions[] {
  const out: ISectionOptions[] = [];
  let current: (Paragraph | Table)[] = [];
  const flush = () => {
    if (current.length > 0) out.push(section("portrait", current));
    current = [];
  };
  doc.blocks.forEach((b, i) => {
    if (b.type !== "table") {
      // A sentence that introduces a portrait table ("见下表") stays on the table's page.
      const next = doc.blocks[i + 1];
      current.push(...blockParagraphs(b, next?.type === "table" && !LANDSCAPE_TABLES.includes(next.table)));
      return;
    }
    const landscape = LANDSCAPE_TABLES.includes(b.table);
    const width = landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
    const pt = landscape ? FONT_PT.tableLandscape : FONT_PT.tablePortrait;
    const content = [captionParagraph(b.caption), docxTable(doc.format.tables[b.table], b.values, width, pt)];
    if (!landscape) {
      current.push(...content);
      return;
    }
    flush();
    out.push(section("landscape", content));
  });
  flush();
  // A section must end with a paragraph (Word adds an empty one after a final table anyway).
  if (out.length === 0) out.push(section("portrait", [new Paragraph({ children: [] })]));
  return out;
}

/** The font table: each font by name, with its charset and the name a reader may substitute (`w:altName`). */
function fontTableXml(): string {
  const gb2312 = (f: FontSpec, family: "roman" | "modern" | "script") =>
    `<w:font w:name="${f.name}">${f.alt ? `<w:altName w:val="${f.alt}"/>` : ""}<w:charset w:val="86"/>` +
    `<w:family w:val="${family}"/><w:pitch w:val="fixed"/></w:font>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    gb2312(FONTS.title, "script") +
    gb2312(FONTS.body, "modern") +
    gb2312(FONTS.heading1, "modern") +
    gb2312(FONTS.heading2, "modern") +
    gb2312(FONTS.song, "roman") +
    `<w:font w:name="${FONTS.latin.name}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
    "</w:fonts>"
  );
}

const paragraphStyle = (face: FontSpec, pt: number, outline?: number): { run: IRunOptions; paragraph: IParagraphOptions } => ({
  run: { font: fonts(face), size: halfPoints(pt), bold: false, italics: false, color: "000000" },
  paragraph: { spacing: BODY_SPACING, ...(outline === undefined ? {} : { outlineLevel: outline }) },
});

/**
 * The report as a .docx file laid out to GB/T 9704-2012 (see the module comment for the layout).
 *
 * @param doc the report document (`buildReportDocument`); its words and values are printed as they are.
 * @returns the bytes of the .docx (an OOXML zip package). Works in Node and in a browser; save it with `fs` or as a
 *   `Blob` of type `application/vnd.openxmlformats-officedocument.wordprocessingml.document`.
 */
export async function toDocx(doc: ReportDocument): Promise<Uint8Array> {
  const file = new Document({
    title: doc.title,
    creator: doc.agency,
    evenAndOddHeaderAndFooters: true,
    externalStyles: EXTRA_STYLES_XML,
    styles: {
      default: {
        document: {
          run: { ...BODY_RUN, language: { value: "en-US", eastAsia: "zh-CN" } },
          paragraph: { spacing: BODY_SPACING },
        },
        title: paragraphStyle(FONTS.title, FONT_PT.title),
        heading1: paragraphStyle(FONTS.heading1, FONT_PT.body, 0),
        heading2: paragraphStyle(FONTS.heading2, FONT_PT.body, 1),
      },
      // Normal carries the body size itself: the character grid's pitch is counted from Normal's size (LibreOffice
      // reads it from the style, not from the document defaults).
      paragraphStyles: [{ id: "Normal", name: "Normal", quickFormat: true, ...paragraphStyle(FONTS.body, FONT_PT.body) }],
    },
    sections: sections(doc),
  });
  return Packer.pack(file, "uint8array", false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
}
