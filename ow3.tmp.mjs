import { chromium } from 'playwright';
import { pathToFileURL } from 'node:url';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 900 } });
await p.goto(pathToFileURL(process.argv[2]).href);
console.log(await p.evaluate(() => [...document.querySelectorAll('table.ruled-table')].map((t) => { t.style.width = 'min-content'; const w = t.getBoundingClientRect().width; const cols=[...t.querySelectorAll('thead th')].map(th=>th.getBoundingClientRect().width.toFixed(0)).join(','); t.style.width=''; return `${t.className} min-content ${w.toFixed(0)} cols ${cols}`; }).join('\n')));
await b.close();
