import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../../src/i18n/locale-store';
import { renderApp } from '../render-app';

const LAZY_ROUTE = { timeout: 10_000 };

async function openBuilder() {
  renderApp('/embed');
  await screen.findByRole('heading', { level: 1, name: /school’s website/ }, LAZY_ROUTE);
}

describe('EmbedBuilderPage', { timeout: 20_000 }, () => {
  afterEach(() => vi.useRealTimers());

  it('labels every control', async () => {
    await openBuilder();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('auto');
    expect(screen.getByRole('option', { name: 'Student’s choice' })).toBeInTheDocument();
    expect(screen.getByLabelText('Accent colour')).toHaveAttribute('type', 'color');
    expect(screen.getByText('#0f6e6e')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'School name' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Class or group label' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Skip the start page' })).not.toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Send result events to my page' }),
    ).not.toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Iframe height in pixels' })).toHaveValue(900);
    expect(screen.getByRole('textbox', { name: 'Script snippet (recommended)' })).toHaveAttribute(
      'readonly',
    );
    expect(screen.getByRole('textbox', { name: 'Plain iframe' })).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Copy script snippet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy iframe snippet' })).toBeInTheDocument();
    expect(screen.getByTitle('CareerFit preview')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Embed CareerFit on your school’s site' }),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Embed CareerFit — CareerFit'));
  });

  it('warns, with the shade it will use, when the accent is too light for white text', async () => {
    await openBuilder();
    const picker = screen.getByLabelText('Accent colour');
    expect(screen.queryByText(/Too light for white text/)).not.toBeInTheDocument();
    fireEvent.change(picker, { target: { value: '#ffcc00' } });
    const warning = await screen.findByText(/Too light for white text \(1\.5:1; it needs 4\.5:1\)/);
    expect(warning.closest('[role="status"]')).not.toBeNull();
    expect(picker).toHaveAccessibleDescription(/Too light for white text/);
    const shade = screen.getByRole('img', { name: 'the darker shade' });
    expect(shade.style.background).not.toBe('');
    fireEvent.change(picker, { target: { value: '#8a1538' } });
    expect(screen.queryByText(/Too light for white text/)).not.toBeInTheDocument();
  });

  it('puts a changed school name into both snippets, escaped', async () => {
    await openBuilder();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'School name' }), 'Lincoln "Lions" <High>');
    const script = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Script snippet (recommended)',
    });
    const iframe = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Plain iframe' });
    expect(script.value).toContain('data-org="Lincoln &quot;Lions&quot; &lt;High&gt;"');
    expect(iframe.value).toContain('?embed=1&amp;org=Lincoln+%22Lions%22+%3CHigh%3E#/"');
  });

  it('adds the checkbox and height options, and updates the preview after a pause', async () => {
    await openBuilder();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const preview = screen.getByTitle('CareerFit preview');
    expect(preview.getAttribute('src')).toMatch(/\?embed=1#\/$/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Skip the start page' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Send result events to my page' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Iframe height in pixels' }), {
      target: { value: '900' },
    });
    const script = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Script snippet (recommended)',
    });
    expect(script.value).toContain('data-start="quiz" data-events="1"');
    expect(
      screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Plain iframe' }).value,
    ).toContain('height:900px');
    await act(() => vi.advanceTimersByTimeAsync(350));
    expect(preview.getAttribute('src')).toMatch(/\?embed=1&start=quiz&events=1#\/$/);
  });

  it('keeps the preview inert, so its reloads cannot take the focus, until asked', async () => {
    await openBuilder();
    const preview = screen.getByTitle('CareerFit preview');
    expect(preview).toHaveAttribute('inert');
    fireEvent.click(screen.getByRole('button', { name: 'Try the preview' }));
    expect(preview).not.toHaveAttribute('inert');
    expect(preview).toHaveFocus();
    expect(screen.getByText(/Changing an option resets it/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Skip the start page' }));
    await waitFor(() => expect(preview).toHaveAttribute('inert'));
    expect(screen.getByRole('button', { name: 'Try the preview' })).toBeInTheDocument();
  });

  it('says whether copying worked', async () => {
    await openBuilder();
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Copy script snippet' }));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('<div data-careerfit></div>'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy iframe snippet' }));
    expect(
      await screen.findByText('Copy did not work — select the text and copy it.'),
    ).toBeInTheDocument();
  });

  it('in Spanish, a fixed Spanish quiz puts lang=es into both snippets and the preview', async () => {
    useLocaleStore.setState({ locale: 'es' });
    renderApp('/embed');
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Ponga CareerFit en el sitio web de su escuela' },
      LAZY_ROUTE,
    );
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const language = screen.getByRole('combobox', { name: 'Idioma' });
    expect(language).toHaveValue('auto');
    fireEvent.change(language, { target: { value: 'es' } });
    const script = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Fragmento con script (recomendado)',
    });
    const iframe = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Iframe simple' });
    expect(script.value).toContain('<div data-careerfit data-lang="es"');
    expect(iframe.value).toContain('?embed=1&amp;lang=es#/"');
    expect(iframe.value).toContain('allow="clipboard-write; web-share"');
    expect(screen.getByRole('button', { name: 'Copiar el fragmento iframe' })).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(350));
    expect(screen.getByTitle('Vista previa de CareerFit').getAttribute('src')).toMatch(
      /\?embed=1&lang=es#\/$/,
    );
    await waitFor(() => expect(document.title).toBe('Insertar CareerFit — CareerFit'));

    fireEvent.change(language, { target: { value: 'auto' } });
    expect(script.value).not.toContain('data-lang');
    expect(iframe.value).not.toContain('lang=');
  });
});
