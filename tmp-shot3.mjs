import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w,h,path,name] of [[1280,800,'/','home-wide'],[360,760,'/','home-phone'],[1280,900,'/docs/city-greening-bureau-2024-summary/','doc-wide']]) {
const p = await b.newPage({ viewport: { width: w, height: h } });
await p.goto(`http://127.0.0.1:4431${path}`);
await p.screenshot({ path: `/tmp/tools-shots/${name}.png` });
await p.close();
}
await b.close();
