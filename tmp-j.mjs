import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +process.argv[2] || 360, height: 760 } });
for (const f of readdirSync('content/docs')) {
  const id = f.replace('.mdx','');
  await p.goto(`http://127.0.0.1:4431/docs/${id}/`);
  if (process.argv[3]) await p.evaluate(() => document.querySelector('.doc-body').style.textJustify = 'inter-character');
  const r = await p.evaluate(() => {
    const out = [];
    for (const para of [...document.querySelectorAll('.doc-body p')]) {
      const fs = parseFloat(getComputedStyle(para).fontSize);
      const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
      const boxes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement.closest('mark, button')) { boxes.push(null); continue; }
        for (let i = 0; i < n.data.length; i++) {
          const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
          const rect = r.getBoundingClientRect(); if (rect.width) boxes.push({ c: n.data[i], l: rect.left, r: rect.right, t: Math.round(rect.top) });
        }
      }
      const lines = new Map();
      for (const x of boxes) if (x) { if (!lines.has(x.t)) lines.set(x.t, []); lines.get(x.t).push(x); }
      for (const line of lines.values()) {
        const text = line.map((x) => x.c).join('');
        const han = line.slice(0, -1).filter((x) => /\p{Script=Han}/u.test(x.c)).map((x) => (x.r - x.l) / fs - 1);
        if (han.length) out.push({ gap: +(Math.max(...han) - Math.min(...han)).toFixed(2), pair: text });
      }
    }
    out.sort((a, b) => b.gap - a.gap);
    return out.slice(0, 2);
  });
  console.log(id, JSON.stringify(r));
}
await b.close();
