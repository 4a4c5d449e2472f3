/**
 * <wenku-passage-tools>: the in-page tools of a document (see PassageTools.astro).
 * Every passage (`[data-cite][id]`, ids and labels set at build time by
 * src/plugins/rehype-structural-anchors.ts) gets a small button that opens
 * 复制链接 / 加入写作篮 / 复制引用 / 复制本段文字; a text selection gets a 复制所选文字的链接 button (and the
 * same item in the menu, for readers who select and open the menu by keyboard).
 * The buttons share one Tab stop (a roving tabindex): Tab reaches the button of the current
 * passage (the first, the linked one, or the last one clicked or visited), the arrow keys
 * move between passages. Without JavaScript the page still has its ids and `:target` marking.
 */
import { type Boundaries, cleanText, formatCitation, passageUrl, sectionText, segmenterBoundaries, selectionDirective } from '../lib/anchors/cite.ts';
import { siteAddress } from '../lib/url.ts';

/** The 写作篮 code: fetched when a menu first opens, so a document page's first load carries only the button. */
const basket = () => import('./basket-store.ts');

const LINK_ICON =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/></svg>';

const UI = '[data-pt-ui]';

function headingLevel(el: Element): number {
  const m = /^H([1-6])$/.exec(el.tagName);
  return m ? Number(m[1]) : 0;
}

/** The passage's own text: no buttons, no alias markers, no invisible characters. */
function passageText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(`${UI}, .anchor-alias`).forEach((n) => n.remove());
  return cleanText(copy.textContent ?? '');
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not focused: fall through to the legacy path.
  }
  // Intranet sites are often served over plain http, where navigator.clipboard is missing.
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return ok;
}

class PassageTools extends HTMLElement {
  #passages: HTMLElement[] = [];
  #triggers: HTMLButtonElement[] = [];
  /** The one trigger in the Tab order. */
  #current: HTMLButtonElement | undefined;
  /** The trigger of the passage last clicked into, until the next key. */
  #clicked: HTMLButtonElement | undefined;
  #menu!: HTMLElement;
  #textButton!: HTMLButtonElement;
  #basketButton: HTMLButtonElement | null = null;
  #status!: HTMLElement;
  #selectionButton!: HTMLButtonElement;
  #hint: HTMLElement | null = null;
  #open: { passage: HTMLElement; trigger: HTMLButtonElement } | undefined;
  #selectionLink = '';
  #menuSelectionLink = '';
  /** Word boundaries for selection links; set where the browser follows `#:~:text=` links. */
  #boundaries: Boundaries | undefined;
  /** The menu's own 复制所选文字的链接, for keyboard readers (the floating button is for the pointer). */
  #menuSelectionButton: HTMLButtonElement | null = null;
  #statusTimer = 0;
  #selectionTimer = 0;

  /** Where the reader is (origin and base path), or the canonical address the deployer set. */
  get docUrl(): string {
    return siteAddress(this.dataset['docHref'] || location.pathname, location.href, this.dataset['docUrl']);
  }

  connectedCallback(): void {
    const menu = this.querySelector<HTMLElement>('.pt-menu');
    const status = this.querySelector<HTMLElement>('.pt-status');
    const selectionButton = this.querySelector<HTMLButtonElement>('.pt-selection');
    const textButton = menu?.querySelector<HTMLButtonElement>('[data-action="text"]');
    if (!menu || !status || !selectionButton || !textButton) return;
    this.#hint = this.querySelector<HTMLElement>('.pt-hint');
    this.#menuSelectionButton = menu.querySelector<HTMLButtonElement>('[data-action="selection"]');
    this.#basketButton = menu.querySelector<HTMLButtonElement>('[data-action="basket"]');
    this.#menu = menu;
    this.#status = status;
    this.#textButton = textButton;
    this.#selectionButton = selectionButton;

    const scope = this.closest('article') ?? document.body;
    this.#passages = Array.from(scope.querySelectorAll<HTMLElement>('[data-cite][id]'));
    this.#triggers = this.#passages.map((passage) => this.#addTrigger(passage));
    this.#makeCurrent(this.#triggers[0]);
    // Clicking into a passage's text moves the Tab stop there, and the next Tab goes to it.
    scope.addEventListener('pointerdown', (e) => {
      const passage = this.#passageOf(e.target as Node);
      this.#clicked = passage && this.#triggerOf(passage);
      this.#makeCurrent(this.#clicked);
    });
    document.addEventListener(
      'keydown',
      (e) => {
        const clicked = this.#clicked;
        this.#clicked = undefined;
        // A click in the text focuses <main> (tabindex=-1, the skip link's target), from where
        // Tab would start over at the top of the page instead of continuing from the click.
        const active = document.activeElement;
        if (e.key !== 'Tab' || e.shiftKey || !clicked || !(active instanceof HTMLElement) || active.tabIndex >= 0 || !active.contains(clicked)) return;
        e.preventDefault();
        clicked.focus();
      },
      { capture: true },
    );

    menu.addEventListener('click', (e) => {
      const action = (e.target as Element).closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
      if (action) void this.#run(action);
    });
    menu.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.#close(true);
      }
    });
    document.addEventListener('click', (e) => {
      if (this.#open && !this.#open.passage.contains(e.target as Node)) this.#close(false);
    });
    document.addEventListener('focusin', (e) => {
      const t = e.target as Node;
      if (this.#open && !this.#menu.contains(t) && t !== this.#open.trigger) this.#close(false);
    });

    this.#followAlias();
    window.addEventListener('hashchange', () => this.#followAlias());
    this.#setUpSelectionLink();
  }

  #addTrigger(passage: HTMLElement): HTMLButtonElement {
    const cite = passage.dataset['cite'] ?? '';
    const trigger = document.createElement('button');
    trigger.type = 'button';
    trigger.className = 'pt-trigger';
    trigger.dataset['ptUi'] = '';
    trigger.tabIndex = -1;
    trigger.setAttribute('aria-label', `链接与引用：${cite}`);
    trigger.setAttribute('aria-expanded', 'false');
    if (this.#hint) trigger.setAttribute('aria-describedby', this.#hint.id);
    trigger.title = '复制链接、引用或文字';
    trigger.innerHTML = LINK_ICON;
    trigger.addEventListener('click', (e) => {
      e.stopPropagation();
      if (this.#open?.trigger === trigger) this.#close(true);
      else this.#openMenu(passage, trigger);
    });
    trigger.addEventListener('focus', () => this.#makeCurrent(trigger));
    trigger.addEventListener('keydown', (e) => this.#rove(e, trigger));
    passage.append(trigger);
    return trigger;
  }

  #triggerOf(passage: HTMLElement): HTMLButtonElement | undefined {
    return this.#triggers[this.#passages.indexOf(passage)];
  }

  #makeCurrent(trigger: HTMLButtonElement | undefined): void {
    if (!trigger || trigger === this.#current) return;
    if (this.#current) this.#current.tabIndex = -1;
    trigger.tabIndex = 0;
    this.#current = trigger;
  }

  /** Arrow keys, Home and End move between the passages' buttons. */
  #rove(e: KeyboardEvent, trigger: HTMLButtonElement): void {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const i = this.#triggers.indexOf(trigger);
    const last = this.#triggers.length - 1;
    const to = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = this.#triggers[Math.max(0, Math.min(last, to))];
    if (!next || next === trigger) return;
    this.#close(false);
    this.#makeCurrent(next);
    next.focus();
  }

  #openMenu(passage: HTMLElement, trigger: HTMLButtonElement): void {
    this.#close(false);
    this.#textButton.textContent = headingLevel(passage) ? '复制本节文字' : '复制本段文字';
    // Text selected (e.g. with Shift and the arrow keys) before opening the menu: offer its link too.
    this.#menuSelectionLink = this.#linkToSelection()?.link ?? '';
    if (this.#menuSelectionButton) this.#menuSelectionButton.hidden = !this.#menuSelectionLink;
    this.#menu.setAttribute('aria-label', `${passage.dataset['cite'] ?? ''}：链接与引用`);
    trigger.after(this.#menu);
    this.#menu.hidden = false;
    this.#place(passage, trigger);
    trigger.setAttribute('aria-expanded', 'true');
    trigger.setAttribute('aria-controls', this.#menu.id);
    this.#open = { passage, trigger };
    this.#menu.querySelector<HTMLButtonElement>('button')?.focus();
    void this.#labelBasketButton(passage);
  }

  /** Says on the button whether the passage is already in the 写作篮 (the label is the module's). */
  async #labelBasketButton(passage: HTMLElement): Promise<void> {
    const b = await basket();
    if (this.#open?.passage === passage && this.#basketButton) this.#basketButton.textContent = b.basketButtonLabel(this.dataset, passage.id);
  }

  /** Just below the button, kept inside the viewport (the stylesheet's fallback is the passage's right edge). */
  #place(passage: HTMLElement, trigger: HTMLElement): void {
    const menu = this.#menu;
    const p = passage.getBoundingClientRect();
    const t = trigger.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const left = Math.max(8 - p.left, Math.min(t.left - p.left, viewport - 8 - menu.offsetWidth - p.left));
    menu.style.top = `${t.bottom - p.top + 4}px`;
    menu.style.left = `${left}px`;
    menu.style.right = 'auto';
  }

  #close(returnFocus: boolean): void {
    const open = this.#open;
    if (!open) return;
    this.#open = undefined;
    this.#menu.hidden = true;
    this.prepend(this.#menu);
    open.trigger.setAttribute('aria-expanded', 'false');
    if (returnFocus) open.trigger.focus();
  }

  async #run(action: string): Promise<void> {
    const open = this.#open;
    if (!open) return;
    const { passage } = open;
    if (action === 'basket') {
      this.#close(true);
      this.#announce((await basket()).addFromPage(this.dataset, this.closest('article')?.querySelector('.doc-body') ?? document.body, passage));
      return;
    }
    const link = passageUrl(this.docUrl, passage.id);
    let text: string;
    let done: string;
    if (action === 'link') {
      text = link;
      done = '已复制链接';
    } else if (action === 'selection') {
      text = this.#menuSelectionLink;
      done = '已复制指向所选文字的链接';
    } else if (action === 'cite') {
      text = formatCitation(this.dataset['title'] ?? document.title, passage.dataset['cite'] ?? '', link);
      done = '已复制引用';
    } else {
      const all = this.#passages.map((p) => ({ level: headingLevel(p), text: passageText(p) }));
      text = sectionText(all, this.#passages.indexOf(passage));
      done = headingLevel(passage) ? '已复制本节文字' : '已复制本段文字';
    }
    this.#close(true);
    this.#announce((await writeClipboard(text)) ? done : '复制未成功，请手动选择文字复制');
  }

  #announce(message: string): void {
    window.clearTimeout(this.#statusTimer);
    // Clear first so that the same message twice is announced twice.
    this.#status.textContent = '';
    requestAnimationFrame(() => {
      this.#status.textContent = message;
      this.#statusTimer = window.setTimeout(() => (this.#status.textContent = ''), 2500);
    });
  }

  /**
   * An old anchor (alias) lands on its new passage, so `:target` marks the right place;
   * the linked passage's button becomes the Tab stop (Tab continues from a followed link).
   */
  #followAlias(): void {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const el = id ? document.getElementById(id) : null;
    const to = el?.classList.contains('anchor-alias') ? el.dataset['aliasOf'] : undefined;
    if (to) location.replace(`#${to}`);
    else if (el) {
      const passage = this.#passageOf(el);
      if (passage) this.#makeCurrent(this.#triggerOf(passage));
    }
  }

  #passageOf(node: Node): HTMLElement | undefined {
    const el = node instanceof Element ? node : node.parentElement;
    const p = el?.closest<HTMLElement>('[data-cite][id]');
    return p && this.#passages.includes(p) ? p : undefined;
  }

  /** Progressive enhancement: only where the browser understands `#:~:text=` links. */
  #setUpSelectionLink(): void {
    if (!('fragmentDirective' in document)) return;
    const button = this.#selectionButton;
    document.body.append(button);
    this.#boundaries = segmenterBoundaries('zh');
    // Keep the selection when the button is pressed.
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', async () => {
      const link = this.#selectionLink;
      button.hidden = true;
      if (link) this.#announce((await writeClipboard(link)) ? '已复制指向所选文字的链接' : '复制未成功，请手动复制');
    });
    const update = () => {
      const found = this.#linkToSelection();
      if (!found) {
        if (document.activeElement !== button) button.hidden = true;
        return;
      }
      this.#selectionLink = found.link;
      const rects = found.range.getClientRects();
      const rect = rects[rects.length - 1] ?? found.range.getBoundingClientRect();
      button.hidden = false;
      const width = button.offsetWidth;
      const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
      button.style.left = `${left + window.scrollX}px`;
      button.style.top = `${rect.bottom + window.scrollY + 8}px`;
    };
    document.addEventListener('selectionchange', () => {
      window.clearTimeout(this.#selectionTimer);
      this.#selectionTimer = window.setTimeout(update, 200);
    });
  }

  /** A `#:~:text=` link to the text selected in the document, if any (and if the browser follows such links). */
  #linkToSelection(): { link: string; range: Range } | undefined {
    const boundaries = this.#boundaries;
    if (!boundaries) return undefined;
    const sel = document.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : undefined;
    const start = range && this.#passageOf(range.startContainer);
    const end = range && this.#passageOf(range.endContainer);
    if (!range || !start || !end || (range.commonAncestorContainer instanceof Element && range.commonAncestorContainer.closest(UI))) return undefined;
    const offset = (passage: HTMLElement, node: Node, at: number) => {
      const r = document.createRange();
      r.setStart(passage, 0);
      r.setEnd(node, at);
      return r.toString().length;
    };
    const directive = selectionDirective(
      {
        startText: start.textContent ?? '',
        startOffset: offset(start, range.startContainer, range.startOffset),
        endText: end.textContent ?? '',
        endOffset: offset(end, range.endContainer, range.endOffset),
        samePassage: start === end,
      },
      boundaries,
    );
    return directive ? { link: `${passageUrl(this.docUrl, start.id)}${directive}`, range } : undefined;
  }
}

if (!customElements.get('wenku-passage-tools')) customElements.define('wenku-passage-tools', PassageTools);
