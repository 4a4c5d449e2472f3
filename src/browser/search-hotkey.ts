/**
 * "/" focuses the header's search box, unless the reader is typing in a field. Loaded on every
 * page from BaseLayout. The search page's element handles "/" for its own box first
 * (search/page.ts), and this leaves an event already handled.
 */
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  const active = document.activeElement as HTMLElement | null;
  if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
