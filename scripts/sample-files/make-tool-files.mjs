// Generates the sample tools' downloadable files (PDF, DOCX, ODT, ODP, XLSX) under
// public/fichiers/outils/. Dependency-free on purpose: it writes PDF objects, OOXML and ODF
// packages by hand so the sample library can be rebuilt anywhere Node runs.
//
// Usage (from the repository root): node scripts/sample-files/make-tool-files.mjs
//
// Each tool's content is described once as a small document model (title, headings,
// paragraphs, lists, tables, write-in areas) and rendered to every format it ships in, so the
// printable PDF and the editable file always say the same thing.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = join(ROOT, 'public/fichiers/outils');
const MAX_BYTES = 60 * 1024;
const LICENCE_LABEL = 'CC BY-NC-SA 4.0';
const SITE_NAME = 'Carrefour des pratiques';

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

/** Escapes text for XML element content and attribute values. */
function escapeXml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Returns text with Québec French spacing: a no-break space before a colon, inside guillemets,
 * between thousands groups and between a number and its unit.
 */
function frenchSpacing(text) {
  return text
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/(\d) (\d{3})(?!\d)/g, '$1\u00a0$2')
    .replace(/(\d) (\$|%|h\b|min\b)/g, '$1\u00a0$2');
}

/**
 * Normalizes rich text to a list of runs. Content is written either as a plain string or as an
 * array mixing strings and `{ b: 'bold text' }` objects.
 */
function toRuns(content, bold = false) {
  const parts = Array.isArray(content) ? content : [content];
  return parts.map((part) =>
    typeof part === 'string'
      ? { text: frenchSpacing(part), bold }
      : { text: frenchSpacing(part.b), bold: true },
  );
}

// ---------------------------------------------------------------------------
// ZIP writer (OOXML and ODF packages)
// ---------------------------------------------------------------------------

// A fixed timestamp keeps the generated packages byte-for-byte reproducible: 2026-01-05 09:00.
const DOS_TIME = (9 << 11) | (0 << 5) | 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 5;

/**
 * Returns a ZIP archive holding the given entries, in order.
 * @param {{ name: string, data: string | Buffer, store?: boolean }[]} entries
 */
function createZip(entries) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const body = entry.store ? raw : deflateRawSync(raw, { level: 9 });
    const method = entry.store ? 0 : 8;
    const checksum = crc32(raw) >>> 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed to extract (2.0)
    local.writeUInt16LE(0x0800, 6); // file names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field (ODF requires none on `mimetype`)

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6); // version needed to extract
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(checksum, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(raw.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42); // extra, comment, disk and attributes stay 0
    central.push(header, name);

    chunks.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const centralDir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, centralDir, end]);
}

// ---------------------------------------------------------------------------
// PDF: standard Type1 fonts in WinAnsiEncoding
// ---------------------------------------------------------------------------

// Advance widths (1/1000 em) of codes 32–126 in WinAnsiEncoding, from Adobe's Core 14 AFM files.
// Code 39 is `quotesingle` and code 96 is `grave` in WinAnsi, not the AFM's StandardEncoding quotes.
const ASCII_WIDTHS = {
  regular: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ],
  bold: [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ],
};

// Characters outside ASCII and Latin-1 letters: [WinAnsi code, regular width, bold width].
const WIN_ANSI_EXTRAS = {
  '\u00a0': [0xa0, 278, 278],
  '\u202f': [0xa0, 278, 278],
  '’': [0x92, 222, 278],
  '‘': [0x91, 222, 278],
  '“': [0x93, 333, 500],
  '”': [0x94, 333, 500],
  '«': [0xab, 556, 556],
  '»': [0xbb, 556, 556],
  '–': [0x96, 556, 556],
  '—': [0x97, 1000, 1000],
  '•': [0x95, 350, 350],
  '…': [0x85, 1000, 1000],
  'œ': [0x9c, 944, 944],
  'Œ': [0x8c, 1000, 1000],
  '°': [0xb0, 400, 400],
  '·': [0xb7, 278, 278],
  '×': [0xd7, 584, 584],
  '€': [0x80, 556, 556],
};

/** Returns the WinAnsi byte and advance width of one character, or throws if it has none. */
function winAnsiGlyph(char, bold) {
  const code = char.codePointAt(0);
  const table = bold ? ASCII_WIDTHS.bold : ASCII_WIDTHS.regular;
  if (code >= 32 && code <= 126) return [code, table[code - 32]];
  const extra = WIN_ANSI_EXTRAS[char];
  if (extra) return [extra[0], bold ? extra[2] : extra[1]];
  if (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) {
    // Latin-1 letters keep their code in WinAnsi; accented letters are as wide as their base
    // letter, except the accented i's, which Helvetica draws on a wider dotless i.
    const base = char.normalize('NFD')[0];
    if (/[ìíîï]/.test(char)) return [code, 278];
    return [code, table[base.codePointAt(0) - 32] ?? 556];
  }
  throw new Error(`Character "${char}" (U+${code.toString(16)}) has no WinAnsi glyph`);
}

/** Returns the width in points of text set in Helvetica (or Helvetica-Bold) at a size. */
function measureText(text, bold, size) {
  let units = 0;
  for (const char of text) units += winAnsiGlyph(char, bold)[1];
  return (units * size) / 1000;
}

/** Returns text as a PDF literal string in WinAnsiEncoding. */
function pdfLiteral(text) {
  let out = '';
  for (const char of text) {
    const code = winAnsiGlyph(char, false)[0];
    const byte = String.fromCharCode(code);
    out += byte === '\\' || byte === '(' || byte === ')' ? `\\${byte}` : byte;
  }
  return `(${out})`;
}

/** Returns a PDF text string (UTF-16BE with BOM) for the document information dictionary. */
function pdfTextString(text) {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${hex.toUpperCase()}>`;
}

const num = (value) => (Math.round(value * 100) / 100).toString();
const rgb = (color) => color.map(num).join(' ');

/** Returns the PDF file for a list of page content streams (WinAnsi strings). */
function buildPdf(pageStreams, info) {
  const objects = [];
  const reserve = () => objects.push(null);
  reserve(); // 1: catalog
  reserve(); // 2: page tree
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.push(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  );
  objects.push(
    `<< /Title ${pdfTextString(info.title)} /Author ${pdfTextString(info.author)}` +
      ` /Subject ${pdfTextString(info.subject)} /Creator ${pdfTextString(SITE_NAME)}` +
      ` /Producer (make-tool-files.mjs) /CreationDate (D:${info.date}120000-05'00') >>`,
  );
  const pageIds = [];
  for (const stream of pageStreams) {
    const data = deflateSync(Buffer.from(stream, 'latin1'), { level: 9 });
    objects.push(
      Buffer.concat([
        Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    const contentId = objects.length;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}]` +
        ` /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${contentId} 0 R >>`,
    );
    pageIds.push(objects.length);
  }
  objects[0] =
    '<< /Type /Catalog /Pages 2 0 R /Lang (fr-CA) /ViewerPreferences << /DisplayDocTitle true >> >>';
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets = [];
  objects.forEach((object, index) => {
    const body = Buffer.isBuffer(object) ? object : Buffer.from(object, 'latin1');
    const chunk = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    offsets.push(length);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\n`);
  xref.push(`startxref\n${length}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

// US Letter, the usual paper size in Québec offices and schools.
const PAGE = { width: 612, height: 792, marginX: 54, top: 746, bottom: 66 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;
const KEEP_TOGETHER_MAX = 320; // points: tables up to this height are never split across pages
const COLORS = {
  text: [0.13, 0.15, 0.16],
  accent: [0.055, 0.353, 0.388],
  muted: [0.36, 0.39, 0.4],
  rule: [0.55, 0.6, 0.61],
  headerFill: [0.863, 0.922, 0.925],
  softFill: [0.937, 0.963, 0.965],
};

/** Splits runs into lines no wider than maxWidth, breaking only at ordinary spaces. */
function wrapRuns(runs, maxWidth, size) {
  const words = [];
  let word = null;
  let spaceBefore = false;
  for (const run of runs) {
    for (const part of run.text.split(/( +)/)) {
      if (!part) continue;
      if (/^ +$/.test(part)) {
        spaceBefore = words.length > 0;
        word = null;
        continue;
      }
      if (!word) {
        word = { pieces: [], width: 0, spaceBefore, spaceBold: run.bold };
        words.push(word);
        spaceBefore = false;
      }
      word.pieces.push({ text: part, bold: run.bold });
      word.width += measureText(part, run.bold, size);
    }
  }
  const lines = [];
  let line = { pieces: [], width: 0 };
  for (const current of words) {
    const space =
      current.spaceBefore && line.pieces.length ? measureText(' ', current.spaceBold, size) : 0;
    if (line.pieces.length && line.width + space + current.width > maxWidth) {
      lines.push(line);
      line = { pieces: [], width: 0 };
    } else if (space) {
      line.pieces.push({ text: ' ', bold: current.spaceBold });
      line.width += space;
    }
    line.pieces.push(...current.pieces);
    line.width += current.width;
  }
  if (line.pieces.length) lines.push(line);
  return lines;
}

/** Lays out a document model on PDF pages, top to bottom, adding pages as needed. */
class PdfFlow {
  constructor(doc) {
    this.doc = doc;
    this.pages = [];
    this.newPage();
  }

  newPage() {
    this.ops = [];
    this.pages.push(this.ops);
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height) {
    if (this.y - height < PAGE.bottom) this.newPage();
  }

  text(x, baseline, text, { bold = false, size = 10, color = COLORS.text } = {}) {
    this.ops.push(
      `BT /${bold ? 'F2' : 'F1'} ${num(size)} Tf ${rgb(color)} rg ${num(x)} ${num(baseline)} Td ${pdfLiteral(text)} Tj ET`,
    );
  }

  line(x1, y1, x2, y2, { color = COLORS.rule, width = 0.6 } = {}) {
    this.ops.push(`${rgb(color)} RG ${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  rect(x, y, width, height, { fill, stroke, lineWidth = 0.6 } = {}) {
    const path = `${num(x)} ${num(y)} ${num(width)} ${num(height)} re`;
    if (fill && stroke) this.ops.push(`${rgb(fill)} rg ${rgb(stroke)} RG ${num(lineWidth)} w ${path} B`);
    else if (fill) this.ops.push(`${rgb(fill)} rg ${path} f`);
    else this.ops.push(`${rgb(stroke ?? COLORS.rule)} RG ${num(lineWidth)} w ${path} S`);
  }

  checkbox(x, top, size = 8) {
    this.rect(x, top - size, size, size, { stroke: COLORS.text, lineWidth: 0.7 });
  }

  /** Draws one wrapped line, switching fonts between runs. */
  drawLine(x, baseline, line, size, color = COLORS.text) {
    let cursor = x;
    let buffer = '';
    let bold = null;
    const flush = () => {
      if (!buffer) return;
      this.text(cursor, baseline, buffer, { bold, size, color });
      cursor += measureText(buffer, bold, size);
      buffer = '';
    };
    for (const piece of line.pieces) {
      if (piece.bold !== bold) {
        flush();
        bold = piece.bold;
      }
      buffer += piece.text;
    }
    flush();
  }

  /** Draws wrapped rich text starting at the cursor and moves the cursor below it. */
  flowText(content, { x = PAGE.marginX, width = CONTENT_WIDTH, size = 10, bold = false, color } = {}) {
    const leading = size * 1.38;
    for (const line of wrapRuns(toRuns(content, bold), width, size)) {
      this.ensure(leading);
      this.drawLine(x, this.y - size, line, size, color);
      this.y -= leading;
    }
  }

  titleBlock() {
    this.text(PAGE.marginX, this.y - 8, `${SITE_NAME} · Outil`, { size: 8.5, color: COLORS.accent, bold: true });
    this.y -= 16;
    this.flowText(this.doc.title, { size: 18, bold: true, color: COLORS.accent });
    this.y -= 2;
    this.flowText(this.doc.subtitle, { size: 10.5, color: COLORS.muted });
    this.y -= 4;
    this.line(PAGE.marginX, this.y, PAGE.marginX + CONTENT_WIDTH, this.y, { color: COLORS.accent, width: 1.2 });
    this.y -= 10;
  }

  heading(block, next) {
    this.ensure(30 + this.keepHeight(next));
    if (this.y < PAGE.top) this.y -= 8;
    this.flowText(block.text, { size: 12.5, bold: true, color: COLORS.accent });
    this.y -= 3;
  }

  subheading(block, next) {
    this.ensure(24 + this.keepHeight(next));
    this.y -= 3;
    this.flowText(block.text, { size: 10.5, bold: true });
    this.y -= 1;
  }

  paragraph(block) {
    this.flowText(block.text);
    this.y -= 5;
  }

  list(block, marker) {
    const size = 10;
    const leading = size * 1.38;
    const indent = 16;
    for (const item of block.items) {
      const lines = wrapRuns(toRuns(item), CONTENT_WIDTH - indent, size);
      this.ensure(leading * Math.min(lines.length, 2));
      if (marker === 'box') this.checkbox(PAGE.marginX + 2, this.y - 2.5, 8);
      else this.text(PAGE.marginX + 4, this.y - size, '•', { size });
      lines.forEach((line, index) => {
        if (index > 0) this.ensure(leading);
        this.drawLine(PAGE.marginX + indent, this.y - size, line, size);
        this.y -= leading;
      });
      this.y -= 2.5;
    }
    this.y -= 3;
  }

  bullets(block) {
    this.list(block, 'bullet');
  }

  checklist(block) {
    this.list(block, 'box');
  }

  fields(block) {
    const gap = 18;
    const half = (CONTENT_WIDTH - gap) / 2;
    const rows = [];
    for (const field of block.items) {
      const last = rows.at(-1);
      if (!field.wide && last && last.length === 1 && !last[0].wide) last.push(field);
      else rows.push([field]);
    }
    for (const row of rows) {
      this.ensure(24);
      row.forEach((field, index) => {
        const x = PAGE.marginX + index * (half + gap);
        const width = field.wide ? CONTENT_WIDTH : half;
        const label = frenchSpacing(`${field.label} :`);
        this.text(x, this.y - 14, label, { size: 9.5, bold: true });
        const start = x + measureText(label, true, 9.5) + 6;
        this.line(start, this.y - 15.5, x + width, this.y - 15.5);
      });
      this.y -= 24;
    }
    this.y -= 4;
  }

  writeIn(block) {
    const lines = block.lines ?? 2;
    this.ensure(16 + lines * 20);
    this.flowText(block.label, { size: 10, bold: true });
    for (let i = 0; i < lines; i += 1) {
      this.y -= 20;
      this.line(PAGE.marginX, this.y, PAGE.marginX + CONTENT_WIDTH, this.y);
    }
    this.y -= 10;
  }

  callout(block) {
    const size = 9.5;
    const leading = size * 1.38;
    const pad = 8;
    const lines = wrapRuns(toRuns(block.text), CONTENT_WIDTH - 2 * pad - 4, size);
    const titleLines = block.title ? wrapRuns(toRuns(block.title, true), CONTENT_WIDTH - 2 * pad, size) : [];
    const height = (lines.length + titleLines.length) * leading + 2 * pad - 3;
    this.ensure(height + 6);
    this.rect(PAGE.marginX, this.y - height, CONTENT_WIDTH, height, { fill: COLORS.softFill });
    this.rect(PAGE.marginX, this.y - height, 3, height, { fill: COLORS.accent });
    let baseline = this.y - pad - size * 0.9;
    for (const line of [...titleLines, ...lines]) {
      this.drawLine(PAGE.marginX + pad + 4, baseline, line, size);
      baseline -= leading;
    }
    this.y -= height + 10;
  }

  /** Wraps every cell of a table block and returns the rows with their heights. */
  layoutTable(block) {
    const size = block.size ?? 9;
    const leading = size * 1.3;
    const pad = 4;
    const widths = block.columns.map((column) => column.width * CONTENT_WIDTH);
    const layout = (cells, bold) =>
      cells.map((cell, index) =>
        cell && cell.box
          ? { box: true }
          : { lines: wrapRuns(toRuns(cell ?? '', bold), widths[index] - 2 * pad, size) },
      );
    const heightOf = (laid) =>
      Math.max(
        block.minRowHeight ?? 0,
        ...laid.map((cell) => (cell.box ? 1 : Math.max(cell.lines.length, 1)) * leading + 2 * pad - 1),
      );
    const header = block.columns.some((column) => column.header)
      ? layout(block.columns.map((column) => column.header ?? ''), true)
      : null;
    const rows = block.rows.map((row) => {
      if (row.section) {
        const spanText = wrapRuns(toRuns(row.section, true), CONTENT_WIDTH - 2 * pad, size);
        return { spanText, height: spanText.length * leading + 2 * pad - 1 };
      }
      const laid = layout(row, false);
      return { laid, height: heightOf(laid) };
    });
    const headerHeight = header ? heightOf(header) : 0;
    const total = headerHeight + rows.reduce((sum, row) => sum + row.height, 0);
    return { size, leading, pad, widths, header, headerHeight, rows, total };
  }

  /** Returns the height a block needs on the page it starts on (used to keep headings with it). */
  keepHeight(block) {
    if (!block) return 0;
    if (block.type === 'table') {
      const { total, headerHeight, rows } = this.layoutTable(block);
      return total <= KEEP_TOGETHER_MAX ? total : headerHeight + rows[0].height;
    }
    if (block.type === 'writeIn') return 16 + (block.lines ?? 2) * 20;
    if (block.type === 'fields') return 28;
    return 30;
  }

  table(block) {
    const { size, leading, pad, widths, header, headerHeight, rows, total } = this.layoutTable(block);

    const drawRow = (laid, { fill, spanText, height }) => {
      const top = this.y;
      let x = PAGE.marginX;
      if (spanText) {
        this.rect(x, top - height, CONTENT_WIDTH, height, { fill: COLORS.softFill, stroke: COLORS.rule });
        spanText.forEach((line, index) =>
          this.drawLine(x + pad, top - pad - size * 0.9 - index * leading, line, size),
        );
      } else {
        laid.forEach((cell, index) => {
          const width = widths[index];
          this.rect(x, top - height, width, height, fill ? { fill, stroke: COLORS.rule } : { stroke: COLORS.rule });
          const centered = block.columns[index].align === 'center';
          if (cell.box) {
            this.checkbox(x + (width - 8) / 2, top - pad - 1);
          } else {
            cell.lines.forEach((line, lineIndex) => {
              const offset = centered ? (width - 2 * pad - line.width) / 2 : 0;
              this.drawLine(x + pad + offset, top - pad - size * 0.9 - lineIndex * leading, line, size);
            });
          }
          x += width;
        });
      }
      this.y -= height;
    };

    const drawHeader = () => header && drawRow(header, { fill: COLORS.headerFill, height: headerHeight });
    // Small tables stay on one page; long ones start with at least their header and first row.
    this.ensure(total <= KEEP_TOGETHER_MAX ? total : headerHeight + rows[0].height);
    drawHeader();
    rows.forEach((row, index) => {
      // A section row never ends a page: it stays with the row that follows it.
      const next = rows[index + 1];
      const needed = row.height + (row.spanText && next && !next.spanText ? next.height : 0);
      if (this.y - needed < PAGE.bottom) {
        this.newPage();
        drawHeader();
      }
      drawRow(row.laid, { spanText: row.spanText, height: row.height });
    });
    this.y -= 10;
  }

  pageBreak() {
    this.newPage();
  }

  /** Adds the footer to every page and returns the finished PDF. */
  finish() {
    const total = this.pages.length;
    this.pages.forEach((ops, index) => {
      this.ops = ops;
      this.line(PAGE.marginX, 50, PAGE.marginX + CONTENT_WIDTH, 50, { color: COLORS.rule, width: 0.5 });
      const left = `${SITE_NAME} · ${this.doc.organization} · ${LICENCE_LABEL} · Exemple fictif`;
      this.text(PAGE.marginX, 38, left, { size: 7.5, color: COLORS.muted });
      const right = `Page ${index + 1} de ${total}`;
      this.text(PAGE.marginX + CONTENT_WIDTH - measureText(right, false, 7.5), 38, right, {
        size: 7.5,
        color: COLORS.muted,
      });
    });
    return {
      pageCount: total,
      data: buildPdf(
        this.pages.map((ops) => ops.join('\n')),
        {
          title: this.doc.title,
          author: this.doc.organization,
          subject: this.doc.subtitle,
          date: this.doc.date.replace(/-/g, ''),
        },
      ),
    };
  }
}

/** Renders a document model to a PDF; returns the bytes and the page count. */
function renderPdf(doc) {
  const flow = new PdfFlow(doc);
  flow.titleBlock();
  doc.blocks.forEach((block, index) => flow[block.type](block, doc.blocks[index + 1]));
  return flow.finish();
}

// ---------------------------------------------------------------------------
// DOCX (Office Open XML, WordprocessingML)
// ---------------------------------------------------------------------------

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DOCX_TEXT_WIDTH = 10080; // twips: 8.5 in page minus two 0.75 in margins
const ACCENT_HEX = '0E5A63';
const HEADER_FILL_HEX = 'DCEBEC';
const SOFT_FILL_HEX = 'EEF5F6';
const BOX_CHAR = '☐';

function docxRuns(runs) {
  return runs
    .map(
      (run) =>
        `<w:r>${run.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`,
    )
    .join('');
}

function docxParagraph(runs, { style, numId, align, keepNext } = {}) {
  const props = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    keepNext ? '<w:keepNext/>' : '',
    numId ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>` : '',
    align ? `<w:jc w:val="${align}"/>` : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${docxRuns(runs)}</w:p>`;
}

const DOCX_SYMBOL_RUN =
  '<w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol"/></w:rPr>' +
  `<w:t>${BOX_CHAR}</w:t></w:r>`;

function docxCell(content, width, { fill, span, bold, align } = {}) {
  const props = [
    `<w:tcW w:w="${width}" w:type="dxa"/>`,
    span ? `<w:gridSpan w:val="${span}"/>` : '',
    fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '',
  ].join('');
  const paragraph =
    content && content.box
      ? `<w:p><w:pPr><w:pStyle w:val="TableText"/><w:jc w:val="center"/></w:pPr>${DOCX_SYMBOL_RUN}</w:p>`
      : docxParagraph(toRuns(content ?? '', bold), { style: 'TableText', align });
  return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraph}</w:tc>`;
}

const DOCX_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="8C9A9C"/>`)
  .join('');

/** Returns a WordprocessingML table (followed by a spacer paragraph). */
function docxTable({ columns, rows, minRowHeight, headerFill = HEADER_FILL_HEX, firstColumnFill, cellFill }) {
  const widths = columns.map((column) => Math.round(column.width * DOCX_TEXT_WIDTH));
  const total = widths.reduce((sum, width) => sum + width, 0);
  const height = minRowHeight ? `<w:trHeight w:val="${minRowHeight}" w:hRule="atLeast"/>` : '';
  const out = [
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${DOCX_BORDERS}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="50" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>' +
      '<w:bottom w:w="50" w:type="dxa"/><w:right w:w="90" w:type="dxa"/></w:tblCellMar>' +
      '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>',
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`,
  ];
  if (columns.some((column) => column.header)) {
    out.push(
      `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${columns
        .map((column, index) =>
          docxCell(column.header ?? '', widths[index], {
            fill: headerFill,
            bold: true,
            align: column.align === 'center' ? 'center' : undefined,
          }),
        )
        .join('')}</w:tr>`,
    );
  }
  for (const row of rows) {
    if (row.section) {
      out.push(
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${docxCell(row.section, total, { fill: SOFT_FILL_HEX, span: columns.length, bold: true })}</w:tr>`,
      );
      continue;
    }
    out.push(
      `<w:tr><w:trPr><w:cantSplit/>${height}</w:trPr>${row
        .map((cell, index) =>
          docxCell(cell, widths[index], {
            align: columns[index].align === 'center' ? 'center' : undefined,
            fill: firstColumnFill && index === 0 ? firstColumnFill : cellFill,
            bold: Boolean(firstColumnFill && index === 0),
          }),
        )
        .join('')}</w:tr>`,
    );
  }
  out.push('</w:tbl>', '<w:p><w:pPr><w:pStyle w:val="Spacer"/></w:pPr></w:p>');
  return out.join('');
}

/** Returns the WordprocessingML body markup of one block. */
function docxBlock(block) {
  switch (block.type) {
    case 'heading':
      return docxParagraph(toRuns(block.text), { style: 'Heading1' });
    case 'subheading':
      return docxParagraph(toRuns(block.text), { style: 'Heading2' });
    case 'paragraph':
      return docxParagraph(toRuns(block.text));
    case 'bullets':
      return block.items.map((item) => docxParagraph(toRuns(item), { style: 'ListParagraph', numId: 1 })).join('');
    case 'checklist':
      return block.items.map((item) => docxParagraph(toRuns(item), { style: 'ListParagraph', numId: 2 })).join('');
    case 'fields':
      return docxTable({
        columns: [{ width: 0.36 }, { width: 0.64 }],
        rows: block.items.map((field) => [field.label, '']),
        minRowHeight: 400,
        firstColumnFill: SOFT_FILL_HEX,
      });
    case 'writeIn':
      return (
        docxParagraph(toRuns(block.label, true), { keepNext: true }) +
        docxTable({ columns: [{ width: 1 }], rows: [['']], minRowHeight: (block.lines ?? 2) * 400 })
      );
    case 'callout':
      return docxTable({
        columns: [{ width: 1 }],
        rows: [[block.title ? [{ b: `${block.title} ` }, ...[].concat(block.text)] : block.text]],
        cellFill: SOFT_FILL_HEX,
      });
    case 'table':
      return docxTable({
        columns: block.columns,
        rows: block.rows,
        minRowHeight: block.minRowHeight ? Math.round(block.minRowHeight * 20) : undefined,
      });
    case 'pageBreak':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    default:
      throw new Error(`Unknown block type ${block.type}`);
  }
}

const DOCX_STYLES = `${XML_DECL}<w:styles ${W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-CA" w:eastAsia="fr-CA" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="269" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="${ACCENT_HEX}"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="6" w:color="${ACCENT_HEX}"/></w:pBdr><w:spacing w:after="200"/></w:pPr><w:rPr><w:color w:val="5B6366"/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="${ACCENT_HEX}"/><w:sz w:val="25"/><w:szCs w:val="25"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="50"/><w:ind w:left="360"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Texte de tableau"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Spacer"><w:name w:val="Espace après tableau"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="12"/><w:szCs w:val="12"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="5B6366"/><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr></w:style>
</w:styles>`;

const DOCX_NUMBERING = `${XML_DECL}<w:numbering ${W_NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="270"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${BOX_CHAR}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="320"/></w:pPr><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** Returns the Dublin Core properties part shared by DOCX and XLSX packages. */
function ooxmlCoreProperties(doc) {
  return `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(doc.title)}</dc:title><dc:subject>${escapeXml(doc.subtitle)}</dc:subject><dc:creator>${escapeXml(doc.organization)}</dc:creator><dc:language>fr-CA</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${doc.date}T12:00:00Z</dcterms:created></cp:coreProperties>`;
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CORE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';

function footerText(doc) {
  return frenchSpacing(`${SITE_NAME} · ${doc.organization} · ${LICENCE_LABEL} · Exemple fictif · page `);
}

/** Renders a document model to a DOCX package. */
function renderDocx(doc) {
  const body = [
    docxParagraph(toRuns(doc.title), { style: 'Title' }),
    docxParagraph(toRuns(doc.subtitle), { style: 'Subtitle' }),
    ...doc.blocks.map(docxBlock),
  ].join('\n');
  const sectPr =
    '<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="12240" w:h="15840"/>' +
    '<w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>';
  const document = `${XML_DECL}<w:document ${W_NS}><w:body>\n${body}\n${sectPr}</w:body></w:document>`;
  const footer = `${XML_DECL}<w:ftr ${W_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(footerText(doc))}</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`;
  return createZip([
    {
      name: '[Content_Types].xml',
      data: `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML_DECL}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="${CORE_REL}" Target="docProps/core.xml"/></Relationships>`,
    },
    { name: 'docProps/core.xml', data: ooxmlCoreProperties(doc) },
    { name: 'word/document.xml', data: document },
    {
      name: 'word/_rels/document.xml.rels',
      data: `${XML_DECL}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${OFFICE_REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${OFFICE_REL}/footer" Target="footer1.xml"/></Relationships>`,
    },
    { name: 'word/styles.xml', data: DOCX_STYLES },
    { name: 'word/numbering.xml', data: DOCX_NUMBERING },
    { name: 'word/footer1.xml', data: footer },
  ]);
}

// ---------------------------------------------------------------------------
// ODF (OpenDocument text and presentation)
// ---------------------------------------------------------------------------

const ODF_NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  presentation: 'urn:oasis:names:tc:opendocument:xmlns:presentation:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  svg: 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
};

const odfNamespaces = (...prefixes) => prefixes.map((prefix) => `xmlns:${prefix}="${ODF_NS[prefix]}"`).join(' ');

const ODF_FONTS =
  '<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>';

/** Returns an ODF package: `mimetype` first and stored, then the manifest and the parts. */
function createOdfPackage(mimeType, parts) {
  const manifest =
    `${XML_DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mimeType}"/>` +
    Object.keys(parts)
      .map((name) => `<manifest:file-entry manifest:full-path="${name}" manifest:media-type="text/xml"/>`)
      .join('') +
    '</manifest:manifest>';
  return createZip([
    { name: 'mimetype', data: mimeType, store: true },
    { name: 'META-INF/manifest.xml', data: manifest },
    ...Object.entries(parts).map(([name, data]) => ({ name, data })),
  ]);
}

function odfMeta(doc) {
  return `${XML_DECL}<office:document-meta ${odfNamespaces('office', 'meta', 'dc')} office:version="1.3"><office:meta><meta:generator>${SITE_NAME} (make-tool-files.mjs)</meta:generator><dc:title>${escapeXml(doc.title)}</dc:title><dc:subject>${escapeXml(doc.subtitle)}</dc:subject><dc:language>fr-CA</dc:language><meta:initial-creator>${escapeXml(doc.organization)}</meta:initial-creator><meta:creation-date>${doc.date}T12:00:00</meta:creation-date></office:meta></office:document-meta>`;
}

function odfSpans(runs) {
  return runs
    .map((run) => (run.bold ? `<text:span text:style-name="Gras">${escapeXml(run.text)}</text:span>` : escapeXml(run.text)))
    .join('');
}

const ODT_TEXT_WIDTH_CM = 17.79; // 21.59 cm page minus two 1.9 cm margins

/** Collects the automatic styles and body markup of an OpenDocument text. */
class OdtBuilder {
  constructor() {
    this.tableCount = 0;
    this.styles = [];
  }

  paragraph(runs, style = 'Text_20_body') {
    return `<text:p text:style-name="${style}">${odfSpans(runs)}</text:p>`;
  }

  cell(content, { style = 'CelluleCorps', span, bold, center } = {}) {
    const paragraph =
      content && content.box
        ? `<text:p text:style-name="CentreTableau">${BOX_CHAR}</text:p>`
        : this.paragraph(toRuns(content ?? '', bold), center ? 'CentreTableau' : bold ? 'Table_20_Heading' : 'Table_20_Contents');
    const spanned = span ? ` table:number-columns-spanned="${span}"` : '';
    const covered = span ? '<table:covered-table-cell/>'.repeat(span - 1) : '';
    return `<table:table-cell table:style-name="${style}" office:value-type="string"${spanned}>${paragraph}</table:table-cell>${covered}`;
  }

  table({ columns, rows, minRowHeightCm, firstColumnStyle, fillStyle }) {
    this.tableCount += 1;
    const name = `Tableau${this.tableCount}`;
    this.styles.push(
      `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${ODT_TEXT_WIDTH_CM}cm" table:align="margins" fo:margin-bottom="0.25cm"/></style:style>`,
    );
    columns.forEach((column, index) =>
      this.styles.push(
        `<style:style style:name="${name}.C${index + 1}" style:family="table-column"><style:table-column-properties style:column-width="${(column.width * ODT_TEXT_WIDTH_CM).toFixed(2)}cm"/></style:style>`,
      ),
    );
    let rowStyle = '';
    if (minRowHeightCm) {
      rowStyle = ` table:style-name="${name}.R"`;
      this.styles.push(
        `<style:style style:name="${name}.R" style:family="table-row"><style:table-row-properties style:min-row-height="${minRowHeightCm.toFixed(2)}cm"/></style:style>`,
      );
    }
    const out = [`<table:table table:name="${name}" table:style-name="${name}">`];
    columns.forEach((_, index) => out.push(`<table:table-column table:style-name="${name}.C${index + 1}"/>`));
    if (columns.some((column) => column.header)) {
      out.push(
        `<table:table-header-rows><table:table-row>${columns
          .map((column) => this.cell(column.header ?? '', { style: 'CelluleEntete', bold: true, center: column.align === 'center' }))
          .join('')}</table:table-row></table:table-header-rows>`,
      );
    }
    for (const row of rows) {
      if (row.section) {
        out.push(`<table:table-row>${this.cell(row.section, { style: 'CelluleSection', span: columns.length, bold: true })}</table:table-row>`);
        continue;
      }
      out.push(
        `<table:table-row${rowStyle}>${row
          .map((cell, index) =>
            this.cell(cell, {
              style: index === 0 && firstColumnStyle ? firstColumnStyle : fillStyle ?? 'CelluleCorps',
              bold: index === 0 && Boolean(firstColumnStyle),
              center: columns[index].align === 'center',
            }),
          )
          .join('')}</table:table-row>`,
      );
    }
    out.push('</table:table>');
    return out.join('');
  }

  list(items, style) {
    return `<text:list text:style-name="${style}">${items
      .map((item) => `<text:list-item>${this.paragraph(toRuns(item), 'Liste')}</text:list-item>`)
      .join('')}</text:list>`;
  }

  block(block) {
    switch (block.type) {
      case 'heading':
        return `<text:h text:style-name="Heading_20_1" text:outline-level="1">${odfSpans(toRuns(block.text))}</text:h>`;
      case 'subheading':
        return `<text:h text:style-name="Heading_20_2" text:outline-level="2">${odfSpans(toRuns(block.text))}</text:h>`;
      case 'paragraph':
        return this.paragraph(toRuns(block.text));
      case 'bullets':
        return this.list(block.items, 'ListePuces');
      case 'checklist':
        return this.list(block.items, 'ListeCases');
      case 'fields':
        return this.table({
          columns: [{ width: 0.36 }, { width: 0.64 }],
          rows: block.items.map((field) => [field.label, '']),
          minRowHeightCm: 0.75,
          firstColumnStyle: 'CelluleSection',
        });
      case 'writeIn':
        return (
          this.paragraph(toRuns(block.label, true), 'EtiquetteZone') +
          this.table({ columns: [{ width: 1 }], rows: [['']], minRowHeightCm: (block.lines ?? 2) * 0.72 })
        );
      case 'callout':
        return this.table({
          columns: [{ width: 1 }],
          rows: [[block.title ? [{ b: `${block.title} ` }, ...[].concat(block.text)] : block.text]],
          fillStyle: 'CelluleSection',
        });
      case 'table':
        return this.table({
          columns: block.columns,
          rows: block.rows,
          minRowHeightCm: block.minRowHeight ? block.minRowHeight * 0.0353 : undefined,
        });
      case 'pageBreak':
        return '<text:p text:style-name="SautDePage"/>';
      default:
        throw new Error(`Unknown block type ${block.type}`);
    }
  }
}

const odfBorder = 'fo:border="0.5pt solid #8c9a9c"';

/** Renders a document model to an OpenDocument text package. */
function renderOdt(doc) {
  const builder = new OdtBuilder();
  const body = [
    `<text:p text:style-name="Title">${escapeXml(frenchSpacing(doc.title))}</text:p>`,
    `<text:p text:style-name="Subtitle">${escapeXml(frenchSpacing(doc.subtitle))}</text:p>`,
    ...doc.blocks.map((block) => builder.block(block)),
  ].join('\n');
  const listStyle = (name, char) =>
    `<text:list-style style:name="${name}"><text:list-level-style-bullet text:level="1" text:bullet-char="${char}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.45cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>`;
  const automatic = [
    '<style:style style:name="Gras" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>',
    `<style:style style:name="CelluleCorps" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" ${odfBorder}/></style:style>`,
    `<style:style style:name="CelluleEntete" style:family="table-cell"><style:table-cell-properties fo:background-color="#dcebec" fo:padding="0.1cm" ${odfBorder}/></style:style>`,
    `<style:style style:name="CelluleSection" style:family="table-cell"><style:table-cell-properties fo:background-color="#eef5f6" fo:padding="0.1cm" ${odfBorder}/></style:style>`,
    '<style:style style:name="CentreTableau" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="center"/></style:style>',
    '<style:style style:name="EtiquetteZone" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>',
    '<style:style style:name="SautDePage" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>',
    listStyle('ListePuces', '•'),
    listStyle('ListeCases', BOX_CHAR),
    ...builder.styles,
  ].join('');
  const content = `${XML_DECL}<office:document-content ${odfNamespaces('office', 'style', 'text', 'table', 'fo', 'svg')} office:version="1.3">${ODF_FONTS}<office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>\n${body}\n</office:text></office:body></office:document-content>`;

  const styles = `${XML_DECL}<office:document-styles ${odfNamespaces('office', 'style', 'text', 'table', 'fo', 'svg')} office:version="1.3">${ODF_FONTS}<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:color="#212628" fo:language="fr" fo:country="CA"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:line-height="118%"/></style:style>
<style:style style:name="Liste" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:color="#0e5a63" fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="12.5pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="10.5pt" fo:color="#212628"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Subtitle" style:class="chapter"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="18pt"/></style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.35cm" fo:padding-bottom="0.15cm" fo:border-bottom="1.2pt solid #0e5a63"/><style:text-properties fo:font-size="10.5pt" fo:color="#5b6366"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="7.5pt" fo:color="#5b6366"/></style:style>
</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" style:print-orientation="portrait" fo:margin-top="1.8cm" fo:margin-bottom="1.3cm" fo:margin-left="1.9cm" fo:margin-right="1.9cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">${escapeXml(footerText(doc))}<text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`;

  return createOdfPackage('application/vnd.oasis.opendocument.text', {
    'content.xml': content,
    'styles.xml': styles,
    'meta.xml': odfMeta(doc),
  });
}

/**
 * Renders slides to an OpenDocument presentation (16:9, 28 × 15.75 cm).
 * @param {{ title: string, subtitle?: string, items?: unknown[], numbered?: boolean, note?: { title: string, text: unknown } }[]} slides
 */
function renderOdp(doc, slides) {
  const frame = (name, style, x, y, width, height, inner) =>
    `<draw:frame draw:name="${name}" draw:style-name="${style}" svg:x="${x}cm" svg:y="${y}cm" svg:width="${width}cm" svg:height="${height}cm"><draw:text-box>${inner}</draw:text-box></draw:frame>`;
  const p = (style, content) => `<text:p text:style-name="${style}">${odfSpans(toRuns(content))}</text:p>`;
  const pages = slides.map((slide, index) => {
    const parts = [
      `<draw:rect draw:name="Bandeau" draw:style-name="grBandeau" svg:x="0cm" svg:y="0cm" svg:width="28cm" svg:height="2.7cm"/>`,
      frame('Titre', 'grTexte', 1.2, 0.35, 25.6, 2.1, p('PTitre', slide.title)),
    ];
    let top = 3.1;
    if (slide.subtitle) {
      parts.push(frame('Sous-titre', 'grTexte', 1.2, top, 25.6, 1.1, p('PSousTitre', slide.subtitle)));
      top += 1.3;
    }
    const noteHeight = slide.note ? 2.6 : 0;
    if (slide.items) {
      const items = slide.items
        .map((item) => `<text:list-item>${p('PCorps', item)}</text:list-item>`)
        .join('');
      const list = `<text:list text:style-name="${slide.numbered ? 'LNum' : 'LPuces'}">${items}</text:list>`;
      parts.push(frame('Contenu', 'grTexte', 1.2, top, 25.6, 14.2 - top - noteHeight, list));
    }
    if (slide.note) {
      parts.push(
        frame(
          'Encadré',
          'grEncadre',
          1.2,
          14.2 - noteHeight,
          25.6,
          noteHeight - 0.2,
          p('PEncadreTitre', slide.note.title) + p('PEncadre', slide.note.text),
        ),
      );
    }
    const footer = `${SITE_NAME} · ${doc.organization} · ${LICENCE_LABEL} · Exemple fictif · ${index + 1}/${slides.length}`;
    parts.push(frame('Pied de page', 'grTexte', 1.2, 14.55, 25.6, 0.9, p('PPied', footer)));
    return `<draw:page draw:name="Diapositive ${index + 1}" draw:style-name="dp1" draw:master-page-name="Default">${parts.join('')}</draw:page>`;
  });
  const paragraphStyle = (name, size, { bold, color = '#212628', marginBottom = '0.15cm' } = {}) =>
    `<style:style style:name="${name}" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="${marginBottom}"/><style:text-properties fo:font-size="${size}pt" fo:color="${color}"${bold ? ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"' : ''}/></style:style>`;
  const listLevel =
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.8cm" fo:margin-left="0.9cm"/></style:list-level-properties>';
  const automatic = [
    '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="solid" draw:fill-color="#ffffff"/></style:style>',
    '<style:style style:name="grBandeau" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#0e5a63"/></style:style>',
    '<style:style style:name="grTexte" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top" draw:auto-grow-height="false" fo:padding="0.1cm"/></style:style>',
    '<style:style style:name="grEncadre" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#eef5f6" draw:textarea-vertical-align="middle" draw:auto-grow-height="false" fo:padding="0.35cm"/></style:style>',
    paragraphStyle('PTitre', 26, { bold: true, color: '#ffffff', marginBottom: '0cm' }),
    paragraphStyle('PSousTitre', 17, { color: '#5b6366' }),
    paragraphStyle('PCorps', 17, { marginBottom: '0.3cm' }),
    paragraphStyle('PEncadreTitre', 15, { bold: true, color: '#0e5a63', marginBottom: '0.1cm' }),
    paragraphStyle('PEncadre', 15, { marginBottom: '0cm' }),
    paragraphStyle('PPied', 9, { color: '#5b6366', marginBottom: '0cm' }),
    `<text:list-style style:name="LPuces"><text:list-level-style-bullet text:level="1" text:bullet-char="•">${listLevel}</text:list-level-style-bullet></text:list-style>`,
    `<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">${listLevel}</text:list-level-style-number></text:list-style>`,
  ].join('');
  const namespaces = odfNamespaces('office', 'style', 'text', 'draw', 'presentation', 'fo', 'svg');
  const content = `${XML_DECL}<office:document-content ${namespaces} office:version="1.3">${ODF_FONTS}<office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:presentation>\n${pages.join('\n')}\n</office:presentation></office:body></office:document-content>`;
  const styles = `${XML_DECL}<office:document-styles ${namespaces} office:version="1.3">${ODF_FONTS}<office:styles><style:default-style style:family="graphic"><style:text-properties style:font-name="Liberation Sans" fo:font-size="17pt" fo:language="fr" fo:country="CA"/></style:default-style></office:styles><office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout><style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="solid" draw:fill-color="#ffffff"/></style:style></office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="Mdp1"/></office:master-styles></office:document-styles>`;
  return createOdfPackage('application/vnd.oasis.opendocument.presentation', {
    'content.xml': content,
    'styles.xml': styles,
    'meta.xml': odfMeta(doc),
  });
}

// ---------------------------------------------------------------------------
// XLSX (Office Open XML, SpreadsheetML)
// ---------------------------------------------------------------------------

/** Returns the spreadsheet column letter of a zero-based index (0 → A). */
function columnLetter(index) {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Returns the spreadsheet serial number of an ISO date (days since 1899-12-30). */
function excelDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000;
}

// Cell format indexes in XLSX_STYLES' cellXfs.
const XF = { title: 1, note: 2, header: 3, body: 4, center: 5, date: 6 };

const XLSX_STYLES = `${XML_DECL}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="4"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="14"/><color rgb="FF${ACCENT_HEX}"/><name val="Arial"/><family val="2"/></font><font><i/><sz val="9"/><color rgb="FF5B6366"/><name val="Arial"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF${HEADER_FILL_HEX}"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${['left', 'right', 'top', 'bottom'].map((side) => `<${side} style="thin"><color rgb="FF8C9A9C"/></${side}>`).join('')}<diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/**
 * Returns one worksheet's XML: a title, a note, a header row and body rows, with optional
 * drop-down lists. Cells are `string | number | { date: 'YYYY-MM-DD' }`.
 */
function xlsxSheet(sheet, doc, { selected }) {
  const width = sheet.columns.length;
  const last = columnLetter(width - 1);
  const cell = (ref, value, style) => {
    if (value === '' || value === undefined || value === null) return `<c r="${ref}" s="${style}"/>`;
    if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
    if (value.date) return `<c r="${ref}" s="${XF.date}"><v>${excelDate(value.date)}</v></c>`;
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(frenchSpacing(value))}</t></is></c>`;
  };
  // Row heights are set explicitly so wrapped text shows in every spreadsheet program.
  const heightOf = (values) => {
    const lines = Math.max(
      1,
      ...values.map((value, index) =>
        typeof value === 'string' ? Math.ceil((value.length * 1.1) / (sheet.columns[index].width - 1)) : 1,
      ),
    );
    return Math.round((lines * 12.8 + 3) * 10) / 10;
  };
  const rows = [
    `<row r="1" ht="24" customHeight="1">${cell('A1', sheet.title, XF.title)}</row>`,
    `<row r="2">${cell('A2', sheet.note, XF.note)}</row>`,
    `<row r="4" ht="${heightOf(sheet.columns.map((column) => column.header))}" customHeight="1">${sheet.columns
      .map((column, index) => cell(`${columnLetter(index)}4`, column.header, XF.header))
      .join('')}</row>`,
  ];
  const lastRow = 4 + sheet.rows.length + (sheet.blankRows ?? 0);
  for (let r = 0; r < sheet.rows.length + (sheet.blankRows ?? 0); r += 1) {
    const values = sheet.rows[r] ?? sheet.columns.map(() => '');
    const number = 5 + r;
    rows.push(
      `<row r="${number}" ht="${heightOf(values)}" customHeight="1">${values
        .map((value, index) =>
          cell(`${columnLetter(index)}${number}`, value, sheet.columns[index].center ? XF.center : XF.body),
        )
        .join('')}</row>`,
    );
  }
  const validations = (sheet.lists ?? []).map(
    (list) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${list.column}5:${list.column}${lastRow}"><formula1>"${escapeXml(list.values.join(','))}"</formula1></dataValidation>`,
  );
  return `${XML_DECL}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_REL}">
<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}${lastRow}"/>
<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A5" sqref="A5"/></sheetView></sheetViews>
<sheetFormatPr defaultRowHeight="12.8"/>
<cols>${sheet.columns.map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`).join('')}</cols>
<sheetData>${rows.join('')}</sheetData>
<mergeCells count="2"><mergeCell ref="A1:${last}1"/><mergeCell ref="A2:${last}2"/></mergeCells>
${validations.length ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>` : ''}
<printOptions gridLines="0"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>
<pageSetup paperSize="1" orientation="landscape" fitToWidth="1" fitToHeight="0"/>
<headerFooter><oddFooter>${escapeXml(`&L${SITE_NAME} · ${doc.organization} · ${LICENCE_LABEL} · Exemple fictif&RPage &P de &N`)}</oddFooter></headerFooter>
</worksheet>`;
}

/** Renders sheets to an XLSX workbook. */
function renderXlsx(doc, sheets) {
  const sheetEntries = sheets.map((sheet, index) => ({
    name: `xl/worksheets/sheet${index + 1}.xml`,
    data: xlsxSheet(sheet, doc, { selected: index === 0 }),
  }));
  const workbook = `${XML_DECL}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${OFFICE_REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
    .map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join('')}</sheets><definedNames>${sheets
    .map((sheet, index) => `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${escapeXml(sheet.name)}'!$4:$4</definedName>`)
    .join('')}</definedNames></workbook>`;
  const workbookRels = `${XML_DECL}<Relationships xmlns="${REL_NS}">${sheets
    .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${OFFICE_REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
    .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${OFFICE_REL}/styles" Target="styles.xml"/></Relationships>`;
  const overrides = sheets
    .map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  return createZip([
    {
      name: '[Content_Types].xml',
      data: `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML_DECL}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${CORE_REL}" Target="docProps/core.xml"/></Relationships>`,
    },
    { name: 'docProps/core.xml', data: ooxmlCoreProperties(doc) },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    { name: 'xl/styles.xml', data: XLSX_STYLES },
    ...sheetEntries,
  ]);
}

// ---------------------------------------------------------------------------
// Content: the six sample tools (fictional organizations, invented content)
// ---------------------------------------------------------------------------

const box = { box: true };
const boxes = (count) => Array.from({ length: count }, () => box);

const engagementGrid = {
  slug: 'grille-observation-engagement',
  title: 'Grille d’observation de l’engagement scolaire',
  subtitle:
    'Pour les mentors et les intervenants qui accompagnent des jeunes du secondaire — Trajectoire Jeunesse, Saguenay',
  organization: 'Trajectoire Jeunesse',
  date: '2023-09-18',
  blocks: [
    {
      type: 'fields',
      items: [
        { label: 'Jeune (prénom ou code)' },
        { label: 'Date' },
        { label: 'Personne qui observe' },
        { label: 'Durée' },
        { label: 'Contexte (rencontre de mentorat, sortie de plein air, période d’étude, autre)', wide: true },
      ],
    },
    { type: 'heading', text: 'Consignes' },
    {
      type: 'bullets',
      items: [
        'Observez le jeune pendant une activité d’au moins 20 minutes, si possible dans le même contexte d’une fois à l’autre.',
        'Notez ce que vous voyez et entendez, pas ce que vous supposez. Un exemple concret vaut mieux qu’une impression.',
        'Cochez une seule case par énoncé. Choisissez NO (non observable) si la situation ne s’est pas présentée.',
        'Remplissez la grille dans l’heure qui suit l’activité, pendant que vos souvenirs sont frais.',
      ],
    },
    {
      type: 'paragraph',
      text: [{ b: 'Échelle : ' }, '0 = jamais observé · 1 = parfois · 2 = souvent · 3 = presque toujours · NO = non observable'],
    },
    {
      type: 'table',
      columns: [
        { header: 'Énoncé observable', width: 0.62 },
        { header: '0', width: 0.07, align: 'center' },
        { header: '1', width: 0.07, align: 'center' },
        { header: '2', width: 0.07, align: 'center' },
        { header: '3', width: 0.07, align: 'center' },
        { header: 'NO', width: 0.1, align: 'center' },
      ],
      rows: [
        { section: 'A. Engagement comportemental : ce que le jeune fait' },
        ['1. Arrive à l’heure et reste jusqu’à la fin de l’activité', ...boxes(5)],
        ['2. Se met à la tâche sans qu’on ait à le relancer', ...boxes(5)],
        ['3. Persévère devant une difficulté avant de demander de l’aide', ...boxes(5)],
        ['4. Apporte le matériel ou l’équipement demandé', ...boxes(5)],
        { section: 'B. Engagement affectif : ce que le jeune ressent et exprime' },
        ['5. Pose des questions ou fait des commentaires spontanés sur l’activité', ...boxes(5)],
        ['6. Montre de la fierté ou du plaisir devant une réussite', ...boxes(5)],
        ['7. Parle positivement d’un cours, d’un enseignant ou de l’école', ...boxes(5)],
        ['8. Entretient des échanges respectueux avec les autres jeunes', ...boxes(5)],
        { section: 'C. Engagement cognitif : comment le jeune réfléchit et s’organise' },
        ['9. Fait des liens entre l’activité et ses projets ou ses intérêts', ...boxes(5)],
        ['10. Utilise une stratégie pour s’organiser (agenda, liste, plan de travail)', ...boxes(5)],
        ['11. Explique sa démarche ou son raisonnement dans ses mots', ...boxes(5)],
        ['12. Se fixe un objectif pour la prochaine rencontre', ...boxes(5)],
      ],
    },
    { type: 'heading', text: 'Compilation' },
    {
      type: 'table',
      columns: [
        { header: 'Dimension', width: 0.4 },
        { header: 'Total aujourd’hui', width: 0.2, align: 'center' },
        { header: 'Total précédent', width: 0.2, align: 'center' },
        { header: 'Écart', width: 0.2, align: 'center' },
      ],
      rows: [
        ['A. Comportemental (sur 12)', '', '', ''],
        ['B. Affectif (sur 12)', '', '', ''],
        ['C. Cognitif (sur 12)', '', '', ''],
        [{ b: 'Total général (sur 36)' }, '', '', ''],
      ],
      minRowHeight: 20,
    },
    {
      type: 'paragraph',
      text: 'Additionnez les points de chaque dimension. Si un énoncé est noté NO, calculez la moyenne des autres énoncés de la dimension et multipliez-la par 4.',
    },
    { type: 'heading', text: 'Observations qualitatives' },
    { type: 'writeIn', label: 'Un fait marquant, décrit tel quel (qui, quoi, quand) :', lines: 3 },
    { type: 'writeIn', label: 'Une force à nommer au jeune à la prochaine rencontre :', lines: 2 },
    { type: 'writeIn', label: 'Une piste d’action pour le mentor ou pour l’équipe :', lines: 2 },
    { type: 'heading', text: 'Repères pour interpréter' },
    {
      type: 'bullets',
      items: [
        'Comparez le jeune à lui-même d’une observation à l’autre, jamais aux autres jeunes du groupe.',
        'Une dimension sous 5 sur 12 à deux observations de suite mérite une discussion en équipe, pas une conclusion.',
        'Un écart de 3 points ou plus entre deux observations, à la hausse comme à la baisse, vaut la peine d’être nommé au jeune.',
        'La grille complète le jugement des intervenants et la parole du jeune; elle ne pose aucun diagnostic.',
        'Rangez la grille dans le dossier du jeune, sous clé, et détruisez-la à la fin du suivi selon la politique de l’organisme.',
      ],
    },
  ],
};

const stressQuestionnaire = {
  slug: 'questionnaire-stress-scolaire',
  title: 'Questionnaire d’autoévaluation du stress scolaire',
  subtitle:
    'Pour les élèves du secondaire qui participent aux ateliers sur l’anxiété avant les examens — Vents du large, Gaspé',
  organization: 'Vents du large',
  date: '2024-01-22',
  blocks: [
    {
      type: 'fields',
      items: [
        { label: 'Prénom (facultatif)' },
        { label: 'Date' },
        { label: 'Niveau (secondaire 1 à 5)' },
        { label: 'Moment (avant ou après)' },
      ],
    },
    {
      type: 'paragraph',
      text: 'Ce questionnaire t’aide à faire le point sur la façon dont tu vis le stress à l’école. Il n’y a pas de bonnes ni de mauvaises réponses : réponds selon ce que tu as vécu au cours des deux dernières semaines. Seule l’équipe d’animation lit tes réponses. Si une réponse nous inquiète pour ta sécurité, on t’en parlera d’abord, avant toute autre démarche.',
    },
    { type: 'heading', text: 'Partie A — Ce que je ressens' },
    {
      type: 'paragraph',
      text: [{ b: 'Coche une case par ligne. ' }, '0 = jamais · 1 = rarement · 2 = parfois · 3 = souvent · 4 = très souvent'],
    },
    {
      type: 'table',
      columns: [
        { header: 'Au cours des deux dernières semaines…', width: 0.65 },
        ...['0', '1', '2', '3', '4'].map((header) => ({ header, width: 0.07, align: 'center' })),
      ],
      rows: [
        '1. J’ai eu de la difficulté à m’endormir la veille d’un examen.',
        '2. J’ai eu mal au ventre ou à la tête avant d’aller à l’école.',
        '3. J’ai eu peur de ne pas être à la hauteur dans un cours.',
        '4. J’ai eu un blanc de mémoire pendant un examen.',
        '5. J’ai remis un travail à plus tard parce qu’il me stressait trop.',
        '6. Comparer mes notes à celles des autres m’a mis de la pression.',
        '7. J’ai eu l’impression d’avoir trop de travaux en même temps.',
        '8. J’ai pensé que mes parents seraient déçus de mes résultats.',
        '9. Mes inquiétudes ont nui à ma concentration en classe.',
        '10. J’ai eu envie de manquer un cours pour éviter une évaluation.',
      ].map((statement) => [statement, ...boxes(5)]),
    },
    { type: 'heading', text: 'Partie B — Ce que je fais pour y faire face' },
    {
      type: 'table',
      columns: [
        { header: 'Au cours des deux dernières semaines…', width: 0.65 },
        ...['0', '1', '2', '3', '4'].map((header) => ({ header, width: 0.07, align: 'center' })),
      ],
      rows: [
        '11. J’ai préparé un horaire d’étude quelques jours avant un examen.',
        '12. Quand la tension montait, j’ai pris de grandes respirations ou une pause.',
        '13. J’en ai parlé à une personne de confiance (ami, parent, adulte de l’école).',
        '14. J’ai fait du sport ou une activité qui me détend.',
        '15. Je me suis rappelé une fois où j’ai réussi malgré le stress.',
        '16. J’ai dormi au moins huit heures la veille d’un examen.',
      ].map((statement) => [statement, ...boxes(5)]),
    },
    { type: 'heading', text: 'Partie C — Dans mes mots' },
    { type: 'writeIn', label: 'Quelle situation à l’école te stresse le plus en ce moment?', lines: 2 },
    { type: 'writeIn', label: 'Qu’est-ce qui t’aide déjà à te calmer?', lines: 2 },
    { type: 'writeIn', label: 'Qu’aimerais-tu apprendre pendant les ateliers?', lines: 2 },
    { type: 'heading', text: 'Pour l’équipe d’animation : calcul et repères' },
    {
      type: 'bullets',
      items: [
        [{ b: 'Score de stress : ' }, 'additionnez les réponses 1 à 10 (de 0 à 40).'],
        [{ b: 'Score de stratégies : ' }, 'additionnez les réponses 11 à 16 (de 0 à 24).'],
        'Comparez les scores avant et après la série d’ateliers : on cherche une baisse du score de stress et une hausse du score de stratégies.',
      ],
    },
    {
      type: 'table',
      columns: [
        { header: 'Score de stress', width: 0.18 },
        { header: 'Repère', width: 0.32 },
        { header: 'Suite suggérée', width: 0.5 },
      ],
      rows: [
        ['0 à 13', 'Stress léger, habituel en période d’examens', 'Encourager les stratégies que le jeune utilise déjà.'],
        ['14 à 26', 'Stress modéré', 'Cibler en atelier les situations nommées à la partie C.'],
        [
          '27 à 40',
          'Stress élevé',
          'Proposer une rencontre individuelle dans la semaine et, avec l’accord du jeune, en parler au personnel professionnel de l’école.',
        ],
      ],
    },
    {
      type: 'callout',
      title: 'Important.',
      text: 'Ce questionnaire a été conçu par l’équipe de Vents du large pour animer ses ateliers. Ce n’est pas un test validé et il ne sert pas à poser un diagnostic. Si un jeune exprime de la détresse ou des idées noires, appliquez sans délai le protocole de l’école et orientez-le vers les services psychosociaux.',
    },
  ],
};

const parentCafeGuide = {
  slug: 'guide-animation-cafes-parents',
  title: 'Guide d’animation des cafés-rencontres parents-ados',
  subtitle: 'Pour les intervenants et le personnel scolaire qui animent les soirées — Cap Réussite, Rimouski',
  organization: 'Cap Réussite',
  date: '2022-10-03',
  blocks: [
    { type: 'heading', text: 'Le principe' },
    {
      type: 'paragraph',
      text: 'Les cafés-rencontres réunissent des parents et leurs adolescents de 12 à 16 ans autour d’un café, six soirs par année scolaire. Chaque soirée de 90 minutes alterne des échanges entre parents, des échanges entre jeunes et des moments en duo. Le but : que chaque famille reparte avec une idée concrète à essayer à la maison.',
    },
    { type: 'heading', text: 'Avant la soirée' },
    {
      type: 'checklist',
      items: [
        [{ b: 'Trois semaines avant : ' }, 'réserver le local (bibliothèque de l’école ou salle de l’organisme) et confirmer la halte-garderie pour les plus jeunes.'],
        [{ b: 'Deux semaines avant : ' }, 'envoyer l’invitation par courriel et par le portail de l’école, puis appeler les familles qui n’ont pas répondu.'],
        [{ b: 'La veille : ' }, 'envoyer un texto de rappel aux parents et aux jeunes inscrits.'],
        [{ b: 'Le jour même : ' }, 'préparer le café, les jus et une collation santé; placer les tables en îlots de six.'],
        'Prévoir deux personnes à l’animation : une de l’organisme et une de l’école.',
      ],
    },
    { type: 'heading', text: 'Déroulement type d’une soirée' },
    {
      type: 'table',
      columns: [
        { header: 'Heure', width: 0.1 },
        { header: 'Durée', width: 0.09 },
        { header: 'Activité', width: 0.36 },
        { header: 'Conseils d’animation', width: 0.45 },
      ],
      rows: [
        ['18 h 15', '15 min', 'Accueil, café et collation', 'Accueillir chaque famille par son nom; offrir un porte-nom.'],
        ['18 h 30', '10 min', 'Mot de bienvenue et rappel des règles', 'Lire les règles à voix haute et afficher l’horaire de la soirée.'],
        ['18 h 40', '15 min', 'Brise-glace en duo parent-ado', 'Choisir une question légère (voir les exemples plus bas).'],
        ['18 h 55', '25 min', 'Échanges en sous-groupes : les parents d’un côté, les jeunes de l’autre', 'Une personne anime chaque sous-groupe et note les idées, sans les noms.'],
        ['19 h 20', '20 min', 'Mise en commun en grand groupe', 'Les jeunes présentent en premier; les parents réagissent ensuite.'],
        ['19 h 40', '10 min', 'Défi de la semaine', 'Chaque duo choisit un petit geste à essayer à la maison.'],
        ['19 h 50', '10 min', 'Évaluation éclair et au revoir', 'Trois questions sur un carton; remercier chaque famille.'],
      ],
    },
    { type: 'heading', text: 'Les six thèmes de l’année' },
    {
      type: 'table',
      columns: [
        { header: 'N°', width: 0.06, align: 'center' },
        { header: 'Mois', width: 0.12 },
        { header: 'Thème', width: 0.34 },
        { header: 'Question de départ', width: 0.48 },
      ],
      rows: [
        ['1', 'Octobre', 'Se connaître et s’écouter', 'Qu’est-ce qui vous fait sentir écoutés à la maison?'],
        ['2', 'Novembre', 'Les devoirs et l’organisation', 'À quel moment de la soirée les devoirs se passent-ils le mieux?'],
        ['3', 'Janvier', 'Les écrans et le sommeil', 'Quelle règle sur les écrans vous semble juste, et pourquoi?'],
        ['4', 'Février', 'Le stress et les émotions', 'Comment sait-on, chez nous, que quelqu’un est stressé?'],
        ['5', 'Avril', 'Parler de l’avenir : DEP, cégep et métiers', 'Quel métier vous faisait rêver à 14 ans?'],
        ['6', 'Mai', 'Bilan et fête de clôture', 'Qu’est-ce qui a changé chez nous depuis l’automne?'],
      ],
    },
    { type: 'heading', text: 'Les règles du groupe' },
    {
      type: 'bullets',
      items: [
        'Ce qui se dit ici reste ici.',
        'On parle au « je » et de sa propre famille.',
        'Chacun a le droit de passer son tour.',
        'On écoute jusqu’au bout, sans couper la parole.',
        'Les cellulaires restent en mode silencieux.',
      ],
    },
    { type: 'heading', text: 'Questions brise-glace' },
    {
      type: 'bullets',
      items: [
        'Parent, raconte ton meilleur souvenir de l’école secondaire; ado, devine en quelle année ça se passait.',
        'Nommez chacun une chose que l’autre fait mieux que vous.',
        'Si votre famille avait une devise, quelle serait-elle?',
        'Quel plat cuisinez-vous ensemble quand vous avez du temps?',
      ],
    },
    { type: 'heading', text: 'Quand la discussion se corse' },
    {
      type: 'bullets',
      items: [
        'Si un parent et son ado s’accrochent devant le groupe, proposez une pause et rappelez la règle du « je ».',
        'Ne prenez jamais parti : reformulez ce que chacun a dit, puis redonnez la parole au groupe.',
        'Offrez de poursuivre la discussion en privé à la fin de la soirée et notez le besoin de soutien.',
        'Si un propos vous inquiète pour la sécurité d’un jeune, suivez la procédure de l’école et informez la coordination le soir même.',
      ],
    },
    { type: 'heading', text: 'Évaluation éclair et suivi' },
    {
      type: 'bullets',
      items: [
        [{ b: 'Sur le carton : ' }, '« Cette soirée m’a été utile : pas du tout, un peu, beaucoup », « Une idée que je retiens » et « Un thème que j’aimerais aborder ».'],
        'Dans les 48 heures : compiler les présences et les cartons, puis envoyer aux familles un courriel de remerciement qui rappelle le défi de la semaine.',
        'Prendre 15 minutes en équipe d’animation pour noter ce qui a bien fonctionné et ce qu’on changera la prochaine fois.',
      ],
    },
  ],
};

const returnPlanTemplate = {
  slug: 'gabarit-plan-retour-etudes',
  title: 'Mon plan de retour aux études',
  subtitle: 'Gabarit à remplir avec la personne qui t’accompagne — Tremplin Estrie, Sherbrooke',
  organization: 'Tremplin Estrie',
  date: '2021-05-10',
  blocks: [
    {
      type: 'paragraph',
      text: 'Ce plan t’appartient. Tu le remplis à ton rythme, avec l’aide de la personne qui t’accompagne, et tu peux le modifier en tout temps. Garde-le dans un endroit facile à retrouver : on y reviendra à chaque rencontre de suivi.',
    },
    { type: 'heading', text: '1. Où j’en suis' },
    {
      type: 'fields',
      items: [
        { label: 'Prénom et nom' },
        { label: 'Date' },
        { label: 'Dernière année scolaire terminée' },
        { label: 'Année où j’ai quitté l’école' },
        { label: 'Situation actuelle (emploi, heures par semaine, autre)', wide: true },
      ],
    },
    {
      type: 'table',
      columns: [
        { header: 'Matière', width: 0.24 },
        { header: 'Dernier niveau réussi', width: 0.28 },
        { header: 'Ce qu’il me reste à faire', width: 0.48 },
      ],
      rows: [
        ['Français', '', ''],
        ['Mathématiques', '', ''],
        ['Anglais', '', ''],
        ['Sciences', '', ''],
        ['Histoire', '', ''],
        ['Autre :', '', ''],
      ],
      minRowHeight: 19,
    },
    { type: 'heading', text: '2. Mon objectif' },
    {
      type: 'fields',
      items: [
        { label: 'Diplôme visé (DES, DEP, AEP, préalables pour le cégep…)', wide: true },
        { label: 'Programme ou métier qui m’intéresse', wide: true },
        { label: 'Établissement (centre d’éducation des adultes, centre de formation professionnelle…)', wide: true },
        { label: 'Date de début visée', wide: true },
      ],
    },
    { type: 'writeIn', label: 'Pourquoi c’est important pour moi :', lines: 2 },
    { type: 'heading', text: '3. Ce qui m’aide et ce qui pourrait me freiner' },
    {
      type: 'table',
      columns: [
        { header: 'Aspect de ma vie', width: 0.24 },
        { header: 'Ce qui m’aide', width: 0.38 },
        { header: 'Ce qui pourrait me freiner', width: 0.38 },
      ],
      rows: [
        ['Horaire et emploi', '', ''],
        ['Transport', '', ''],
        ['Argent', '', ''],
        ['Famille et logement', '', ''],
        ['Santé et moral', '', ''],
        ['Ma façon d’apprendre', '', ''],
      ],
      minRowHeight: 24,
    },
    { type: 'heading', text: '4. Mes étapes' },
    {
      type: 'table',
      columns: [
        { header: 'N°', width: 0.06, align: 'center' },
        { header: 'Étape', width: 0.46 },
        { header: 'Qui peut m’aider', width: 0.24 },
        { header: 'Date prévue', width: 0.14 },
        { header: 'Fait', width: 0.1, align: 'center' },
      ],
      rows: [
        ['1', 'Demander mon relevé des apprentissages', 'La personne qui m’accompagne', '', box],
        ['2', 'Prendre rendez-vous au service d’accueil et d’orientation du centre (SARCA)', 'Secrétariat du centre', '', box],
        ['3', 'Passer les tests de classement, s’il y a lieu', 'Centre d’éducation des adultes', '', box],
        ['4', 'Remplir ma demande d’admission', 'Conseiller ou conseillère du centre', '', box],
        ['5', 'Organiser mon horaire, mon transport et, au besoin, la garde de mes enfants', 'Famille, employeur', '', box],
        ['6', 'Vérifier l’aide financière possible (prêts et bourses, mesures d’emploi)', 'La personne qui m’accompagne', '', box],
        ['7', 'Vivre ma première semaine de cours et faire un bilan', 'La personne qui m’accompagne', '', box],
        ['8', '', '', '', box],
      ],
    },
    { type: 'heading', text: '5. Mon réseau de soutien' },
    {
      type: 'table',
      columns: [
        { header: 'Personne', width: 0.3 },
        { header: 'Ce qu’elle peut faire pour moi', width: 0.42 },
        { header: 'Comment la joindre', width: 0.28 },
      ],
      rows: [['', '', ''], ['', '', ''], ['', '', ''], ['', '', '']],
      minRowHeight: 20,
    },
    { type: 'heading', text: '6. Nos rencontres de suivi' },
    {
      type: 'table',
      columns: [
        { header: 'Date', width: 0.13 },
        { header: 'Ce qui avance', width: 0.29 },
        { header: 'Ce qui bloque', width: 0.29 },
        { header: 'Prochaine étape', width: 0.29 },
      ],
      rows: [['', '', '', ''], ['', '', '', ''], ['', '', '', ''], ['', '', '', '']],
      minRowHeight: 30,
    },
    {
      type: 'fields',
      items: [
        { label: 'Ma signature', wide: true },
        { label: 'Signature de la personne qui m’accompagne', wide: true },
        { label: 'Date' },
      ],
    },
  ],
};

const volunteerKit = {
  slug: 'trousse-formation-benevoles',
  title: 'Trousse de formation des bénévoles en aide aux devoirs',
  subtitle:
    'Guide d’animation d’une séance de trois heures et aide-mémoire du bénévole — Maison des devoirs d’Hochelaga, Montréal',
  organization: 'Maison des devoirs d’Hochelaga',
  date: '2023-02-13',
  blocks: [
    { type: 'heading', text: 'Objectifs de la séance' },
    {
      type: 'bullets',
      items: [
        'Comprendre le rôle du bénévole : accompagner l’enfant sans faire le travail à sa place.',
        'Maîtriser cinq réflexes simples qui rendent l’enfant plus autonome.',
        'Savoir réagir aux situations délicates et connaître les règles d’encadrement de l’organisme.',
      ],
    },
    { type: 'heading', text: 'Programme de la séance' },
    {
      type: 'table',
      columns: [
        { header: 'Moment', width: 0.11 },
        { header: 'Durée', width: 0.09 },
        { header: 'Contenu', width: 0.46 },
        { header: 'Matériel', width: 0.34 },
      ],
      rows: [
        ['0 h 00', '20 min', 'Accueil, présentation de l’organisme et tour de table', 'Porte-noms, diapositive 1'],
        ['0 h 20', '35 min', 'Module 1 — Accompagner sans faire à la place', 'Exemples de devoirs de 2e et de 5e année'],
        ['0 h 55', '40 min', 'Module 2 — Les cinq réflexes de l’aide aux devoirs', 'Diapositive 2, jeux de rôle en duo'],
        ['1 h 35', '15 min', 'Pause', 'Café et fruits'],
        ['1 h 50', '45 min', 'Module 3 — Situations délicates', 'Cartes de mises en situation, diapositive 3'],
        ['2 h 35', '15 min', 'Module 4 — Encadrement, sécurité et confidentialité', 'Code de conduite à signer'],
        ['2 h 50', '10 min', 'Questions et évaluation de la séance', 'Fiche d’évaluation (dernière section)'],
      ],
    },
    { type: 'heading', text: 'Les cinq réflexes de l’aide aux devoirs' },
    {
      type: 'bullets',
      items: [
        [{ b: 'Faire relire la consigne. ' }, 'L’enfant l’explique dans ses mots avant de commencer.'],
        [{ b: 'Partir de ce qu’il sait. ' }, '« Qu’est-ce que tu connais déjà là-dessus? » Une bonne question vaut mieux qu’une longue explication.'],
        [{ b: 'Donner un indice, pas la réponse. ' }, 'Montrer un exemple semblable ou l’endroit où chercher dans le cahier.'],
        [{ b: 'Souligner l’effort. ' }, 'Nommer précisément ce qui est réussi : « Tu as vérifié ton calcul, bravo. »'],
        [{ b: 'Finir sur une réussite. ' }, 'Terminer la période par un exercice que l’enfant peut faire seul.'],
      ],
    },
    { type: 'heading', text: 'Mises en situation du module 3' },
    {
      type: 'table',
      columns: [
        { header: 'Situation', width: 0.45 },
        { header: 'Pistes à faire ressortir', width: 0.55 },
      ],
      rows: [
        ['Une élève de 8 ans refuse de sortir son cahier et dit qu’elle est « nulle en maths ».', 'Accueillir l’émotion, proposer un premier exercice très court, souligner le moindre progrès.'],
        ['Un parent vous demande de faire les devoirs à la place de son enfant, qui est fatigué.', 'Expliquer le rôle du bénévole avec tact; proposer d’alléger la tâche plutôt que de la faire.'],
        ['Vous ne connaissez pas la méthode de division enseignée à l’école.', 'Demander à l’enfant de vous la montrer, consulter la coordination, ne pas imposer votre méthode.'],
        ['Un enfant vous confie qu’il a peur de rentrer chez lui.', 'Écouter sans questionner, ne pas promettre le secret, aviser la coordination le jour même : elle fera le signalement requis s’il y a lieu.'],
      ],
    },
    { type: 'heading', text: 'Règles d’encadrement' },
    {
      type: 'bullets',
      items: [
        'Chaque bénévole fournit une vérification de ses antécédents judiciaires avant sa première présence.',
        'On reste toujours à la vue d’un autre adulte : jamais seul avec un enfant dans un local fermé.',
        'Aucune photo des enfants, aucun échange de numéro de téléphone ni de réseaux sociaux.',
        'On avise la coordination au moins 24 heures à l’avance en cas d’absence.',
        'Ce qu’on apprend sur une famille reste à la Maison des devoirs.',
      ],
    },
    {
      type: 'callout',
      title: 'Aide-mémoire du bénévole.',
      text: 'Arriver 10 minutes avant les enfants · lire le mot de l’enseignant dans l’agenda · appliquer les cinq réflexes · noter dans le cahier de suivi ce qui est fait et ce qui reste · signaler toute inquiétude à la coordination le jour même.',
    },
    { type: 'heading', text: 'Évaluation de la séance' },
    {
      type: 'table',
      columns: [
        { header: 'Énoncé', width: 0.58 },
        { header: 'Pas du tout', width: 0.14, align: 'center' },
        { header: 'Un peu', width: 0.14, align: 'center' },
        { header: 'Beaucoup', width: 0.14, align: 'center' },
      ],
      rows: [
        ['Je comprends mieux mon rôle de bénévole.', ...boxes(3)],
        ['Je me sens capable d’utiliser les cinq réflexes.', ...boxes(3)],
        ['Je sais quoi faire si un enfant me confie une situation inquiétante.', ...boxes(3)],
      ],
    },
    { type: 'writeIn', label: 'Ce que j’aimerais approfondir lors d’une prochaine formation :', lines: 2 },
  ],
};

const volunteerSlides = [
  {
    title: 'Aide aux devoirs : accompagner sans faire à la place',
    subtitle: 'Formation des bénévoles — Maison des devoirs d’Hochelaga',
    items: [
      [{ b: 'Comprendre ' }, 'le rôle du bénévole auprès de l’enfant, de sa famille et de l’école.'],
      [{ b: 'Pratiquer ' }, 'cinq réflexes simples qui rendent l’enfant plus autonome.'],
      [{ b: 'Savoir réagir ' }, 'aux situations délicates et connaître nos règles d’encadrement.'],
    ],
  },
  {
    title: 'Les cinq réflexes de l’aide aux devoirs',
    numbered: true,
    items: [
      [{ b: 'Faire relire la consigne : ' }, 'l’enfant l’explique dans ses mots.'],
      [{ b: 'Partir de ce qu’il sait : ' }, '« Qu’est-ce que tu connais déjà là-dessus? »'],
      [{ b: 'Donner un indice, pas la réponse : ' }, 'un exemple semblable, une page du cahier.'],
      [{ b: 'Souligner l’effort : ' }, '« Tu as vérifié ton calcul, bravo. »'],
      [{ b: 'Finir sur une réussite : ' }, 'un dernier exercice que l’enfant réussit seul.'],
    ],
  },
  {
    title: 'Situations délicates : à vous de jouer',
    items: [
      'Une élève refuse de sortir son cahier : « Je suis nulle en maths. »',
      'Un parent vous demande de faire les devoirs à la place de son enfant.',
      'Vous ne connaissez pas la méthode de division enseignée à l’école.',
    ],
    note: {
      title: 'Si un enfant vous fait une confidence inquiétante',
      text: 'Écouter sans questionner · ne pas promettre le secret · aviser la coordination le jour même.',
    },
  },
];

const employerChecklist = {
  slug: 'aide-memoire-entente-employeur',
  title: 'Aide-mémoire pour une entente avec un employeur',
  subtitle: 'Stages d’un jour et conciliation études-travail — Le Pont, Gatineau',
  organization: 'Le Pont',
  date: '2024-04-08',
  blocks: [
    {
      type: 'paragraph',
      text: 'Cet aide-mémoire guide les intervenants qui concluent une entente avec une entreprise pour accueillir un élève en stage d’un jour ou pour l’embaucher à temps partiel pendant l’année scolaire. Cochez chaque point au fur et à mesure; le tableur qui l’accompagne permet de suivre plusieurs ententes à la fois.',
    },
    { type: 'heading', text: '1. Avant de rencontrer l’employeur' },
    {
      type: 'checklist',
      items: [
        'Confirmer que l’élève, ses parents et l’école sont d’accord avec le projet.',
        'Préparer une présentation d’une page : l’organisme, le projet de l’élève (sans renseignements personnels) et ce qu’on attend de l’entreprise.',
        'Repérer dans l’entreprise une personne-ressource qui accompagnera l’élève.',
        'Relire les règles sur le travail des jeunes (voir l’encadré plus bas).',
      ],
    },
    { type: 'heading', text: '2. Ce que l’entente doit préciser' },
    {
      type: 'checklist',
      items: [
        'Les coordonnées de l’entreprise, de l’organisme, de l’école et de la personne-ressource.',
        'La date, l’horaire et le lieu du stage, ou l’horaire de travail prévu pendant l’année scolaire.',
        'Les tâches que l’élève observera ou réalisera, et celles qui lui sont interdites.',
        'Les règles de santé et de sécurité : équipement de protection, formation sur place, premiers soins.',
        'La couverture d’assurance pendant le stage, à vérifier auprès de l’école ou du CSS.',
        'L’autorisation signée des parents pour un élève de moins de 18 ans.',
        'La personne à joindre en cas d’urgence et la façon de signaler une absence.',
        'L’engagement de l’employeur à respecter l’horaire scolaire et les périodes d’examens.',
        'La confidentialité des renseignements sur l’élève.',
      ],
    },
    { type: 'heading', text: '3. Pendant le stage ou l’emploi' },
    {
      type: 'checklist',
      items: [
        'Appeler la personne-ressource à mi-parcours, ou après les deux premières semaines d’emploi.',
        'Demander à l’élève comment il vit l’expérience et s’il arrive à concilier le travail et les études.',
        'Revoir l’horaire avec l’employeur si les résultats scolaires ou le sommeil en souffrent.',
      ],
    },
    { type: 'heading', text: '4. Après' },
    {
      type: 'checklist',
      items: [
        'Faire signer par l’élève une carte de remerciement et la remettre à l’entreprise.',
        'Faire un bilan de dix minutes avec l’employeur : ce qui a bien fonctionné, ce qui est à revoir.',
        'Consigner l’entente et le bilan dans le tableur de suivi.',
      ],
    },
    {
      type: 'callout',
      title: 'Encadré : le travail des élèves au Québec.',
      text: 'Depuis 2023, la Loi sur les normes du travail fixe à 14 ans l’âge minimal pour travailler, sauf exceptions. Pendant l’année scolaire, un élève soumis à l’obligation de fréquentation scolaire ne peut pas travailler plus de 17 heures par semaine, dont au plus 10 heures du lundi au vendredi. Ces règles évoluent : vérifiez-les auprès de la CNESST avant de signer une entente.',
    },
  ],
};

const employerSheets = [
  {
    name: 'Liste de vérification',
    title: 'Aide-mémoire pour une entente avec un employeur — liste de vérification',
    note: 'Une copie de l’onglet par entente. Colonne « Fait » : choisir Oui ou Non dans la liste.',
    columns: [
      { header: 'N°', width: 5, center: true },
      { header: 'Étape', width: 14 },
      { header: 'Élément à vérifier', width: 62 },
      { header: 'Responsable', width: 18 },
      { header: 'Échéance', width: 12, center: true },
      { header: 'Fait', width: 8, center: true },
      { header: 'Notes', width: 34 },
    ],
    rows: [
      ['Avant', 'Confirmer l’accord de l’élève, de ses parents et de l’école.', 'Organisme'],
      ['Avant', 'Préparer une présentation d’une page, sans renseignements personnels sur l’élève.', 'Organisme'],
      ['Avant', 'Repérer la personne-ressource qui accompagnera l’élève dans l’entreprise.', 'Employeur'],
      ['Avant', 'Relire les règles sur le travail des jeunes (CNESST).', 'Organisme'],
      ['Entente', 'Coordonnées de l’entreprise, de l’organisme, de l’école et de la personne-ressource.', 'Organisme'],
      ['Entente', 'Date, horaire et lieu du stage, ou horaire de travail prévu.', 'Employeur'],
      ['Entente', 'Tâches observées ou réalisées, et tâches interdites.', 'Employeur'],
      ['Entente', 'Règles de santé et de sécurité : équipement, formation sur place, premiers soins.', 'Employeur'],
      ['Entente', 'Couverture d’assurance pendant le stage.', 'École ou CSS'],
      ['Entente', 'Autorisation signée des parents (élève de moins de 18 ans).', 'Élève et parents'],
      ['Entente', 'Personne à joindre en cas d’urgence et façon de signaler une absence.', 'Organisme'],
      ['Entente', 'Engagement à respecter l’horaire scolaire et les périodes d’examens.', 'Employeur'],
      ['Entente', 'Confidentialité des renseignements sur l’élève.', 'Toutes les parties'],
      ['Pendant', 'Appel à la personne-ressource à mi-parcours ou après deux semaines d’emploi.', 'Organisme'],
      ['Pendant', 'Retour avec l’élève sur la conciliation du travail et des études.', 'Organisme'],
      ['Pendant', 'Ajustement de l’horaire si les résultats ou le sommeil en souffrent.', 'Employeur'],
      ['Après', 'Carte de remerciement signée par l’élève.', 'Élève'],
      ['Après', 'Bilan de dix minutes avec l’employeur.', 'Organisme'],
      ['Après', 'Entente et bilan consignés dans l’onglet « Suivi des ententes ».', 'Organisme'],
    ].map(([step, item, owner], index) => [index + 1, step, item, owner, '', '', '']),
    lists: [{ column: 'F', values: ['Oui', 'Non'] }],
  },
  {
    name: 'Suivi des ententes',
    title: 'Suivi des ententes avec les employeurs',
    note: 'Une ligne par élève et par entreprise. La première ligne est un exemple fictif : remplacez-la.',
    columns: [
      { header: 'Élève (code)', width: 11 },
      { header: 'Type', width: 18 },
      { header: 'Entreprise', width: 24 },
      { header: 'Personne-ressource', width: 22 },
      { header: 'Téléphone', width: 14 },
      { header: 'Date ou début', width: 13, center: true },
      { header: 'Entente signée', width: 10, center: true },
      { header: 'Autorisation parentale', width: 13, center: true },
      { header: 'Bilan fait', width: 9, center: true },
      { header: 'Notes', width: 30 },
    ],
    rows: [
      [
        'E-001',
        'Stage d’un jour',
        'Exemple : atelier de mécanique',
        'Responsable de l’atelier',
        '819 555-0147',
        { date: '2026-03-12' },
        'Oui',
        'Oui',
        'Non',
        'Bilan prévu la semaine suivante.',
      ],
    ],
    blankRows: 24,
    lists: [
      { column: 'B', values: ['Stage d’un jour', 'Emploi à temps partiel'] },
      { column: 'G', values: ['Oui', 'Non'] },
      { column: 'H', values: ['Oui', 'Non', 'Sans objet'] },
      { column: 'I', values: ['Oui', 'Non'] },
    ],
  },
];

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const outputs = [
  { file: 'grille-observation-engagement.pdf', render: () => renderPdf(engagementGrid) },
  { file: 'questionnaire-stress-scolaire.pdf', render: () => renderPdf(stressQuestionnaire) },
  { file: 'questionnaire-stress-scolaire.odt', render: () => renderOdt(stressQuestionnaire) },
  { file: 'guide-animation-cafes-parents.pdf', render: () => renderPdf(parentCafeGuide) },
  { file: 'guide-animation-cafes-parents.docx', render: () => renderDocx(parentCafeGuide) },
  { file: 'gabarit-plan-retour-etudes.docx', render: () => renderDocx(returnPlanTemplate) },
  { file: 'gabarit-plan-retour-etudes.odt', render: () => renderOdt(returnPlanTemplate) },
  { file: 'trousse-formation-benevoles.pdf', render: () => renderPdf(volunteerKit) },
  { file: 'trousse-formation-benevoles.odp', render: () => renderOdp(volunteerKit, volunteerSlides) },
  { file: 'aide-memoire-entente-employeur.pdf', render: () => renderPdf(employerChecklist) },
  { file: 'aide-memoire-entente-employeur.xlsx', render: () => renderXlsx(employerChecklist, employerSheets) },
];

mkdirSync(OUT_DIR, { recursive: true });
for (const output of outputs) {
  const result = output.render();
  const data = Buffer.isBuffer(result) ? result : result.data;
  if (data.length > MAX_BYTES) throw new Error(`${output.file} is ${data.length} bytes, over the ${MAX_BYTES} byte budget`);
  if (result.pageCount > 3) throw new Error(`${output.file} has ${result.pageCount} pages; keep tools to 3 pages`);
  writeFileSync(join(OUT_DIR, output.file), data);
  const pages = result.pageCount ? `, ${result.pageCount} page(s)` : '';
  console.log(`${output.file}: ${(data.length / 1024).toFixed(1)} KB${pages}`);
}
