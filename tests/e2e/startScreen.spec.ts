import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { titleFromText } from '@shared/text/titleFromText';
import { launchApp } from './app';

const ARTICLE = readFileSync(path.resolve(import.meta.dirname, '../../shared/corpus/000_2010653594c6cf10.txt'), 'utf8');

test('the start screen opens the built-in article, paragraph by paragraph', async ({}, testInfo) => {
  const app = await launchApp();
  try {
    const { page } = app;
    const title = page.getByTestId('document-title');
    await expect(title).toHaveText(titleFromText(ARTICLE));
    await expect(title).toContainText('Die Demokratische Volksrepublik Korea');
    const paragraphs = page.getByTestId('editor').locator('p');
    await expect(paragraphs).toHaveCount(ARTICLE.split('\n').length);
    const texts = await paragraphs.evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(texts.join('\n')).toBe(ARTICLE);
    await page.screenshot({ path: testInfo.outputPath('start-screen.png'), fullPage: true });
    await testInfo.attach('start-screen', { path: testInfo.outputPath('start-screen.png'), contentType: 'image/png' });
  } finally {
    await app.close();
  }
});

test('the article text cannot be changed by typing, pasting or deleting', async () => {
  const app = await launchApp();
  try {
    const { page } = app;
    const editor = page.getByTestId('editor');
    await expect(editor.locator('p').first()).toContainText('Demokratische');
    await editor.locator('p').first().click();
    await page.keyboard.type('XYZ');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    const texts = await editor.locator('p').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(texts.join('\n')).toBe(ARTICLE);
  } finally {
    await app.close();
  }
});

test('the UI follows the OS language', async () => {
  const app = await launchApp({ locale: 'de-DE' });
  try {
    await expect(app.page.getByRole('button', { name: /Akteur \(Taste 4\)/ })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'de');
  } finally {
    await app.close();
  }
});

test('the start screen has no serious or critical accessibility violations', async () => {
  const app = await launchApp();
  try {
    await expect(app.page.getByTestId('editor')).toBeVisible();
    const results = await new AxeBuilder({ page: app.page }).analyze();
    const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  } finally {
    await app.close();
  }
});
