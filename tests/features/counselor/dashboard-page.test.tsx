import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeShareCode, recommend, TRAIT_IDS } from '../../../src/domain';
import { BOM } from '../../../src/domain/csv';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../src/content/question-sets';
import { QUESTIONS } from '../../../src/content/questions';
import { resetCounselor, seedResults, SESSION_SETTINGS } from '../../fixtures/counselor';
import { useCounselorStore } from '../../../src/store/counselor-store';
import { createVault } from '../../../src/lib/sealed-box';
import { keepSealed } from '../../../src/store/unsealed-store';
import { PERSONAS, answersFor } from '../../personas';
import { renderApp } from '../render-app';

const slow = { timeout: 10_000 };

const codeFor = (persona: keyof typeof PERSONAS, group: string | null = null) =>
  encodeShareCode(
    { answers: answersFor(PERSONAS[persona], QUESTIONS), educationPlan: null, group },
    QUESTION_SETS,
    CONTENT_VERSION,
  );
const coder = codeFor('coder', 'Period 3');
const clerk = codeFor('clerk', 'Period 3');
const assistant = codeFor('assistant', 'Period 3');
const damaged = coder.slice(0, 12) + (coder[12] === 'A' ? 'B' : 'A') + coder.slice(13);

function seed(items: { code: string; name: string | null }[]) {
  return seedResults(items.map((i) => ({ ...i, group: 'Period 3', source: 'paste' as const })));
}

async function openDashboard() {
  renderApp('/counselor/dashboard');
  await screen.findByRole('heading', { level: 1, name: 'Counselor dashboard' }, slow);
}

const studentTable = () => screen.getByRole('table', { name: 'Students' });
const firstColumn = () =>
  within(studentTable())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('counselor dashboard', () => {
  beforeEach(resetCounselor);

  it('keeps sealed results hidden until the PIN of their session opens them', async () => {
    const user = userEvent.setup();
    const { actions } = useCounselorStore.getState();
    await actions.startSession(SESSION_SETTINGS, await createVault('4821', { iterations: 10 }));
    await keepSealed({ code: coder, name: 'Dana', group: 'Period 3' });
    actions.endSession();
    await openDashboard();
    const locked = screen.getByRole('region', { name: 'Locked results' });
    expect(locked).toHaveTextContent('1 result from a shared-device session is locked');
    expect(screen.queryByText('Dana')).toBeNull();

    await user.type(within(locked).getByLabelText('Session PIN'), '9999');
    await user.click(within(locked).getByRole('button', { name: 'Show locked results' }));
    // The live region is always rendered (so screen readers hear it fill), so wait for its words.
    await waitFor(
      () =>
        expect(within(locked).getByRole('alert')).toHaveTextContent('That PIN does not open them.'),
      slow,
    );
    expect(screen.queryByText('Dana')).toBeNull();

    await user.type(within(locked).getByLabelText('Session PIN'), '4821');
    await user.click(within(locked).getByRole('button', { name: 'Show locked results' }));
    expect(await screen.findByRole('rowheader', { name: /Dana/ }, slow)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Locked results' })).toBeNull();
  });

  it('imports pasted codes and lists each bad one with its reason', async () => {
    const user = userEvent.setup();
    await seed([{ code: clerk, name: 'Cam' }]);
    await openDashboard();
    const box = screen.getByRole('textbox', { name: 'Paste result codes or share links' });
    await user.click(box);
    await user.paste(`${coder}\nhello, ${damaged}; https://example.org/#/r/${clerk}\n${coder}`);
    await user.click(screen.getByRole('button', { name: 'Add codes' }));

    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('Added: 1')).toBeInTheDocument();
    expect(within(report).getByText('Already in the list (skipped): 2')).toBeInTheDocument();
    expect(within(report).getByText(/two students who answered exactly alike/)).toBeVisible();
    expect(
      within(report).getByText('Could not be read: 2', { selector: 'li' }),
    ).toBeInTheDocument();
    const bad = within(report).getByRole('table');
    expect(
      within(bad).getByRole('row', { name: /hello Not a CareerFit result code/ }),
    ).toBeVisible();
    expect(within(bad).getByRole('row', { name: /Damaged: part of it is missing/ })).toBeVisible();
    // The bad codes stay in the box to fix; nothing already collected was removed.
    expect(box).toHaveValue(
      `${coder}\nhello, ${damaged}; https://example.org/#/r/${clerk}\n${coder}`,
    );
    expect(useCounselorStore.getState().results.map((r) => r.code)).toEqual([clerk, coder]);
    expect(screen.getByText('Students: 2')).toBeInTheDocument();
  });

  it('refuses an import that will not fit in the browser’s storage, adding nothing', async () => {
    const user = userEvent.setup();
    const storage = { estimate: () => Promise.resolve({ usage: 5_000_000, quota: 5_500_000 }) };
    Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
    try {
      await openDashboard();
      expect(await screen.findByText(/5 MB used, about 0.5 MB free/)).toBeInTheDocument();
      await user.click(screen.getByRole('textbox', { name: 'Paste result codes or share links' }));
      await user.paste(`${coder}\n${clerk}`);
      await user.click(screen.getByRole('button', { name: 'Add codes' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/Nothing was added/);
      expect(useCounselorStore.getState().results).toEqual([]);
    } finally {
      delete (navigator as { storage?: unknown }).storage;
    }
  });

  it('says at once when the browser refuses to save an import', async () => {
    const user = userEvent.setup();
    await openDashboard();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await user.click(screen.getByRole('textbox', { name: 'Paste result codes or share links' }));
      await user.paste(coder);
      await user.click(screen.getByRole('button', { name: 'Add codes' }));
      const alerts = await screen.findAllByRole('alert');
      expect(alerts.map((a) => a.textContent).join(' ')).toMatch(/would not save the results/);
      expect(screen.getByText(/The last change was not saved/)).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Import report' })).toHaveTextContent('Added: 0');
      expect(useCounselorStore.getState().results).toEqual([]);
    } finally {
      put.mockRestore();
    }
  });

  it('imports the codes in a CSV file, with names from a name column', async () => {
    const user = userEvent.setup();
    await openDashboard();
    const csv = `${BOM}Timestamp,Student name,Code\r\n2026-01-01,Ana,${coder}\r\n2026-01-02,"Lee, Bo",${clerk}\r\n`;
    const file = new File([csv], 'form.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Choose a CSV file'), file);
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('Added: 2')).toBeInTheDocument();
    expect(firstColumn()).toEqual(['Ana', 'Lee, Bo']);
    expect(useCounselorStore.getState().results.every((r) => r.source === 'csv')).toBe(true);
    expect(screen.getByText('Last file: form.csv')).toBeInTheDocument();
  });

  it('lists two named students with the same answers as two, and removes only the one asked', async () => {
    const user = userEvent.setup();
    await openDashboard();
    const csv = `Name,Code\r\nAna,${coder}\r\nBen,${coder}\r\n`;
    await user.upload(
      screen.getByLabelText('Choose a CSV file'),
      new File([csv], 'twins.csv', { type: 'text/csv' }),
    );
    const report = await screen.findByRole('region', { name: 'Import report' });
    expect(within(report).getByText('Added: 2')).toBeInTheDocument();
    expect(firstColumn()).toEqual(['Ana', 'Ben']);
    await user.click(screen.getByRole('button', { name: /Remove Ana/ }));
    expect(firstColumn()).toEqual(['Ben']);
  });

  it('sorts by column with aria-sort, and filters', async () => {
    const user = userEvent.setup();
    await seed([
      { code: coder, name: 'Zoe' },
      { code: clerk, name: 'Ana' },
      { code: assistant, name: 'Mia' },
    ]);
    await openDashboard();
    expect(firstColumn()).toEqual(['Ana', 'Mia', 'Zoe']);
    const nameHeader = within(studentTable()).getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()).toEqual(['Zoe', 'Mia', 'Ana']);

    const careerHeader = within(studentTable()).getByRole('columnheader', { name: /Top 3/ });
    await user.click(within(careerHeader).getByRole('button'));
    expect(careerHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    // Information clerk < Medical assistant < Medical coder
    expect(firstColumn()).toEqual(['Ana', 'Mia', 'Zoe']);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Recommendation' }),
      'Medical coder',
    );
    expect(firstColumn()).toEqual(['Zoe']);
    expect(screen.getByText('Showing 1 of 3')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Recommendation' }), 'Any');
    await user.type(screen.getByRole('searchbox', { name: /Filter by name/ }), 'mi');
    expect(firstColumn()).toEqual(['Mia']);
  });

  it('shows the recommendation counts as a chart or a table', async () => {
    const user = userEvent.setup();
    await seed([
      { code: coder, name: 'Zoe' },
      { code: codeFor('coder', 'Period 4'), name: 'Ian' },
      { code: clerk, name: 'Ana' },
    ]);
    await openDashboard();
    await user.click(screen.getByRole('button', { name: 'Show as a table' }));
    const table = screen.getByRole('table', { name: /How many students got each career/ });
    expect(within(table).getByRole('row', { name: 'Medical coder 2' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Information clerk 1' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Average score/ })).toBeInTheDocument();
  });

  it('removes one student, and clears everything only after asking', async () => {
    const user = userEvent.setup();
    await seed([
      { code: coder, name: 'Zoe' },
      { code: clerk, name: 'Ana' },
    ]);
    await openDashboard();
    await user.click(screen.getByRole('button', { name: 'Remove Zoe' }));
    expect(firstColumn()).toEqual(['Ana']);
    await user.click(screen.getByRole('button', { name: 'Clear all data' }));
    const dialog = screen.getByRole('dialog', { name: /Clear all counselor data/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(useCounselorStore.getState().results).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Clear all data' }));
    await user.click(within(dialog).getByRole('button', { name: 'Clear everything' }));
    expect(useCounselorStore.getState().results).toHaveLength(0);
    expect(await screen.findByText(/No results yet/)).toBeInTheDocument();
  });
});

describe('CSV export', () => {
  let saved: Blob | null = null;
  let fileName = '';
  beforeEach(async () => {
    await resetCounselor();
    saved = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads a CSV with BOM, CRLF, quoting and formula injection neutralised', async () => {
    await seed([
      { code: coder, name: '=HYPERLINK("http://x","click")' },
      { code: clerk, name: 'Lee, Bo' },
    ]);
    await openDashboard();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).not.toBeNull());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved!.arrayBuffer());
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'name,group,export_date,education_plan,career_1,career_1_title,fit_1,' +
        'career_2,career_2_title,fit_2,career_3,career_3_title,fit_3,confidence,' +
        TRAIT_IDS.map((trait) => `score_${trait},`).join('') +
        'code,link',
    );
    const fit = Math.round(recommend(QUESTIONS, answersFor(PERSONAS.coder, QUESTIONS)).primary.fit);
    expect(lines[1]).toMatch(
      new RegExp(
        `^"'=HYPERLINK\\(""http://x"",""click""\\)",Period 3,\\d{4}-\\d{2}-\\d{2},,` +
          `medical-coder,Medical coder,${fit},`,
      ),
    );
    expect(lines[1]).toContain(`,${coder},`);
    expect(lines[1]).toMatch(new RegExp(`#/r/${coder.replace(/[-]/g, '\\-')}$`));
    expect(lines[2]).toMatch(/^"Lee, Bo",Period 3,[\d-]+,,information-clerk,Information clerk,/);
    expect(lines.at(-1)).toBe('');
    expect(fileName).toMatch(/^careerfit-results-period-3-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
