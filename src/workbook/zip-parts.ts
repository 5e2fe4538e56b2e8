/**
 * Reading parts of an .xlsx zip archive at once, for the fast workbook reader (xlsx-fast.ts). Node only.
 *
 * Only archives of the plainest kind are accepted: the end record at the very end (no archive comment, no zip64),
 * one disk, every entry stored or deflated, not encrypted, with a plain ASCII path and well-formed extra fields, no
 * two entries whose names differ only in case. A part is inflated with Node's zlib (the inflater the exceljs path
 * streams through), bounded by its declared size, and must inflate to exactly that size from exactly its compressed
 * bytes. Anything else throws `ZipRefused`, and the caller reads the file the slow way, which says what is wrong.
 */
import { inflateRawSync } from "zlib";

/** Thrown for an archive or part this reader does not accept (`message` in English). */
export class ZipRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipRefused";
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** A safe part path: ASCII segments without `.` or `..`, no leading slash (a folder entry may end with one). */
const PATH = /^(?:[A-Za-z0-9_.\-[\]]+\/)*[A-Za-z0-9_.\-[\]]*$/;

/** The entries of an archive, by name. */
export class ZipParts {
  private constructor(
    private readonly bytes: Buffer,
    readonly entries: Map<string, Entry>,
    private readonly centralStart: number,
  ) {}

  /**
   * Read the archive's directory.
   * @param maxEntries more entries than this are refused.
   * @throws ZipRefused for an archive not of the plainest kind (see the module comment).
   */
  static open(bytes: Buffer, maxEntries: number): ZipParts {
    const len = bytes.length;
    if (len < 22) throw new ZipRefused("too short");
    const end = len - 22;
    if (bytes.readUInt32LE(end) !== 0x06054b50) throw new ZipRefused("no end record at the end (a comment or junk after it)");
    const disk = bytes.readUInt16LE(end + 4);
    const cdDisk = bytes.readUInt16LE(end + 6);
    const onDisk = bytes.readUInt16LE(end + 8);
    const total = bytes.readUInt16LE(end + 10);
    const cdSize = bytes.readUInt32LE(end + 12);
    const cdOffset = bytes.readUInt32LE(end + 16);
    if (disk !== 0 || cdDisk !== 0 || onDisk !== total || total === 0xffff || cdOffset === 0xffffffff || bytes.readUInt16LE(end + 20) !== 0) {
      throw new ZipRefused("end record not plain");
    }
    if (cdOffset + cdSize !== end) throw new ZipRefused("directory does not end at the end record");
    if (total > maxEntries) throw new ZipRefused("too many entries");
    const entries = new Map<string, Entry>();
    const lower = new Set<string>();
    let at = cdOffset;
    for (let n = 0; n < total; n++) {
      if (at + 46 > end || bytes.readUInt32LE(at) !== 0x02014b50) throw new ZipRefused("bad directory entry");
      const flags = bytes.readUInt16LE(at + 8);
      const method = bytes.readUInt16LE(at + 10);
      const compressedSize = bytes.readUInt32LE(at + 20);
      const size = bytes.readUInt32LE(at + 24);
      const nameLen = bytes.readUInt16LE(at + 28);
      const extraLen = bytes.readUInt16LE(at + 30);
      const commentLen = bytes.readUInt16LE(at + 32);
      const diskStart = bytes.readUInt16LE(at + 34);
      const localHeader = bytes.readUInt32LE(at + 42);
      if ((flags & ~0x080e) !== 0) throw new ZipRefused("entry flags (encryption or other)");
      if (method !== 0 && method !== 8) throw new ZipRefused("compression method");
      if (compressedSize === 0xffffffff || size === 0xffffffff || localHeader === 0xffffffff || diskStart !== 0) throw new ZipRefused("zip64 entry");
      if (method === 0 && compressedSize !== size) throw new ZipRefused("stored entry sizes differ");
      const next = at + 46 + nameLen + extraLen + commentLen;
      if (next > end) throw new ZipRefused("directory entry overflows");
      const nameBytes = bytes.subarray(at + 46, at + 46 + nameLen);
      for (const b of nameBytes) if (b < 0x20 || b > 0x7e) throw new ZipRefused("non-ASCII entry name");
      const name = nameBytes.toString("latin1");
      if (name === "" || !PATH.test(name) || name.split("/").some((seg) => seg === "." || seg === "..")) throw new ZipRefused(`entry name ${name}`);
      // Extra fields must partition the extra area exactly; zip64 and Unicode-path fields change what the entry is.
      let x = at + 46 + nameLen;
      const xEnd = x + extraLen;
      while (x < xEnd) {
        if (x + 4 > xEnd) throw new ZipRefused("extra field header overflows");
        const id = bytes.readUInt16LE(x);
        const xLen = bytes.readUInt16LE(x + 2);
        if (x + 4 + xLen > xEnd) throw new ZipRefused("extra field overflows");
        if (id === 0x0001 || id === 0x7075) throw new ZipRefused("zip64 or Unicode path extra field");
        x += 4 + xLen;
      }
      const key = name.toLowerCase();
      if (lower.has(key)) throw new ZipRefused(`duplicate entry ${name}`);
      lower.add(key);
      entries.set(name, { name, method, compressedSize, size, localHeader });
      at = next;
    }
    if (at !== end) throw new ZipRefused("directory size does not match its entries");
    return new ZipParts(bytes, entries, cdOffset);
  }

  /** Whether the archive has a part of exactly this name. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * A part's bytes, inflated.
   * @param maxBytes a part declaring more is refused.
   * @throws ZipRefused when the part is missing, too large, or does not inflate to exactly its declared size.
   */
  read(name: string, maxBytes: number): Buffer {
    const e = this.entries.get(name);
    if (!e) throw new ZipRefused(`no part ${name}`);
    if (e.size > maxBytes) throw new ZipRefused(`part ${name} too large`);
    const b = this.bytes;
    const at = e.localHeader;
    if (at + 30 > this.centralStart || b.readUInt32LE(at) !== 0x04034b50) throw new ZipRefused("bad local header");
    if (b.readUInt16LE(at + 8) !== e.method) throw new ZipRefused("local header method differs");
    const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
    if (start + e.compressedSize > this.centralStart) throw new ZipRefused("part data overflows");
    const data = b.subarray(start, start + e.compressedSize);
    if (e.method === 0) return data;
    let out: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      out = inflateRawSync(data, { maxOutputLength: e.size + 1, info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    } catch (err) {
      throw new ZipRefused(`inflate: ${(err as Error).message}`);
    }
    if (out.buffer.length !== e.size || out.engine.bytesWritten !== e.compressedSize) throw new ZipRefused(`part ${name} inflates to another size`);
    return out.buffer;
  }
}
