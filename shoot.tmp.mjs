import { chromium } from '@playwright/test';
const pages = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[390, 844], [1280, 800]]) {
  for (const scheme of ['light']) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    for (const p of pages) {
      await page.goto(`file:///work/wt/c24/dist/${p}`);
      const name = p.replace(/\/index\.html$|\.html$/, '').replace(/\//g, '_') || 'home';
      await page.screenshot({ path: `/tmp/c24shots/${name || 'home'}-${w}-${scheme}.png`, fullPage: process.env.FULL === '1' });
    }
    await ctx.close();
  }
}
await browser.close();
