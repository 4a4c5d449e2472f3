/**
 * "/" focuses the search box (the search page's own box, else the header's), unless the
 * reader is typing in a field. Loaded on every page from BaseLayout.
 */
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const active = document.activeElement as HTMLElement | null;
  if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
