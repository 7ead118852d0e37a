import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.ts';
import { startGongwenWeb } from './web-server-setup.ts';

test('an export whose path is too long for Word says so beside the result', async ({ page }) => {
  test.skip(process.env.E2E_TARGET === 'electron', 'the deep export folder is given to a gongwen web of its own');
  const root = mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-long-'));
  const exportDir = path.join(root, ...Array.from({ length: 4 }, (_, i) => `${i + 1}${'各乡镇纪委监委'.repeat(8)}`));
  const web = await startGongwenWeb(path.join(root, 'workspace'), exportDir);
  try {
    await page.goto(web.url);
    await page.getByRole('button', { name: '新建空白通知' }).click();
    await page.getByLabel('标题').fill('关于开展作风建设专项整治工作的通知');
    await page.getByRole('button', { name: '导出 Word' }).click();
    const result = page.getByTestId('export-result');
    await expect(result).toContainText('已导出');
    await expect(result.getByRole('status')).toHaveText(/^文件路径长 \d{3} 个字符，超过 240 个字符时 Word、WPS 可能打不开。/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/reliability-long-path.png' });
  } finally {
    await web.stop();
  }
});
