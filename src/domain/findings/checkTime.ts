/** When a check ran, in words, for the 校验报告 sheet and `check --report`: "2026年11月25日 12:05:09", local time. */
export function formatCheckTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
