import { expect, test, type Page } from '@playwright/test';
import { readDownload, typeInto } from './engine';
import { answerByKeyboard, expectNoSeriousAxeViolations, guardPage } from './helpers';

const GROUP = 'Period 3 — Room 214';
const PIN = '4821';

const CAREER_WORDS = [
  'medical',
  'Medical',
  'coder',
  'registrar',
  'clerk',
  'pharmacy',
  'assistant',
  'transcription',
];

/** Every value this origin keeps: localStorage, sessionStorage and each IndexedDB store. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const storage of [localStorage, sessionStorage])
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) as string;
        parts.push(key, storage.getItem(key) ?? '');
      }
    const databases = (await indexedDB.databases?.()) ?? [];
    for (const { name } of databases) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(store, JSON.stringify(all));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

async function setUpSharedSession(page: Page, idleMinutes = 5) {
  await page.goto('./#/counselor/session');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Run a counselor session' }),
  ).toBeVisible();
  await typeInto(page.getByRole('textbox', { name: 'Group label' }), GROUP);
  await page.getByRole('checkbox', { name: 'Shared-device mode' }).check();
  await page.getByRole('checkbox', { name: /first name or initials/ }).check();
  await typeInto(page.getByLabel('Counselor PIN (4 to 8 digits)'), PIN);
  await typeInto(page.getByLabel('Enter the PIN again'), PIN);
  await page.getByLabel('Reset after no activity for').selectOption(String(idleMinutes));
  await page
    .getByRole('checkbox', { name: 'Keep results on this device for the counselor' })
    .check();
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('heading', { name: `Session running: ${GROUP}` })).toBeVisible();
  await expect(page.getByText(/\?group=Period\+3/)).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code for the session link/ })).toBeVisible();
}

async function studentTurn(page: Page, name: string, pick: (i: number) => number) {
  await expect(page.getByText(`Shared device for ${GROUP}.`, { exact: false })).toBeVisible();
  const nameField = page.getByLabel('First name or initials (optional)');
  await expect(nameField).toHaveValue('');
  await typeInto(nameField, name);
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await answerByKeyboard(page, pick);
  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.getByText('Your best fit')).toBeVisible();
  await page.getByRole('button', { name: 'Done — next student' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

test('a shared device: three students in turn, then the counselor with the PIN', async ({
  page,
  browserName,
}) => {
  // Three whole quizzes plus a PBKDF2 PIN check: over three minutes in Firefox on a loaded CI core.
  test.setTimeout(300_000);
  const guard = guardPage(page);
  await setUpSharedSession(page);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the start page for students' }).click();

  await studentTurn(page, 'Ana', (i) => ((i * 7) % 5) + 1);
  await studentTurn(page, 'B.K.', (i) => ((i * 3) % 5) + 1);
  // Chris answers exactly as Ana did (the same code): still a student of their own.
  await studentTurn(page, 'Chris', (i) => ((i * 7) % 5) + 1);

  // Nothing of the last student is left for the next one.
  const quiz = await page.evaluate(() => localStorage.getItem('careerfit:quiz'));
  expect(JSON.parse(quiz ?? '{}').state.answers).toEqual({});
  await page.goto('./#/results');
  await expect(page.getByRole('heading', { name: 'No results yet' })).toBeVisible();

  // Sealed: no stored value holds a student's name, code or career in clear (lib/sealed-box).
  const stored = await everythingStored(page);
  for (const secret of ['Ana', 'B.K.', 'Chris', ...CAREER_WORDS])
    expect(stored).not.toContain(secret);
  expect(stored).not.toContain(PIN);
  // One IndexedDB record per sealed turn; nothing kept in clear, nothing left in localStorage.
  const counts = await page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('careerfit-counselor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['results', 'sealed'], 'readonly');
          const results = tx.objectStore('results').count();
          const sealed = tx.objectStore('sealed').count();
          tx.oncomplete = () => {
            open.result.close();
            resolve([results.result, sealed.result]);
          };
        };
      }),
  );
  expect(counts).toEqual([0, 3]);
  expect(await page.evaluate(() => localStorage.getItem('careerfit:counselor'))).toBeNull();

  // Counselor pages ask for the PIN first.
  await page.goto('./#/counselor/dashboard');
  await expect(page.getByRole('heading', { name: 'Counselor PIN needed' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Counselor dashboard' })).toBeHidden();
  await expectNoSeriousAxeViolations(page);
  await typeInto(page.getByLabel('PIN', { exact: true }), '1111');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
  await expect(page.getByRole('heading', { name: 'Counselor dashboard' })).toBeHidden();
  await typeInto(page.getByLabel('PIN', { exact: true }), PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Counselor dashboard' })).toBeVisible();
  await expect(page.getByText('Students: 3')).toBeVisible();

  const download = await readDownload(page, browserName, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  const csv = download.bytes.toString('utf8');
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(rows).toHaveLength(4); // a header and three students
  expect(csv).toContain('Ana');
  expect(csv).toContain(GROUP);

  // Leaving shared-device mode takes the PIN again.
  await page.goto('./#/counselor/session');
  await expect(page.getByRole('heading', { name: `Session running: ${GROUP}` })).toBeVisible();
  await typeInto(page.getByLabel('Counselor PIN', { exact: true }), '0000');
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('alert')).toContainText('That PIN is not right.');
  await expect(page.getByText(`Shared device for ${GROUP}.`, { exact: false })).toBeVisible();
  await typeInto(page.getByLabel('Counselor PIN', { exact: true }), PIN);
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByText('Session ended.')).toBeVisible();
  await expect(page.getByText(`Shared device for ${GROUP}.`, { exact: false })).toHaveCount(0);

  // With the session over, the dashboard opens without a gate but the results stay sealed.
  await page.goto('./#/counselor/dashboard');
  const locked = page.getByRole('region', { name: 'Locked results' });
  await expect(locked).toContainText('3 results from a shared-device session are locked');
  await expect(page.getByText('Ana')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await typeInto(locked.getByLabel('Session PIN'), '1234');
  await locked.getByRole('button', { name: 'Show locked results' }).click();
  await expect(locked.getByRole('alert')).toHaveText('That PIN does not open them.');
  await expect(page.getByText('Students: 3')).toHaveCount(0);
  await typeInto(locked.getByLabel('Session PIN'), PIN);
  await locked.getByRole('button', { name: 'Show locked results' }).click();
  await expect(page.getByText('Students: 3')).toBeVisible();
  await expect(locked).toHaveCount(0);
  // A reload forgets the key: sealed again.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Locked results' })).toBeVisible();
  guard.expectClean();
});

test('a student on their own device sees their code for the group under the results', async ({
  page,
}) => {
  const guard = guardPage(page);
  await page.goto(`./?group=${encodeURIComponent(GROUP)}#/quiz`);
  await answerByKeyboard(page, (i) => ((i * 7) % 5) + 1);
  await expect(page).toHaveURL(/#\/results$/);
  await expect(page.getByRole('heading', { name: `Your code for ${GROUP}` })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code for your result code c/ })).toBeVisible();
  guard.expectClean();
});

test('an idle shared device warns and counts down; “I’m still here” keeps the answers, silence clears them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const guard = guardPage(page);
  await page.clock.install();
  await setUpSharedSession(page, 2);
  await page.getByRole('link', { name: 'Go to the start page for students' }).click();
  const nameField = page.getByLabel('First name or initials (optional)');
  await typeInto(nameField, 'Dee');
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  const savedAnswers = async () =>
    JSON.parse((await page.evaluate(() => localStorage.getItem('careerfit:quiz'))) ?? '{}').state
      .answers as Record<string, number>;
  expect(Object.keys(await savedAnswers())).toHaveLength(1);

  // Two minutes with no input: the warning, with its countdown.
  await page.clock.fastForward('02:01');
  const warning = page.getByRole('dialog', { name: 'Are you still there?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('in 45 seconds');
  await expect(warning.getByRole('button', { name: 'I’m still here' })).toBeFocused();
  await page.clock.runFor(10_000);
  await expect(warning).toContainText('in 35 seconds');
  await warning.getByRole('button', { name: 'I’m still here' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
  expect(Object.keys(await savedAnswers())).toHaveLength(1);

  // Nobody answers this time: the countdown ends and the device is cleared for the next student.
  await page.clock.fastForward('02:01');
  await expect(warning).toBeVisible();
  await page.clock.runFor(46_000);
  await expect(warning).toBeHidden();
  await expect(page).toHaveURL(/#\/$/);
  await expect(nameField).toHaveValue('');
  expect(await savedAnswers()).toEqual({});
  guard.expectClean();
});
