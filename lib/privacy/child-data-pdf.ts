import "server-only";
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { tableTitle } from "@/db/data-dictionary";
import type { ChildData, ChildDataSection, ExportValue } from "./child-data";
import { columnLabel, displayValue } from "./display-value";

/**
 * The PDF export of a child's data (P20): the same content as the JSON export, laid out for a
 * person to read and print. Every group is a section; a single-row table (the profile) is a
 * list of fields with their purpose, other tables are simple grids that continue across pages
 * with their header repeated. Ids are shortened and long values cut to fit the page; the JSON
 * export is the complete copy, which the document says.
 *
 * The standard PDF fonts cover Western European text only: a character they cannot draw is
 * shown as "?" rather than failing the export.
 */

const PAGE = { width: 792, height: 612 }; // US Letter, landscape: room for wide tables
const MARGIN = 48;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const INK = rgb(0.11, 0.1, 0.09);
const MUTED = rgb(0.36, 0.34, 0.31);
const RULE = rgb(0.85, 0.83, 0.8);
const HEADER_FILL = rgb(0.95, 0.93, 0.9);

const TABLE_FONT_SIZE = 7.5;
const ROW_HEIGHT = 12;
/** Columns that are the same on every row of a child's section; stated once instead. */
const CONSTANT_COLUMNS = new Set(["family_id", "child_id"]);

class Writer {
  page!: PDFPage;
  y = 0;
  private readonly drawable: Set<number>;

  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.drawable = new Set(regular.getCharacterSet());
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  /** Starts a new page unless `height` more points fit above the bottom margin. */
  ensure(height: number): boolean {
    if (this.y - height >= MARGIN + 14) return false;
    this.newPage();
    return true;
  }

  /** Text the standard fonts can draw: one line, unknown characters as "?". */
  clean(text: string): string {
    let out = "";
    for (const ch of text.replace(/\s+/g, " ")) {
      out += this.drawable.has(ch.codePointAt(0)!) ? ch : "?";
    }
    return out;
  }

  fit(text: string, font: PDFFont, size: number, width: number): string {
    const clean = this.clean(text);
    if (font.widthOfTextAtSize(clean, size) <= width) return clean;
    let cut = clean;
    while (cut.length > 0 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
    return `${cut}…`;
  }

  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = "";
    for (const word of this.clean(text).split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    return lines.map((l) => this.fit(l, font, size, width));
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; color?: typeof INK; indent?: number; gap?: number } = {},
  ) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    const lineHeight = size * 1.35;
    for (const line of this.wrap(text, font, size, CONTENT_WIDTH - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: options.color ?? INK });
    }
    this.y -= options.gap ?? 4;
  }

  rule() {
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: PAGE.width - MARGIN, y: this.y },
      thickness: 0.5,
      color: RULE,
    });
    this.y -= 6;
  }
}

function fieldList(w: Writer, section: ChildDataSection, row: Record<string, ExportValue>) {
  const labelWidth = 150;
  const valueWidth = 230;
  for (const column of section.columns) {
    if (!(column.column in row)) continue;
    const purpose = w.wrap(column.purpose, w.regular, 7.5, CONTENT_WIDTH - labelWidth - valueWidth - 12);
    const height = Math.max(ROW_HEIGHT, purpose.length * 9.5 + 3);
    w.ensure(height);
    const top = w.y;
    w.page.drawText(w.fit(columnLabel(column.column), w.bold, 9, labelWidth - 8), {
      x: MARGIN,
      y: top - 10,
      size: 9,
      font: w.bold,
      color: INK,
    });
    w.page.drawText(w.fit(displayValue(row[column.column] ?? null), w.regular, 9, valueWidth - 8), {
      x: MARGIN + labelWidth,
      y: top - 10,
      size: 9,
      font: w.regular,
      color: INK,
    });
    purpose.forEach((line, i) => {
      w.page.drawText(line, {
        x: MARGIN + labelWidth + valueWidth,
        y: top - 10 - i * 9.5,
        size: 7.5,
        font: w.regular,
        color: MUTED,
      });
    });
    w.y = top - height;
  }
  w.y -= 4;
}

function grid(w: Writer, section: ChildDataSection) {
  const columns = section.columns.filter((c) => !CONSTANT_COLUMNS.has(c.column));
  const cells = section.rows.map((row) =>
    columns.map((c) => displayValue(row[c.column] ?? null, { shortIds: true })),
  );
  // Column widths follow their content, within bounds, scaled to the page.
  const weights = columns.map((c, i) => {
    const longest = Math.max(
      columnLabel(c.column).length,
      ...cells.slice(0, 200).map((r) => (r[i] ?? "").length),
    );
    return Math.min(Math.max(longest, 6), 28);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((weight) => (weight / total) * CONTENT_WIDTH);

  const header = () => {
    w.page.drawRectangle({
      x: MARGIN,
      y: w.y - ROW_HEIGHT,
      width: CONTENT_WIDTH,
      height: ROW_HEIGHT,
      color: HEADER_FILL,
    });
    let x = MARGIN;
    columns.forEach((c, i) => {
      w.page.drawText(w.fit(columnLabel(c.column), w.bold, TABLE_FONT_SIZE, widths[i]! - 4), {
        x: x + 2,
        y: w.y - ROW_HEIGHT + 3.5,
        size: TABLE_FONT_SIZE,
        font: w.bold,
        color: INK,
      });
      x += widths[i]!;
    });
    w.y -= ROW_HEIGHT;
  };

  w.ensure(ROW_HEIGHT * 2);
  header();
  for (const row of cells) {
    if (w.ensure(ROW_HEIGHT)) header();
    let x = MARGIN;
    row.forEach((cell, i) => {
      w.page.drawText(w.fit(cell, w.regular, TABLE_FONT_SIZE, widths[i]! - 4), {
        x: x + 2,
        y: w.y - ROW_HEIGHT + 3.5,
        size: TABLE_FONT_SIZE,
        font: w.regular,
        color: INK,
      });
      x += widths[i]!;
    });
    w.y -= ROW_HEIGHT;
    w.page.drawLine({
      start: { x: MARGIN, y: w.y },
      end: { x: PAGE.width - MARGIN, y: w.y },
      thickness: 0.25,
      color: RULE,
    });
  }
  w.y -= 8;
}

export async function renderChildDataPdf(data: ChildData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const generated = new Date(data.generatedAt);
  doc.setTitle(`Data Hearth holds about ${data.child.firstName}`);
  doc.setSubject("Export of all data held about a child (Hearth privacy promise P20)");
  doc.setProducer("Hearth");
  doc.setCreator("Hearth");
  doc.setCreationDate(generated);
  doc.setModificationDate(generated);
  const w = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );

  w.paragraph(`Data Hearth holds about ${data.child.firstName}`, { size: 20, bold: true, gap: 6 });
  w.paragraph(
    `Generated ${displayValue(data.generatedAt)} · child id ${data.child.id} · export format version ${data.schemaVersion}`,
    { size: 9, color: MUTED, gap: 10 },
  );
  for (const note of data.notes) w.paragraph(note, { size: 9.5, gap: 3 });
  w.paragraph(
    "Ids are shortened and long values cut to fit the page here; the JSON export holds every value in full.",
    { size: 9.5, gap: 12 },
  );

  for (const group of data.groups) {
    w.ensure(80);
    w.rule();
    w.paragraph(group.title, { size: 14, bold: true, gap: 2 });
    w.paragraph(group.description, { size: 9, color: MUTED, gap: 1 });
    w.paragraph(`Kept: ${group.retention}`, { size: 9, color: MUTED, gap: 8 });
    for (const section of group.sections) {
      // Keep a section's title, count, header and first row together on one page.
      w.ensure(group.sections.length > 1 ? 60 : 45);
      if (group.sections.length > 1) w.paragraph(tableTitle(section.table), { size: 10, bold: true });
      if (section.rows.length === 0) {
        w.paragraph("No records.", { size: 9, color: MUTED, gap: 8 });
      } else if (section.table === "children" && section.rows.length === 1) {
        fieldList(w, section, section.rows[0]!);
      } else {
        w.paragraph(`${section.rows.length} record${section.rows.length === 1 ? "" : "s"}.`, {
          size: 9,
          color: MUTED,
        });
        grid(w, section);
      }
    }
  }

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = w.fit(
      `Hearth · data about ${data.child.firstName} · page ${i + 1} of ${pages.length}`,
      w.regular,
      8,
      CONTENT_WIDTH,
    );
    page.drawText(footer, { x: MARGIN, y: MARGIN - 20, size: 8, font: w.regular, color: MUTED });
  });
  return doc.save();
}
