import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 360, height: 760 } });
for (const id of process.argv.slice(2)) {
await p.goto(`http://127.0.0.1:4431/docs/${id}/`);
await p.evaluate(() => { localStorage.setItem('wenku-basket:/', JSON.stringify({title:'',passages:[{key:'a',docId:'a',docTitle:'t',cite:'c',url:'/',blocks:[]},{key:'b',docId:'a',docTitle:'t',cite:'c',url:'/',blocks:[]}]})); dispatchEvent(new Event('wenku-basket-change')); });
await p.screenshot({ path: `/tmp/tools-shots/${id}.png` });
const r = await p.evaluate(() => [...document.querySelector('.doc').children].map(e => [e.className || e.tagName, Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().height)]).filter(x => x[2]));
const first = await p.evaluate(() => { const el = document.querySelector('.doc-body > p, .doc-body > *'); const r = document.createRange(); r.selectNodeContents(el); return [...r.getClientRects()][0]?.bottom; });
console.log(id, JSON.stringify(r), 'first line bottom', first);
}
await b.close();
