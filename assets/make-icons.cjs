#!/usr/bin/env node
/**
 * Draws the add-in's icons (a statistics table on a red rounded square) and writes assets/icon-{16,32,64,80}.png.
 * Uses only Node's zlib; the PNGs are committed, so this runs only when the design changes:
 *   node assets/make-icons.cjs
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const RED = [0xc8, 0x1e, 0x1e];
const WHITE = [0xff, 0xff, 0xff];
const HEADER = [0xf6, 0xd3, 0x6b];
const LINE = [0x9a, 0x1a, 0x1a];

/** Colour (RGBA) of the design at a point (u, v) in [0, 1)². */
function shade(u, v) {
  const r = 0.18; // corner radius of the square
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return null;
  // The table: a white sheet with a yellow header row, 3 columns × 4 rows of grid lines.
  const x0 = 0.17, x1 = 0.83, y0 = 0.2, y1 = 0.8;
  if (u < x0 || u > x1 || v < y0 || v > y1) return RED;
  const lw = 0.045;
  const cols = [x0, x0 + (x1 - x0) * 0.4, x0 + (x1 - x0) * 0.7, x1];
  const rows = [y0, y0 + (y1 - y0) * 0.28, y0 + (y1 - y0) * 0.52, y0 + (y1 - y0) * 0.76, y1];
  const near = (t, stops) => stops.some((s) => Math.abs(t - s) < lw / 2);
  if (near(u, cols) || near(v, rows)) return LINE;
  if (v < rows[1]) return HEADER;
  return WHITE;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const ss = 4; // supersampling per axis, for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
}
