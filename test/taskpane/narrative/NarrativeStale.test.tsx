import { renderToStaticMarkup } from 'react-dom/server';
import { staleParagraphs } from '../../../src/domain/narrative/staleParagraphs';
import { recognize } from '../../../src/domain/recognition/recognize';
import { uniqueSheetName } from '../../../src/domain/template/uniqueSheetName';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { OwnWriteCounter } from '../../../src/excel/ownWriteCounter';
import type { WorkbookChange } from '../../../src/excel/workbookGateway';
import { generateNarrative, type ShownNarrative } from '../../../src/taskpane/narrative/generateNarrative';
import { NarrativePreview } from '../../../src/taskpane/narrative/NarrativePreview';
import { StaleNotice } from '../../../src/taskpane/narrative/StaleNotice';
import { narrativeSheetLayout, NARRATIVE_SHEET_NAME } from '../../../src/taskpane/narrative/narrativeSheet';
import { withWatchState } from '../../../src/taskpane/narrative/narrativeView';
import { NarrativeWatch, type WatchState } from '../../../src/taskpane/narrative/narrativeWatch';
import { seedWorkbook } from '../../support/seedWorkbook';

/**
 * The 说明 tab's staleness flow on seed 000 with the memory gateway: generate, edit a source cell,
 * see the marker on the right paragraph, regenerate. Jest runs without a DOM, so the tab's parts are
 * driven as the tab drives them (generateNarrative, the watch's updates through withWatchState) and
 * rendered with react-dom/server.
 */

/** A memory gateway whose change events the test can also fire itself (as Office.js would). */
class EventGateway extends MemoryGateway {
  private readonly listeners = new Set<(c: WorkbookChange) => void>();
  override async onChanged(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    this.listeners.add(handler);
    const off = await super.onChanged(handler);
    return async () => {
      this.listeners.delete(handler);
      await off();
    };
  }
  fire(change: WorkbookChange): void {
    for (const h of this.listeners) h(change);
  }
}

/** The seed workbook in a gateway of the given class (fromSnapshot always makes a plain MemoryGateway). */
function load<G extends MemoryGateway>(g: G, wb: WorkbookSnapshot): G {
  const plain = MemoryGateway.fromSnapshot(wb);
  g.sheets.push(...plain.sheets);
  g.metadata = plain.metadata;
  return g;
}

/** An own-write counter on a manual clock: settles only when the test says so. */
function manualCounter(): { counter: OwnWriteCounter; settle: () => void } {
  const pending: (() => void)[] = [];
  return {
    counter: new OwnWriteCounter(300, (fn) => pending.push(fn)),
    settle: () => pending.splice(0).forEach((fn) => fn()),
  };
}

interface Rendered {
  readonly paragraphs: { readonly stale: string | null; readonly text: string }[];
  readonly status: string;
}

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function render(view: ShownNarrative): Rendered {
  const stale = staleParagraphs(view.narrative, view.watch.changes, view.watch.sheets);
  const html = renderToStaticMarkup(
    <>
      <StaleNotice stale={stale} watching={view.watch.watching} busy={false} onRegenerate={() => undefined} />
      <NarrativePreview narrative={view.narrative} stale={stale} onSelect={() => undefined} />
    </>,
  );
  const paragraphs = [...html.matchAll(/<p\b([^>]*)>([\s\S]*?)<\/p>/g)].map((m) => ({
    stale: /data-stale="([^"]+)"/.exec(m[1])?.[1] ?? null,
    text: stripTags(m[2]),
  }));
  const status = stripTags(/<div role="status"[^>]*>([\s\S]*?)<\/div><article/.exec(html)?.[1] ?? '');
  return { paragraphs, status };
}

function sheetOfTable(wb: WorkbookSnapshot, no: number): string {
  const t = recognize(wb).tables.find((x) => x.no === no);
  if (!t) throw new Error(`no 表${no}`);
  return t.sheet;
}

/** The tab's state handling: the watch's updates go through withWatchState into the shown narrative. */
function tab(gateway: EventGateway) {
  let shown: ShownNarrative | null = null;
  const watch = new NarrativeWatch(gateway, (state: WatchState) => {
    shown = withWatchState(shown, state);
  });
  return {
    watch,
    generate: async () => {
      shown = await generateNarrative(gateway, watch, null);
      return shown;
    },
    view: (): ShownNarrative => {
      if (!shown) throw new Error('not generated');
      return shown;
    },
  };
}

describe('说明 tab: 已过期 after editing a source cell (seed 000, memory gateway)', () => {
  const wb = seedWorkbook('000');
  const t3 = sheetOfTable(wb, 3);

  test('generate, edit 表3!C6, the 三、支出预算 paragraph is marked; regenerate clears it and shows the new figure', async () => {
    const gateway = load(new EventGateway(), wb);
    const t = tab(gateway);
    await t.generate();
    let r = render(t.view());
    expect(r.paragraphs.length).toBeGreaterThan(10);
    expect(r.paragraphs.filter((p) => p.stale)).toEqual([]);
    expect(r.status).toBe('');

    gateway.setCellValue(t3, 'C6', 3000);
    r = render(t.view());
    const marked = r.paragraphs.filter((p) => p.stale);
    expect(marked).toHaveLength(1);
    expect(marked[0].stale).toBe('stale');
    expect(marked[0].text).toMatch(/^已过期\d{4}年度.*支出预算2,911\.06万元，其中：基本支出450\.96万元/);
    expect(r.status).toContain('1 段内容所依据的单元格已修改，请重新生成');
    expect(r.status).toContain('重新生成');

    // A cell no figure uses changes nothing.
    gateway.setCellValue(t3, 'H30', '备注');
    expect(render(t.view()).paragraphs.filter((p) => p.stale)).toHaveLength(1);

    await t.generate();
    r = render(t.view());
    expect(r.paragraphs.filter((p) => p.stale)).toEqual([]);
    expect(r.status).toBe('');
    expect(r.paragraphs.find((p) => p.text.includes('支出预算3,000.00万元'))).toBeDefined();
    await t.watch.stop();
  });

  test('a paste over 表6 D6:E6 marks both the 人员经费 and the 公用经费 paragraphs', async () => {
    const gateway = load(new EventGateway(), wb);
    const t = tab(gateway);
    await t.generate();
    const t6 = sheetOfTable(wb, 6);
    gateway.fire({ sheet: t6, address: 'D6:E6', triggerSource: 'Unknown' });
    const marked = render(t.view()).paragraphs.filter((p) => p.stale);
    expect(marked.some((p) => p.text.startsWith('已过期人员经费427.83万元'))).toBe(true);
    expect(marked.some((p) => p.text.startsWith('已过期公用经费23.13万元'))).toBe(true);
    expect(render(t.view()).status).toContain(`${marked.length} 段内容所依据的单元格已修改`);
    await t.watch.stop();
  });

  test('插入情况说明工作表 is our own write: its change events mark nothing; a user edit after it still does', async () => {
    // Before ExcelApi 1.14 events carry no triggerSource: only the in-flight counter tells ours apart.
    const { counter, settle } = manualCounter();
    const gateway = load(new EventGateway({ reportsTriggerSource: false, ownWrites: counter }), wb);
    const t = tab(gateway);
    // As the tab's insertSheet does: build again, then write the sheet.
    const { narrative } = await t.generate();
    const name = uniqueSheetName(NARRATIVE_SHEET_NAME, await gateway.sheetNames());
    await gateway.writeLayouts([narrativeSheetLayout(narrative, name)]);
    // Office delivers the new sheet's events after the sync, by worksheet id, while the write settles.
    gateway.fire({ sheet: '{8C1D2F3A-0000-4000-8000-00000000000E}', address: 'A1:A40' });
    gateway.fire({ sheet: name, address: 'A1:A40' });
    let r = render(t.view());
    expect(gateway.sheets.map((s) => s.name)).toContain(name);
    expect(r.paragraphs.filter((p) => p.stale)).toEqual([]);
    expect(r.status).toBe('');

    settle();
    gateway.setCellValue(t3, 'C6', 2900);
    r = render(t.view());
    expect(r.paragraphs.filter((p) => p.stale).map((p) => p.text)).toEqual([expect.stringContaining('支出预算2,911.06万元')]);
    await t.watch.stop();
  });

  test('our own writeCells (triggerSource ThisLocalAddin) into a source cell marks nothing', async () => {
    const gateway = load(new EventGateway(), wb);
    const t = tab(gateway);
    await t.generate();
    await gateway.writeCells([{ sheet: t3, address: 'C6', value: 2911.06 }]);
    expect(render(t.view()).paragraphs.filter((p) => p.stale)).toEqual([]);
    // A user's event is the user's even while one of our writes is settling.
    gateway.fire({ sheet: t3, address: 'C6', triggerSource: 'Unknown' });
    expect(render(t.view()).paragraphs.filter((p) => p.stale)).toHaveLength(1);
    await t.watch.stop();
  });

  test('an edit on a sheet id the listing does not know (added since generating): every paragraph with a figure is 可能已过期, never a guess', async () => {
    const gateway = load(new EventGateway(), wb);
    const t = tab(gateway);
    await t.generate();
    gateway.fire({ sheet: '{00000000-0001-0000-0300-000000000000}', address: 'C6', triggerSource: 'Unknown' });
    const r = render(t.view());
    const withFigures = t.view().narrative.sections.flatMap((s) => s.paragraphs).filter((p) => p.runs.some((x) => x.sources?.length)).length;
    const marked = r.paragraphs.filter((p) => p.stale);
    expect(marked).toHaveLength(withFigures);
    expect(marked.every((p) => p.stale === 'possibly' && p.text.startsWith('可能已过期'))).toBe(true);
    expect(r.paragraphs.find((p) => p.text === '本单位无“三公”经费预算。')?.stale).toBeNull();
    expect(r.status).toContain(`${withFigures} 段内容可能已过期`);
    expect(r.status).toContain('无法确定修改的是哪张工作表');
    await t.watch.stop();
  });

  test('with a gateway that lists sheet ids, an id-reported edit marks exactly its paragraph', async () => {
    // As Office.js: events report worksheet ids, which only sheetIds() names.
    class IdGateway extends EventGateway {
      override async sheetIds() {
        return this.sheets.map((s, i) => ({ id: `{ID-${i}}`, name: s.name }));
      }
    }
    const gateway = load(new IdGateway(), wb);
    const t = tab(gateway);
    await t.generate();
    const id = (await gateway.sheetIds()).find((s) => s.name === t3)!.id;
    gateway.fire({ sheet: id, address: 'C6', triggerSource: 'Unknown' });
    const marked = render(t.view()).paragraphs.filter((p) => p.stale);
    expect(marked.map((p) => p.stale)).toEqual(['stale']);
    expect(marked[0].text).toContain('支出预算2,911.06万元');
    await t.watch.stop();
  });

  test('an edit made while the narrative is being generated counts against the new text', async () => {
    class SlowGateway extends EventGateway {
      editAfterRead: (() => void) | null = null;
      override async readSnapshot(): Promise<WorkbookSnapshot> {
        const snap = await super.readSnapshot();
        const edit = this.editAfterRead;
        this.editAfterRead = null;
        edit?.();
        return snap;
      }
    }
    const gateway = load(new SlowGateway(), wb);
    const t = tab(gateway);
    await t.generate();
    gateway.editAfterRead = () => gateway.setCellValue(t3, 'C6', 1234);
    await t.generate();
    const marked = render(t.view()).paragraphs.filter((p) => p.stale);
    // The new text still says 2,911.06 (read before the edit) and is marked so.
    expect(marked.map((p) => p.text)).toEqual([expect.stringContaining('支出预算2,911.06万元')]);
    await t.watch.stop();
  });

  test('an update of an older generation does not reach the newer narrative on screen', () => {
    const wb0 = seedWorkbook('000');
    const view = { narrative: null as never, watch: { generation: 2, changes: [], sheets: new Set(wb0.sheets.map((s) => s.name)), watching: true } };
    const older: WatchState = { ...view.watch, generation: 1, changes: [{ sheet: t3, address: 'C6' }] };
    expect(withWatchState(view, older)).toBe(view);
    const same: WatchState = { ...older, generation: 2 };
    expect(withWatchState(view, same)?.watch.changes).toEqual([{ sheet: t3, address: 'C6' }]);
    expect(withWatchState(null, same)).toBeNull();
  });

  test('after stop, edits are no longer collected (the tab unmounted)', async () => {
    const gateway = load(new EventGateway(), wb);
    const t = tab(gateway);
    await t.generate();
    await t.watch.stop();
    gateway.setCellValue(t3, 'C6', 1);
    expect(t.watch.state().changes).toEqual([]);
  });
});
