/**
 * A printout names where it came from: fills the layout's print-only line (.print-source)
 * with the page's permanent address, as the reader reached the site (origin and base path,
 * or the canonical origin the deployer configured), and the date it is printed.
 */
import { printedDate } from '../lib/site.ts';
import { siteAddress } from '../lib/url.ts';

function fill(): void {
  const line = document.querySelector<HTMLElement>('.print-source');
  const address = line?.querySelector('.print-source-url');
  const date = line?.querySelector('.print-source-date');
  if (!line || !address || !date) return;
  address.textContent = siteAddress(line.dataset['path'] || location.pathname, location.href, line.dataset['site']);
  date.textContent = printedDate(new Date());
}

fill();
// The date of printing, not of loading: a tab may stay open for days.
window.addEventListener('beforeprint', fill);

// Folded panels (the metadata) print whole: opened for the printout, folded again after.
let unfolded: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  unfolded = [...document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]:not([open])')];
  for (const d of unfolded) d.open = true;
});
window.addEventListener('afterprint', () => {
  for (const d of unfolded) d.open = false;
});
