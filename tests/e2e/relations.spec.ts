import type { Locator, Page } from '@playwright/test';
import { createDocumentStore } from '../../electron/node/store/createDocumentStore';
import { launchApp } from './app';
import { clickTag } from './support/clickTag';
import { ARTICLE_ID, readStoredSet, selectQuote, waitForSaved } from './support/editorText';
import { dragOver } from './support/mouseDrag';
import { expect, test } from './support/workbenchTest';

const CLAIM = 'die sicherheitspolitische Kooperation nicht gegen Drittländer gerichtet sei';
const SPEAKER = 'Wassili Nebensja';

const banner = (page: Page) => page.getByTestId('relation-banner');
const arcs = (page: Page) => page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc');
const status = (page: Page) => page.getByTestId('status-message');
const details = (page: Page) => page.getByTestId('relation-details');
const listRow = (page: Page, text: string) => page.getByTestId('annotation-list').getByRole('option').filter({ hasText: text });

/** The drawn highlight of the tag whose text starts with `start` (its first piece). */
function highlight(page: Page, start: string): Locator {
  return page.getByTestId('editor').locator('[data-ann]').filter({ hasText: start }).first();
}

/** Clicks the tag whose text starts with `start` on its first line of text. */
const clickTagAt = (page: Page, start: string) => clickTag(page, highlight(page, start));

/** Tags the claim and the speaker with the keyboard and leaves the claim selected (J from the speaker). */
async function tagClaimAndSpeaker(page: Page): Promise<void> {
  await selectQuote(page, CLAIM);
  await page.keyboard.press('1');
  await expect(status(page)).toContainText('as Claim');
  await selectQuote(page, SPEAKER);
  await page.keyboard.press('4');
  await expect(status(page)).toContainText('as Actor');
  // An actor is only ever a target: its relations box says where a relation starts, and Relate is off.
  await expect(details(page).getByTestId('relation-details-empty')).toHaveText(/^No relations\. Actor tags are only ever targets: select the claim or quote and press R/);
  await expect(details(page).getByRole('button', { name: 'Relate… (R)' })).toBeDisabled();
  // The speaker comes before the claim in the text: J moves from it to the claim.
  await page.keyboard.press('j');
  await expect(listRow(page, 'sicherheitspolitische')).toHaveAttribute('aria-selected', 'true');
}

test('keyboard: R, K to the speaker, Enter, 1 makes claim → source → speaker; retype, delete, undo, and it is there after a relaunch', async ({ app }) => {
  const { page, dataDir } = app;
  await tagClaimAndSpeaker(page);

  await page.keyboard.press('r');
  await expect(banner(page)).toHaveAttribute('data-mode', 'picking');
  await expect(banner(page)).toContainText('J / K');
  await page.keyboard.press('k');
  await expect(banner(page)).toContainText(`→ “${SPEAKER}”`);
  // While picking, a label key tags nothing.
  await page.keyboard.press('4');
  await expect(listRow(page, 'sicherheitspolitische')).toContainText('Claim');
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveAttribute('data-choosing', 'true');
  await expect(banner(page)).toContainText('1 Source');
  await expect(banner(page)).toContainText('2 Target');
  await page.keyboard.press('1');
  await expect(banner(page)).toHaveCount(0);
  await expect(status(page)).toContainText(`Relation Source: “die sicherheitspolitische …” → “${SPEAKER}”`);
  await expect(arcs(page)).toHaveCount(1);
  await expect(arcs(page).first()).toHaveAttribute('aria-label', /^Source: /);
  await expect(details(page)).toContainText(`Source → “${SPEAKER}”`);
  await expect(listRow(page, 'sicherheitspolitische')).toContainText(`said by ${SPEAKER}`);
  // The list's rows are one height: the quote and its "said by" line both lie inside the row, not cut at its edge.
  const inside = await listRow(page, 'sicherheitspolitische').evaluate((row) => {
    const outer = row.getBoundingClientRect();
    return [...row.querySelectorAll('.quote, [data-testid="speaker"]')].map((el) => el.getBoundingClientRect()).every((b) => b.top >= outer.top - 0.5 && b.bottom <= outer.bottom + 0.5);
  });
  expect(inside).toBe(true);

  // The same relation again is refused and changes nothing.
  await page.keyboard.press('r');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await expect(status(page)).toContainText('already there');
  await page.keyboard.press('Escape');
  await expect(banner(page)).toHaveCount(0);
  await expect(arcs(page)).toHaveCount(1);

  // Retype in the details panel: target, one undo step.
  await details(page).getByRole('combobox').selectOption('target');
  await expect(status(page)).toContainText('Relation is now Target');
  await expect(arcs(page).first()).toHaveAttribute('aria-label', /^Target: /);
  await expect(listRow(page, 'sicherheitspolitische')).not.toContainText('said by');
  // Keys act outside form fields: back to the text, as Tab or a click would.
  await page.getByTestId('editor').focus();
  await page.keyboard.press('Control+z');
  await expect(arcs(page).first()).toHaveAttribute('aria-label', /^Source: /);
  await page.keyboard.press('Control+Shift+z');
  await expect(arcs(page).first()).toHaveAttribute('aria-label', /^Target: /);

  // Deleting the speaker's tag takes its relation along, in one undo step.
  await page.keyboard.press('k');
  await expect(listRow(page, SPEAKER)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Delete');
  await expect(status(page)).toContainText('Tag deleted with its 1 relation.');
  await expect(arcs(page)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(listRow(page, SPEAKER)).toHaveCount(1);
  await expect(arcs(page)).toHaveCount(1);

  await waitForSaved(page);
  const stored = await readStoredSet(dataDir);
  const claim = stored.annotations.find((a) => a.text === CLAIM);
  const speaker = stored.annotations.find((a) => a.text === SPEAKER);
  expect(stored.relations).toEqual([expect.objectContaining({ type: 'target', from: claim?.id, to: speaker?.id, annotator: 'tester' })]);

  await app.close();
  const again = await launchApp({ dataDir });
  try {
    await expect(arcs(again.page)).toHaveCount(1);
    await expect(arcs(again.page).first()).toHaveAttribute('aria-label', `Target: “die sicherheitspolitische …” → “${SPEAKER}”`);
  } finally {
    await again.close();
  }
});

test('Tab from the selected claim goes through its relations (arc highlighted, shown in the details), Delete deletes one as one undo step, Escape returns to the tag; with no tag selected Tab leaves the text', async ({ app }) => {
  const { page } = app;
  const selectedArc = () => page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc[aria-pressed="true"]');
  const selectedRow = () => details(page).locator('.relation-item.selected');
  await tagClaimAndSpeaker(page);
  await page.keyboard.press('r');
  await page.keyboard.press('k');
  await expect(banner(page)).toContainText(`→ “${SPEAKER}”`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await expect(arcs(page)).toHaveCount(1);
  // Putin (before the speaker in the text) becomes the claim's target: tag him, J J back to the claim, R, K K, Enter, 2.
  await selectQuote(page, 'Putin', 2);
  await page.keyboard.press('4');
  await expect(status(page)).toContainText('as Actor');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(listRow(page, 'sicherheitspolitische')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('r');
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await expect(banner(page)).toContainText('→ “Putin”');
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await expect(arcs(page)).toHaveCount(2);
  await expect(page.getByTestId('editor')).toBeFocused();

  // Outgoing relations in text order of their targets: Putin first, then the speaker; then back to the claim.
  await page.keyboard.press('Tab');
  await expect(banner(page)).toHaveAttribute('data-mode', 'selected');
  await expect(banner(page)).toContainText('Target: “die sicherheitspolitische …” → “Putin”');
  await expect(selectedArc()).toHaveAttribute('aria-label', /^Target: /);
  await expect(selectedRow()).toContainText('Target → “Putin”');
  await page.keyboard.press('Tab');
  await expect(selectedArc()).toHaveAttribute('aria-label', `Source: “die sicherheitspolitische …” → “${SPEAKER}”`);
  await expect(selectedRow()).toContainText(`Source → “${SPEAKER}”`);
  await page.keyboard.press('Tab');
  await expect(banner(page)).toHaveCount(0);
  await expect(selectedArc()).toHaveCount(0);
  await expect(listRow(page, 'sicherheitspolitische')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('editor')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(selectedArc()).toHaveAttribute('aria-label', /^Source: /);

  // Delete deletes the selected relation only, as one undo step; the claim stays selected.
  await page.keyboard.press('Delete');
  await expect(status(page)).toContainText('Relation deleted.');
  await expect(arcs(page)).toHaveCount(1);
  await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(arcs(page)).toHaveCount(2);

  // A relation chosen with the mouse (its arc; the text keeps focus): Tab goes on from it; Escape returns to the tag.
  await page.getByTestId('relation-arcs').locator('[data-layer="mine"] .arc[aria-label^="Target"] .arc-label').first().click();
  await expect(selectedArc()).toHaveAttribute('aria-label', /^Target: /);
  await expect(selectedRow()).toContainText('Target → “Putin”');
  await page.keyboard.press('Tab');
  await expect(selectedArc()).toHaveAttribute('aria-label', /^Source: /);
  await page.keyboard.press('Escape');
  await expect(banner(page)).toHaveCount(0);
  await expect(listRow(page, 'sicherheitspolitische')).toHaveAttribute('aria-selected', 'true');

  // With no tag selected, Tab moves focus out of the text as usual.
  await page.keyboard.press('Escape');
  await expect(listRow(page, 'sicherheitspolitische')).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('editor')).not.toBeFocused();
  await expect(selectedArc()).toHaveCount(0);
});

test('German: the relations box of an actor says it is only a target; the status line names the claim by its first words', async () => {
  const app = await launchApp({ locale: 'de-DE' });
  try {
    const { page } = app;
    await expect(page.getByTestId('editor')).toContainText(SPEAKER);
    await selectQuote(page, CLAIM);
    await page.keyboard.press('1');
    await expect(status(page)).toHaveText('„die sicherheitspolitische …“ als Behauptung markiert.');
    await expect(details(page).getByTestId('relation-details-empty')).toHaveText('Keine Beziehungen. Drücken Sie R, um diese Markierung zu verbinden.');
    await selectQuote(page, SPEAKER);
    await page.keyboard.press('4');
    await expect(details(page).getByTestId('relation-details-empty')).toHaveText(/^Keine Beziehungen\. Markierungen als Akteur sind immer nur Ziel einer Beziehung: Wählen Sie die Behauptung oder das Zitat/);
    await expect(details(page).getByRole('button', { name: 'Verbinden… (R)' })).toBeDisabled();
    // R on the actor is refused and says why; from the claim it relates, named by its first words.
    await page.keyboard.press('r');
    await expect(status(page)).toHaveText('Eine Beziehung beginnt bei einer Behauptung oder einem Zitat; „Wassili Nebensja“ ist als Akteur markiert.');
    await page.keyboard.press('j');
    await expect(listRow(page, 'sicherheitspolitische')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('r');
    await page.keyboard.press('k');
    await expect(banner(page)).toContainText(`→ „${SPEAKER}“`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await expect(status(page)).toHaveText(`Beziehung Quelle: „die sicherheitspolitische …“ → „${SPEAKER}“.`);
  } finally {
    await app.close();
  }
});

test('mouse: drag to tag, click the claim, Relate…, click the speaker, choose Source; click the arc and delete it; undo brings it back', async ({ app }) => {
  const { page } = app;
  await dragOver(page, CLAIM);
  await page.getByRole('button', { name: 'Claim (key 1)' }).click();
  await dragOver(page, SPEAKER);
  await page.getByRole('button', { name: 'Actor (key 4)' }).click();
  await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(2);

  await clickTagAt(page, 'sicherheitspolitische');
  await expect(listRow(page, 'sicherheitspolitische')).toHaveAttribute('aria-selected', 'true');
  await details(page).getByRole('button', { name: 'Relate… (R)' }).click();
  await expect(banner(page)).toHaveAttribute('data-mode', 'picking');
  // A click on a tag no relation may point to (the claim itself) is refused; the speaker is picked.
  await clickTagAt(page, 'sicherheitspolitische');
  await expect(status(page)).toContainText('cannot be the target');
  await clickTagAt(page, SPEAKER);
  await expect(banner(page)).toContainText(`→ “${SPEAKER}”`);
  await banner(page).getByRole('button', { name: 'Relate (Enter)' }).click();
  await banner(page).getByRole('button', { name: '1 Source' }).click();
  await expect(arcs(page)).toHaveCount(1);
  // The text selection did not move: the claim stays selected.
  await expect(listRow(page, 'sicherheitspolitische')).toHaveAttribute('aria-selected', 'true');

  await arcs(page).first().locator('.arc-label').first().click();
  await expect(arcs(page).first()).toHaveAttribute('aria-pressed', 'true');
  await expect(banner(page)).toHaveAttribute('data-mode', 'selected');
  await page.keyboard.press('Delete');
  await expect(status(page)).toContainText('Relation deleted.');
  await expect(arcs(page)).toHaveCount(0);
  // Both tags are still there: Delete removed only the relation.
  await expect(page.getByTestId('annotation-list').getByRole('option')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(arcs(page)).toHaveCount(1);
  // The details panel's delete button removes it too.
  await details(page).getByRole('button', { name: 'Delete relation' }).click();
  await expect(arcs(page)).toHaveCount(0);
});

test('review: a colleague’s relations in their layer, the type difference accepted and undone, relation agreement in the panel', async ({ app }) => {
  const { page, dataDir } = app;
  await tagClaimAndSpeaker(page);
  await page.keyboard.press('r');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await expect(arcs(page)).toHaveCount(1);
  await waitForSaved(page);
  const mine = await readStoredSet(dataDir);
  await app.close();

  // Jonas tagged the same two spans and related them as target (as an import would store it).
  const ids = new Map(mine.annotations.map((a, i) => [a.id, `jonas-${i}`]));
  const store = createDocumentStore({ dataDir });
  await store.putColleagueSet(ARTICLE_ID, {
    ...mine,
    annotator: 'jonas',
    rev: 1,
    annotations: mine.annotations.map((a) => ({ ...a, id: ids.get(a.id), annotator: 'jonas' })),
    relations: mine.relations.map((r) => ({ ...r, id: 'jonas-r', type: 'target', from: ids.get(r.from), to: ids.get(r.to), annotator: 'jonas' })),
  });

  const again = await launchApp({ dataDir });
  const p = again.page;
  try {
    await p.getByTestId('review-toggle').click();
    // The review panel narrows the text, so the two tags move down: arcs are drawn near the view only.
    await highlight(p, SPEAKER).scrollIntoViewIfNeeded();
    const theirs = p.getByTestId('relation-arcs').locator('[data-layer="colleague:jonas"] .arc');
    await expect(theirs).toHaveCount(1);
    await expect(theirs.first()).toHaveAttribute('aria-label', `jonas: Target: “die sicherheitspolitische …” → “${SPEAKER}”`);
    const rows = p.getByTestId('relation-differences').getByTestId('relation-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-kind', 'relation-type');
    await expect(rows.first()).toContainText('Mine: Source · jonas: Target');
    await rows.first().getByRole('button', { name: 'Accept theirs' }).click();
    await expect(arcs(p).first()).toHaveAttribute('aria-label', /^Target: /);
    await expect(p.getByTestId('relation-differences')).toContainText('No relation differences.');
    await p.keyboard.press('Control+z');
    await expect(arcs(p).first()).toHaveAttribute('aria-label', /^Source: /);
    await expect(rows).toHaveCount(1);

    // Keep mine marks the row; the mark lasts when the panel is closed and opened again, and undo takes it back with its step.
    await rows.first().getByRole('button', { name: 'Keep mine' }).click();
    await expect(rows.first()).toHaveAttribute('data-decision', 'keep-mine');
    await expect(rows.first()).toContainText('Kept mine');
    await p.getByTestId('review-toggle').click();
    await expect(p.getByTestId('relation-differences')).toHaveCount(0);
    await p.getByTestId('review-toggle').click();
    await expect(rows.first()).toHaveAttribute('data-decision', 'keep-mine');
    await p.keyboard.press('Control+z');
    await expect(rows.first()).toHaveAttribute('data-decision', 'open');
    // Reject removes my relation: the row becomes theirs only and keeps its mark across closing the panel too.
    await rows.first().getByRole('button', { name: 'Reject' }).click();
    await expect(rows.first()).toHaveAttribute('data-kind', 'relation-only-theirs');
    await expect(rows.first()).toHaveAttribute('data-decision', 'reject');
    await p.getByTestId('review-toggle').click();
    await p.getByTestId('review-toggle').click();
    await expect(rows.first()).toHaveAttribute('data-decision', 'reject');
    await p.keyboard.press('Control+z');
    await expect(rows.first()).toHaveAttribute('data-kind', 'relation-type');
    await expect(rows.first()).toHaveAttribute('data-decision', 'open');

    await p.getByRole('tab', { name: 'Agreement' }).click();
    const table = p.getByTestId('relation-agreement');
    await expect(table.getByTestId('relation-agreement-source')).toContainText('1/0');
    await expect(table.getByTestId('relation-agreement-target')).toContainText('0/1');
    await expect(table.getByTestId('relation-agreement-micro')).toContainText('1/1');
  } finally {
    await again.close();
  }
});
