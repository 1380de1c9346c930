import { seedText, type SeedId } from './seedWorkbook';

/**
 * The performance tables a seed attaches — 项目支出绩效目标表 / 申报表 after 十、绩效管理情况 (000–002),
 * 项目支出绩效自评表 in 第五部分 附件 (004) — as blocks of tab-separated lines, each from its title line
 * to the line before the next title or the next section heading. Blank lines are dropped, as
 * seedTables does; every other line stays exactly as the PDF extraction left it (shifted cells,
 * wrapped labels, "F025年度)").
 */
const PERFORMANCE_TITLE = /(绩效目标表|绩效目标申报表|自评表)\s*([(（]\s*\d{4}\s*年度\s*[)）])?$/;
const SECTION_END = /^(#+\s*)?(十一、|十二、|第[一二三四五六]部分)/;

function isTitle(line: string): boolean {
  const cells = line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length !== 1) return false;
  const t = cells[0].replace(/^#+\s*/, '');
  return !t.startsWith('(') && !t.startsWith('（') && !t.includes('.....') && PERFORMANCE_TITLE.test(t);
}

export function seedPerformanceTables(id: SeedId): string[][] {
  const lines = seedText(id).split(/\r?\n/);
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const raw of lines) {
    const line = raw.replace(/^#+\s*/, '');
    if (isTitle(line)) {
      current = [line];
      blocks.push(current);
      continue;
    }
    if (!current) continue;
    if (SECTION_END.test(line.trim()) && !line.includes('\t')) {
      current = null;
      continue;
    }
    if (line.trim() !== '') current.push(line);
  }
  return blocks;
}
