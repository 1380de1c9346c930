import { checkWorkbook } from '../../domain/checks/checkWorkbook';
import { checkSummary, type CheckReply, type CheckRequest } from '../check/checkMessages';

/** The worker side: a snapshot in, the findings out. Runs the same engine as the CLI. */
const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage(m: CheckReply): void };

scope.onmessage = (e) => {
  const { id, wb } = e.data;
  try {
    scope.postMessage({ id, ...checkSummary(checkWorkbook(wb)) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
