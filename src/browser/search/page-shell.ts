/** What the search page does beside its results: the "/" key, the deferred page-wide script. */
/** True while the reader types in a field (where "/" is a character, not a shortcut). */
export function isTyping(): boolean {
  const active = document.activeElement as HTMLElement | null;
  return Boolean(active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)));
}

let shellScheduled = false;

/**
 * Starts the page-wide script (the print line; "/" is handled here) that BaseLayout kept inert
 * for this page (deferShell), after the first results, so that it does not share the line with
 * what they need (docs/search.md, "Lighthouse on the search page"). Schedules it once.
 */
export function startDeferredShell(): void {
  if (shellScheduled) return;
  shellScheduled = true;
  const start = () => {
    for (const t of document.querySelectorAll<HTMLTemplateElement>('template[data-deferred-shell]')) t.replaceWith(t.content.cloneNode(true));
  };
  // A second after them (their paint can come well after this call), or at the reader's first
  // touch or key press, whichever comes first.
  setTimeout(start, 1000);
  for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, start, { once: true, passive: true });
}
