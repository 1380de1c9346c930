import type { RecognitionResult } from '../../recognition/recognizedTable';
import { matchProjects } from '../../recognition/performance/projectMatch';
import { projectLines } from '../../recognition/performance/projectLines';
import type { PerformanceTable } from '../../recognition/performance/performanceTable';
import { recognize } from '../../recognition/recognize';
import type { WrittenNarrative } from './writtenNarrative';

/**
 * The performance tables attached to the 情况说明, which its text counts ("公开项目绩效目标22个",
 * "二级项目绩效自评个数17个"): those inside the document, found by the performance tables' own
 * recognition run over the document's text and tables; else, when the document holds none, those of
 * the workbook.
 */
export interface Attachments {
  /** 项目支出绩效目标表 and 申报表 (one per project). */
  readonly targets: number;
  /** 项目支出绩效自评表. */
  readonly selfEvaluations: number;
  /** Where they were counted, for messages: "文中所附" or "工作簿中的". */
  readonly where: string;
  /** 表12's projects that no attached 绩效目标表 names, not even nearly. */
  readonly unattached: readonly string[];
}

export function attachedPerformanceTables(w: WrittenNarrative, recognition: RecognitionResult): Attachments {
  // The document as one sheet: a row per paragraph, a table row's cells in its columns.
  const values = w.paragraphs.map((p) => (p.cells ? [...p.cells] : [p.text]));
  const inDocument = recognize({ sheets: [{ name: '情况说明', values }] }).performance;
  const tables: readonly PerformanceTable[] = inDocument.length > 0 ? inDocument : recognition.performance;
  const targets = tables.filter((t) => t.form.subject === 'project' && t.form.purpose === 'target');
  const lines = projectLines(recognition);
  return {
    targets: targets.length,
    selfEvaluations: tables.filter((t) => t.form.purpose === 'self-evaluation').length,
    where: inDocument.length > 0 ? '文中所附' : '工作簿中的',
    unattached: lines && targets.length > 0 ? matchProjects(lines, targets).linesWithoutTable.map((l) => l.name) : [],
  };
}
