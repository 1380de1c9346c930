import type { WorkbookChange } from '../workbookGateway';
import type { OfficeAccess } from './officeAccess';

/**
 * Subscribes to cell changes; returns the unsubscribe. Excel delivers the events of a batch after the
 * sync that caused them. triggerSource (who made the change) exists from ExcelApi 1.14; before it, the
 * add-in's own writes are told apart by the own-write counter.
 */
export function onChanged(office: OfficeAccess, handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
  const withSource = office.host.supports('ExcelApi', '1.14');
  const collectionEvents = office.host.supports('ExcelApi', '1.9');
  const listen = (e: Excel.WorksheetChangedEventArgs): void => {
    handler({
      sheet: e.worksheetId,
      address: e.address,
      changeType: e.changeType,
      triggerSource: withSource ? e.triggerSource : undefined,
    });
  };
  return office.run(async (ctx) => {
    let results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[];
    if (collectionEvents) {
      results = [ctx.workbook.worksheets.onChanged.add(async (e) => listen(e))];
    } else {
      // ExcelApi 1.7: per-sheet events only; sheets added later are picked up on the next subscribe.
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      results = sheets.items.map((ws) => ws.onChanged.add(async (e) => listen(e)));
    }
    await ctx.sync();
    return async () => {
      // Handlers are removed through the context that added them.
      for (const r of results) r.remove();
      if (results.length > 0) await results[0].context.sync();
    };
  });
}
