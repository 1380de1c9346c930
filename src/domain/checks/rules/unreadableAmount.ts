import type { Rule } from '../rule';

/** Cells that cannot be read as amounts (#REF!, text): found by recognition, reported here. */
export const unreadableAmount: Rule = {
  id: 'unreadable-amount',
  title: '无法读取的金额',
  defaultSeverity: 'error',
  run(ctx) {
    return [...ctx.recognition.problems];
  },
};
