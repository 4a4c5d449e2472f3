/**
 * <wenku-template-view>: shows the document's text in the 模板视图 (one line per heading or
 * paragraph, highlighted by the site's Shiki setup) in place of the normal text, and back.
 * Shiki and the 公文 grammar load on the first click only.
 */
import type { Element as HastElement, ElementContent, Root } from 'hast';

/** Text of a passage without the passage tools' buttons and alias markers. */
function blockText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('button, [data-pt-ui], .anchor-alias').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** hast (from Shiki) to DOM, classes only: no attribute, no HTML string ever parsed. */
function toDom(node: HastElement | ElementContent): Node {
  if (node.type === 'text') return document.createTextNode(node.value);
  if (node.type !== 'element') return document.createTextNode('');
  const el = document.createElement(node.tagName);
  const cls = node.properties['className'] ?? node.properties['class'];
  if (cls) el.className = Array.isArray(cls) ? cls.join(' ') : String(cls);
  for (const child of node.children) el.append(toDom(child));
  return el;
}

function loadCss(href: string): Promise<void> {
  if (document.querySelector(`link[data-highlight-css]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset['highlightCss'] = '';
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
}

class WenkuTemplateView extends HTMLElement {
  private view: HTMLElement | undefined;

  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('.template-view-toggle');
    const body = document.querySelector<HTMLElement>('.doc-body');
    if (!button || !body) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      if (on && !this.view) {
        button.disabled = true;
        this.status('正在生成模板视图……');
        try {
          this.view = await this.render(body);
        } catch {
          this.status('模板视图生成失败。');
          button.disabled = false;
          return;
        }
        button.disabled = false;
      }
      body.hidden = on;
      this.view!.hidden = !on;
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? '返回原文视图' : '模板视图';
      this.status(on ? '已切换到模板视图：需要填写处、序号、日期和引号中的提法以颜色标出。' : '');
    });
  }

  private status(text: string) {
    const s = this.querySelector('.template-view-status');
    if (s) s.textContent = text;
  }

  private async render(body: HTMLElement): Promise<HTMLElement> {
    const [{ getHighlighter, highlightOptions, tokenClasses }] = await Promise.all([import('../lib/templates/highlight'), loadCss(this.dataset['css'] ?? '')]);
    const lines = [...body.querySelectorAll('h2, h3, h4, h5, h6, p')].map(blockText).filter(Boolean);
    const highlighter = await getHighlighter();
    const root = highlighter.codeToHast(lines.join('\n'), { ...highlightOptions, lang: 'gongwen' }) as Root;
    const view = document.createElement('section');
    view.className = 'template-view';
    view.setAttribute('aria-label', '模板视图');
    const legend = document.createElement('ul');
    legend.className = 'template-view-legend';
    legend.setAttribute('aria-label', '颜色说明');
    for (const t of tokenClasses.filter((c) => c.label)) {
      const li = document.createElement('li');
      const sample = document.createElement('span');
      sample.className = t.className;
      sample.textContent = t.label!;
      li.append(sample);
      legend.append(li);
    }
    view.append(legend);
    for (const child of root.children) if (child.type === 'element') view.append(toDom(child));
    body.after(view);
    return view;
  }
}

if (!customElements.get('wenku-template-view')) customElements.define('wenku-template-view', WenkuTemplateView);
