import { seedWorkbook } from '../support/seedWorkbook';
import { EXCEL_API_SETS } from '../support/excelApiSets';
import { FakeOfficeError, FakeWorkbook, fakeHost } from '../support/fakeExcel';
import { extractApiSets } from '../../scripts/officeApiSets';
import { quoteSheet } from '../../src/domain/workbook/a1';

/**
 * The fake Excel is at least as strict as Excel where the product depends on it (issue 13 item 4):
 * members below their requirement set, the undo stack, protected sheets, the 5 MB limit, and change
 * events after the sync that caused them.
 */
function workbook(): FakeWorkbook {
  return FakeWorkbook.fromSnapshot(seedWorkbook('001'));
}

const first = (fake: FakeWorkbook) => fake.sheets[0].name;

async function syncError(run: () => Promise<void>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : String(e);
  }
}

describe('the fake reads requirement sets from the same table as scripts/check-api-sets.js', () => {
  it('is the [Api set] table of @types/office-js (scripts/officeApiSets.js), RangeAreas.select at ExcelApi 1.18', () => {
    expect(EXCEL_API_SETS['Excel.RangeAreas.select']).toEqual({ set: 'ExcelApi', version: '1.18' });
    expect(EXCEL_API_SETS['Excel.Worksheet.getRanges']).toEqual({ set: 'ExcelApi', version: '1.9' });
    expect(EXCEL_API_SETS['Excel.RunOptions.mergeUndoGroup']).toEqual({ set: 'ExcelApi', version: '1.20' });
    expect(EXCEL_API_SETS['Office.Addin.showAsTaskpane']).toEqual({ set: 'SharedRuntime', version: '1.1' });
  });

  it('the cached table is what the declaration file says now', () => {
    expect(extractApiSets()).toEqual(EXCEL_API_SETS);
  }, 300000);
});

describe('ApiNotFound below a member’s requirement set', () => {
  it.each([
    ['1.7', 'ApiNotFound', 'ApiNotFound', 'ApiNotFound'],
    ['1.14', null, 'ApiNotFound', null],
    ['1.17', null, 'ApiNotFound', null],
    ['1.20', null, null, null],
  ])('ExcelApi %s: getRanges (1.9) → %s, RangeAreas.select (1.18) → %s, worksheets.onChanged (1.9) → %s', async (api, getRanges, select, events) => {
    const fake = workbook();
    const host = fakeHost(fake, api);
    const sheet = first(fake);
    expect(
      await syncError(() =>
        host.run(async (ctx) => {
          ctx.workbook.worksheets.getItem(sheet).getRanges('A1:B2,C3').load('address');
          await ctx.sync();
        }),
      ),
    ).toBe(getRanges);
    expect(
      await syncError(() =>
        host.run(async (ctx) => {
          // Select needs 1.18 even where getRanges (1.9) exists.
          ctx.workbook.worksheets.getItem(sheet).getRanges('A1,C3').select();
          await ctx.sync();
        }),
      ),
    ).toBe(select);
    expect(
      await syncError(() =>
        host.run(async (ctx) => {
          ctx.workbook.worksheets.onChanged.add(async () => undefined);
          await ctx.sync();
        }),
      ),
    ).toBe(events);
  });

  it('a property loaded below its set fails the load (merged areas: ExcelApi 1.13), what was queued before it has run', async () => {
    const fake = workbook();
    const host = fakeHost(fake, '1.7');
    const sheet = first(fake);
    const code = await syncError(() =>
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).getRange('H1').values = [[42]];
        ctx.workbook.worksheets.getItem(sheet).getRange().getMergedAreasOrNullObject().load('address');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ApiNotFound');
    expect(fake.valueAt(sheet, 'H1')).toBe(42);
  });

  it('change events carry what the version reports: triggerSource from 1.14, details from 1.9', async () => {
    const seen: Record<string, Record<string, unknown>> = {};
    for (const api of ['1.7', '1.9', '1.14']) {
      const fake = workbook();
      fake.apiVersion = api;
      fake.changeHandlers.add((e) => {
        seen[api] = e as unknown as Record<string, unknown>;
      });
      await fake.userEdit(first(fake), 'C7', 1);
    }
    expect(Object.keys(seen['1.7']).sort()).toEqual(['address', 'changeType', 'source', 'type', 'worksheetId']);
    expect(seen['1.9']).toHaveProperty('details');
    expect(seen['1.9']).not.toHaveProperty('triggerSource');
    expect(seen['1.14']).toMatchObject({ triggerSource: 'Unknown', details: { valueAfter: 1 } });
  });
});

describe('the undo stack', () => {
  async function writeTwice(api: string, merge: boolean): Promise<FakeWorkbook> {
    const fake = workbook();
    const sheet = first(fake);
    await fake.userEdit(sheet, 'C7', 1);
    await fake.userEdit(sheet, 'C8', 2);
    await fakeHost(fake, api).run(
      async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).getRange('H1').values = [[1]];
        await ctx.sync();
        ctx.workbook.worksheets.getItem(sheet).getRange('H2').values = [[2]];
        await ctx.sync();
      },
      { mergeUndoGroup: merge },
    );
    return fake;
  }

  it('an API write clears it before ExcelApi 1.20', async () => {
    expect((await writeTwice('1.14', false)).undoStack).toEqual([]);
    expect((await writeTwice('1.17', false)).undoStack).toEqual([]);
  });

  it('from 1.20 each sync that writes is an entry; with mergeUndoGroup the whole run is one', async () => {
    const sheet = first(workbook());
    expect((await writeTwice('1.20', false)).undoStack).toEqual([`user ${sheet}!C7`, `user ${sheet}!C8`, 'add-in', 'add-in']);
    expect((await writeTwice('1.20', true)).undoStack).toEqual([`user ${sheet}!C7`, `user ${sheet}!C8`, 'add-in']);
  });

  it('mergeUndoGroup asked of an Excel before 1.20 is refused (ApiNotFound)', async () => {
    await expect(writeTwice('1.17', true)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('reads leave it alone at any version; Worksheet.delete (on Microsoft’s list) clears it even at 1.20', async () => {
    const fake = workbook();
    const sheet = first(fake);
    await fake.userEdit(sheet, 'C7', 1);
    const host = fakeHost(fake, '1.20');
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange('A1:H40').load('values,formulas');
      await ctx.sync();
    });
    expect(fake.undoStack).toEqual([`user ${sheet}!C7`]);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(fake.sheets[1].name).delete();
      await ctx.sync();
    });
    expect(fake.undoStack).toEqual([]);
  });
});

describe('protected sheets', () => {
  it('refuse writes with AccessDenied and stay as they were; reads work', async () => {
    const fake = workbook();
    const sheet = fake.sheets[0];
    sheet.protected = true;
    const host = fakeHost(fake, '1.20');
    const before = fake.valueAt(sheet.name, 'C7');
    expect(
      await syncError(() =>
        host.run(async (ctx) => {
          ctx.workbook.worksheets.getItem(sheet.name).getRange('C7').values = [[1]];
          await ctx.sync();
        }),
      ),
    ).toBe('AccessDenied');
    expect(
      await syncError(() =>
        host.run(async (ctx) => {
          ctx.workbook.worksheets.getItem(sheet.name).getRange('C7').conditionalFormats.add('Custom');
          await ctx.sync();
        }),
      ),
    ).toBe('AccessDenied');
    expect(fake.valueAt(sheet.name, 'C7')).toBe(before);
    expect(sheet.conditionalFormats).toEqual([]);
    const read = await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet.name);
      const r = ws.getRange('C7').load('values');
      const p = ws.protection.load('protected');
      await ctx.sync();
      return { value: r.values[0][0], protected: p.protected };
    });
    expect(read).toEqual({ value: before, protected: true });
  });
});

describe('limits and timing', () => {
  it('the 5 MB payload limit is on without a test asking for it', async () => {
    const fake = new FakeWorkbook();
    const s = fake.addSheet('大表');
    for (let r = 0; r < 60000; r++) s.cells.set(`${r},0`, { value: `第${r}行的一段很长的说明文字，用来把响应撑大` });
    const code = await syncError(() =>
      fakeHost(fake).run(async (ctx) => {
        ctx.workbook.worksheets.getItem('大表').getRange('A1:A60000').load('values,formulas');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('change events arrive after the sync that caused them has resolved, not inside it', async () => {
    const fake = workbook();
    const sheet = first(fake);
    const order: string[] = [];
    fake.changeHandlers.add(() => {
      order.push('event');
    });
    await fakeHost(fake).run(async (ctx) => {
      ctx.workbook.worksheets.getItem(sheet).getRange('H1').values = [[1]];
      await ctx.sync();
      order.push('sync resolved');
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['sync resolved', 'event']);
  });
});

describe('selection, charts and the event switch (what 自检 uses)', () => {
  it('getSelectedRange refuses several selected areas (InvalidSelection); getSelectedRanges needs ExcelApi 1.9', async () => {
    const fake = workbook();
    const sheet = first(fake);
    fake.activeSheet = sheet;
    fake.selection = { sheet, address: 'C7:C8,E7' };
    const single = await syncError(() =>
      fakeHost(fake, '1.14').run(async (ctx) => {
        ctx.workbook.getSelectedRange().load('address');
        await ctx.sync();
      }),
    );
    expect(single).toBe('InvalidSelection');
    const areas = await fakeHost(fake, '1.14').run(async (ctx) => {
      const r = ctx.workbook.getSelectedRanges().load('address');
      await ctx.sync();
      return r.address;
    });
    expect(areas).toBe(`${quoteSheet(sheet)}!C7:C8,${quoteSheet(sheet)}!E7`);
    expect(
      await syncError(() =>
        fakeHost(fake, '1.7').run(async (ctx) => {
          ctx.workbook.getSelectedRanges().load('address');
          await ctx.sync();
        }),
      ),
    ).toBe('ApiNotFound');
  });

  it('the selection read is the active sheet’s: A1 where the selection is on another sheet', async () => {
    const fake = workbook();
    fake.activeSheet = fake.sheets[1].name;
    fake.selection = { sheet: fake.sheets[0].name, address: 'C7' };
    const address = await fakeHost(fake, '1.14').run(async (ctx) => {
      const r = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      return r.address;
    });
    expect(address.endsWith('!A1')).toBe(true);
  });

  it('charts.getCount counts after the sync; Runtime.enableEvents needs ExcelApi 1.8', async () => {
    const fake = workbook();
    const sheet = first(fake);
    const counts = await fakeHost(fake, '1.7').run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.charts.add('Pie', ws.getRange('A1:B3'), 'Columns');
      const n = ws.charts.getCount();
      await ctx.sync();
      return n.value;
    });
    expect(counts).toBe(1);
    expect(
      await syncError(() =>
        fakeHost(fake, '1.7').run(async (ctx) => {
          ctx.runtime.load('enableEvents');
          await ctx.sync();
        }),
      ),
    ).toBe('ApiNotFound');
  });

  it('with events turned off (Runtime.enableEvents false) no change event is delivered, the user’s edits included', async () => {
    const fake = workbook();
    fake.eventsEnabled = false;
    let seen = 0;
    fake.changeHandlers.add(() => {
      seen++;
    });
    await fake.userEdit(first(fake), 'C7', 1);
    expect(seen).toBe(0);
    const enabled = await fakeHost(fake, '1.14').run(async (ctx) => {
      const r = ctx.runtime.load('enableEvents');
      await ctx.sync();
      return r.enableEvents;
    });
    expect(enabled).toBe(false);
  });
});
