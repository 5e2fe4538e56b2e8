/**
 * The page geometry and type of GB/T 9704-2012 《党政机关公文格式》 for the Word writer, in the units Word uses.
 *
 * Units: 1 inch = 25.4 mm = 1440 twips (twentieths of a point) = 72 pt, so 1 mm = 1440 / 25.4 ≈ 56.69 twips;
 * run sizes are in half-points (`w:sz`, 3号 16 pt → 32).
 *
 * Sources (GB/T 9704-2012): §5.2.1 A4 paper 210 mm × 297 mm; §5.2.1 天头 (top margin) 37 mm ± 1 mm, 订口 (left
 * margin) 28 mm ± 1 mm, 版心 (text block) 156 mm × 225 mm; §5.2.3 正文 3号仿宋体字, 22 lines a page and 28 characters a
 * line; §7.2 标题 2号小标宋体字; §7.3.3 层次序数 一、 黑体, （一） 楷体; §7.5 页码 4号半角宋体阿拉伯数字 with a 一字线 on
 * either side, 7 mm below the text block, odd pages 居右空一字, even pages 居左空一字.
 */

/** Millimetres to twips, rounded to the nearest twip. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Sizes of the type, in points (字号). */
export const FONT_PT = {
  /** 2号: the title. */
  title: 22,
  /** 3号: body, headings, table captions. */
  body: 16,
  /** 4号: page numbers. */
  pageNumber: 14,
  /** 小四: table text of the portrait table (表二). */
  tablePortrait: 12,
  /** 五号: table text of the landscape tables (表三 10 columns, 表四 15 columns). */
  tableLandscape: 10.5,
} as const;

/**
 * Font names. Fonts are named, not embedded: Word and WPS use the installed font of that name, or their own
 * substitute. `alt` is written as the font table's `w:altName`, the name a reader may fall back to.
 */
export const FONTS = {
  /** 2号小标宋体 for the title. */
  title: { name: "方正小标宋简体", alt: "宋体" },
  /** 仿宋体 for the body. */
  body: { name: "仿宋_GB2312", alt: "仿宋" },
  /** 黑体 for level-1 headings (一、) and table captions. */
  heading1: { name: "黑体", alt: "SimHei" },
  /** 楷体 for level-2 headings (（一）). */
  heading2: { name: "楷体_GB2312", alt: "楷体" },
  /** 宋体 for page numbers and table text. */
  song: { name: "宋体", alt: "SimSun" },
  /** Arabic figures and Latin letters in the text. */
  latin: { name: "Times New Roman", alt: "" },
} as const;

/** A4 in twips: 210 mm → 11906, 297 mm → 16838 (the values Word itself writes for A4). */
export const A4 = { width: 11906, height: 16838 } as const;

/** Page margins in twips. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
  /** From the bottom edge of the page to the bottom of the footer (the page number line). */
  footer: number;
  header: number;
}

/**
 * Portrait margins: top 37 mm (2098), left 28 mm (1587); the text block 156 × 225 mm leaves right 210 − 28 − 156 =
 * 26 mm (1474) and bottom 297 − 37 − 225 = 35 mm (1984). The footer line sits 25 mm (1417) above the bottom edge, so
 * the dashes of a 4号 page number (a line ≈ 6.5 mm high, dashes at mid-height) are ≈ 7 mm below the text block.
 */
export const PORTRAIT_MARGINS: Margins = {
  top: mmToTwips(37),
  right: mmToTwips(26),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  footer: mmToTwips(25),
  header: mmToTwips(15),
};

/**
 * Landscape margins for the wide tables: the portrait text block turned a quarter (225 × 156 mm), with the binding
 * edge (订口 28 mm) at the head of the table (GB/T 9704 §10.2: 单页码表头在订口一边): top 28 mm, bottom 26 mm,
 * left 35 mm, right 37 mm. The page number stays at the foot, 10 mm above the bottom edge.
 */
export const LANDSCAPE_MARGINS: Margins = {
  top: mmToTwips(28),
  right: mmToTwips(37),
  bottom: mmToTwips(26),
  left: mmToTwips(35),
  footer: mmToTwips(10),
  header: mmToTwips(10),
};

/** Text width of a portrait page (156 mm), in twips. */
export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right;
/** Text height of a portrait page (225 mm), in twips. */
export const PORTRAIT_TEXT_HEIGHT = A4.height - PORTRAIT_MARGINS.top - PORTRAIT_MARGINS.bottom;
/** Text width of a landscape page (225 mm), in twips. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

/** Lines a page and characters a line of the body (GB/T 9704 §5.2.3). */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/**
 * The body's line pitch: the text height shared by 22 lines, rounded down to a whole twip so that 22 lines fit
 * (12756 / 22 = 579.8 → 579 twips = 28.95 pt). Used as the exact line spacing and as the grid's `linePitch`.
 */
export const LINE_PITCH = Math.floor(PORTRAIT_TEXT_HEIGHT / LINES_PER_PAGE);

/**
 * The body's character spacing, in twips (twentieths of a point), condensing each 3号 character so that 28 fit a line:
 * the pitch is the text width shared by 28 characters (8845 / 28 = 315.9 twips) against the 16 pt (320 twips) size,
 * rounded down: 315.9 − 320 = −4.1 → −5, so a line of 28 characters takes 28 × 315 = 8820 ≤ 8845 twips.
 *
 * Run spacing is used rather than a `linesAndChars` document grid with `charSpace`, because every reader honours it:
 * Word and WPS squeeze characters into a narrower grid cell, but LibreOffice gives each such character two cells and
 * prints 14 characters a line.
 */
export const CHAR_SPACING = Math.floor(PORTRAIT_TEXT_WIDTH / CHARS_PER_LINE - FONT_PT.body * 20);

/** One condensed body character's advance, in twips (320 − 5 = 315), for indents given in characters. */
export const CHAR_PITCH = FONT_PT.body * 20 + CHAR_SPACING;
