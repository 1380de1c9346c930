import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import type { CellStyle, SheetLayout } from '../domain/template/sheetLayout';
import type { TemplateMetadata } from '../domain/workbook/snapshot';
import { metadataToXml, TEMPLATE_NAMESPACE } from '../domain/template/metadataXml';
import JSZip from 'jszip';
import { readCustomXmlParts, writeCustomXml } from './customXml';
import { parseRange } from '../domain/workbook/a1';

const FONT = '宋体';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E5' } };
const GREY = { argb: 'FF808080' };

interface StyleSpec {
  font: Partial<ExcelJS.Font>;
  alignment?: Partial<ExcelJS.Alignment>;
  border?: Partial<ExcelJS.Borders>;
  fill?: ExcelJS.Fill;
  numFmt?: string;
}

/** How each neutral CellStyle looks in a file (the Office.js adapter mirrors this). */
const STYLES: Record<CellStyle, StyleSpec> = {
  label: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  unitLine: { font: { name: FONT, size: 10 }, alignment: { vertical: 'middle' } },
  unitLineEnd: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'right', vertical: 'middle' } },
  header: {
    font: { name: FONT, size: 10, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDERS,
    fill: HEADER_FILL,
  },
  columnNumber: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center' }, border: BORDERS },
  code: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle' }, border: BORDERS, numFmt: '@' },
  name: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: BORDERS },
  amount: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'right', vertical: 'middle' }, border: BORDERS, numFmt: '#,##0.00' },
  count: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'right', vertical: 'middle' }, border: BORDERS, numFmt: '#,##0' },
  total: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: 'right', vertical: 'middle' }, border: BORDERS, numFmt: '#,##0.00' },
  totalName: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, border: BORDERS },
  text: { font: { name: FONT, size: 10 }, alignment: { vertical: 'middle', wrapText: true }, border: BORDERS },
  note: { font: { name: FONT, size: 10, color: GREY }, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
  heading: { font: { name: FONT, size: 12, bold: true }, alignment: { vertical: 'middle' } },
  paragraph: { font: { name: FONT, size: 11 }, alignment: { vertical: 'top', wrapText: true } },
  input: { font: { name: FONT, size: 11 }, alignment: { vertical: 'middle', wrapText: true }, border: BORDERS, fill: INPUT_FILL },
  hint: { font: { name: FONT, size: 10, color: GREY, italic: true }, alignment: { vertical: 'middle', wrapText: true } },
};

export function layoutsToWorkbook(layouts: readonly SheetLayout[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算公开助手';
  for (const layout of layouts) addSheet(wb, layout);
  return wb;
}

export async function layoutsToBuffer(
  layouts: readonly SheetLayout[],
  metadata: TemplateMetadata | null,
): Promise<Buffer> {
  const wb = layoutsToWorkbook(layouts);
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return metadata ? writeCustomXml(raw, TEMPLATE_NAMESPACE, metadataToXml(metadata)) : raw;
}

export async function writeLayoutsToFile(
  layouts: readonly SheetLayout[],
  metadata: TemplateMetadata | null,
  file: string,
): Promise<void> {
  await fs.writeFile(file, await layoutsToBuffer(layouts, metadata));
}

/**
 * A copy of the workbook `original` (.xlsx bytes) with `layouts` added as new sheets: the workbook's own
 * sheets and custom XML parts (the add-in's metadata) are kept; a name already taken is refused, never replaced.
 * `metadata`, when given, replaces the template metadata carried over (it names the added sheets too).
 */
export async function appendLayoutsToBuffer(original: Buffer, layouts: readonly SheetLayout[], metadata?: TemplateMetadata): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(original as unknown as ExcelJS.Buffer);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const clash = layouts.filter((l) => taken.has(l.name.toLowerCase())).map((l) => l.name);
  if (clash.length > 0) throw new Error(`工作表已存在：${clash.join('、')}`);
  for (const layout of layouts) addSheet(wb, layout);
  let buf: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  for (const xml of await readCustomXmlParts(await JSZip.loadAsync(original))) {
    const ns = /xmlns(?::\w+)?="([^"]+)"/.exec(xml);
    if (ns) buf = await writeCustomXml(buf, ns[1], xml);
  }
  return metadata ? writeCustomXml(buf, TEMPLATE_NAMESPACE, metadataToXml(metadata)) : buf;
}

function addSheet(wb: ExcelJS.Workbook, layout: SheetLayout): void {
  const ws = wb.addWorksheet(layout.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.print.landscape ? 'landscape' : 'portrait',
      fitToPage: layout.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    },
    views: layout.freezeRows > 0 ? [{ state: 'frozen', ySplit: layout.freezeRows, xSplit: 0 }] : [],
  });
  const titles = layout.print.titleRows;
  if (titles) ws.pageSetup.printTitlesRow = `${titles.first + 1}:${titles.last + 1}`;
  layout.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [row, h] of Object.entries(layout.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = h;
  for (const cellLayout of layout.cells) {
    const cell = ws.getCell(cellLayout.row + 1, cellLayout.col + 1);
    applyStyle(cell, STYLES[cellLayout.style]);
    if (cellLayout.formula) cell.value = { formula: cellLayout.formula.replace(/^=/, ''), result: cellLayout.value ?? undefined };
    else setValue(cell, cellLayout.value, cellLayout.style);
  }
  for (const m of layout.merges) {
    // Every cell of a merged range gets the master's style, so borders of merged headers print whole.
    const { start, end } = parseRange(m);
    const master = ws.getCell(start.row + 1, start.col + 1);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) {
        if (r !== start.row || c !== start.col) ws.getCell(r + 1, c + 1).style = { ...master.style };
      }
    }
    ws.mergeCells(m);
  }
  for (const rule of layout.sumRules ?? []) {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [rule.formula.replace(/^=/, '')],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
            font: { color: { argb: 'FF9C0006' } },
          },
        },
      ],
    });
  }
  for (const [addr, list] of Object.entries(layout.choices ?? {})) {
    ws.getCell(addr).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '请从列表中选择',
      error: `可选：${list.join('、')}`,
    };
  }
}

function applyStyle(cell: ExcelJS.Cell, spec: StyleSpec): void {
  // Number format first: a code written into a cell that is already text stays text ("2080501").
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  cell.font = spec.font;
  if (spec.alignment) cell.alignment = spec.alignment;
  if (spec.border) cell.border = spec.border;
  if (spec.fill) cell.fill = spec.fill;
}

function setValue(cell: ExcelJS.Cell, value: string | number | null, style: CellStyle): void {
  if (value === null) return;
  if (typeof value === 'number') {
    cell.value = style === 'code' ? String(value) : value;
    return;
  }
  // ExcelJS writes plain strings as shared strings, never as formulas, so "=…" / "-…" stay text.
  cell.value = value;
}
