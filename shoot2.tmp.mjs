import { chromium } from '@playwright/test';
// usage: node shoot2.tmp.mjs width scheme page selector out
const [w, scheme, p, sel, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: Number(w), height: 844 }, colorScheme: scheme });
const page = await ctx.newPage();
await page.goto(`file:///work/wt/c24/dist/${p}`);
const el = page.locator(sel).first();
await el.scrollIntoViewIfNeeded();
await page.evaluate((s) => { const e = document.querySelector(s); window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 10); }, sel);
await page.screenshot({ path: out });
await browser.close();
