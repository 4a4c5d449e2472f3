/** Site-wide constants shown to readers. */
export const SITE_NAME = '精神文明建设文库';

/** 2026年11月27日: the date a page was printed, in the reader's own time zone. */
export function printedDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
