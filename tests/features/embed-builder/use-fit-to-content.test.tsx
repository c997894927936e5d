import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnippetBox } from '../../../src/features/embed-builder/snippet-box';

// jsdom does no layout: give every textarea a content height of 30px per line.
function fakeScrollHeight() {
  return vi
    .spyOn(HTMLTextAreaElement.prototype, 'scrollHeight', 'get')
    .mockImplementation(function (this: HTMLTextAreaElement) {
      return this.value.split('\n').length * 30;
    });
}

function supportFieldSizing(supported: boolean) {
  vi.stubGlobal('CSS', {
    supports: (property: string, value: string) =>
      supported && property === 'field-sizing' && value === 'content',
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const code = '<iframe\n  src="x"\n  title="CareerFit"\n></iframe>';

describe('snippet box height without field-sizing (WebKit)', () => {
  it('grows the box to its whole content, and again when the content changes', () => {
    supportFieldSizing(false);
    fakeScrollHeight();
    const { rerender } = render(<SnippetBox label="Snippet" what="snippet" code={code} rows={2} />);
    const box = screen.getByRole('textbox', { name: 'Snippet' });
    expect(box.style.height).toBe('120px');
    rerender(
      <SnippetBox label="Snippet" what="snippet" code={`${code}\n<script></script>`} rows={2} />,
    );
    expect(box.style.height).toBe('150px');
  });

  it('leaves sizing to the CSS where field-sizing works', () => {
    supportFieldSizing(true);
    fakeScrollHeight();
    render(<SnippetBox label="Snippet" what="snippet" code={code} rows={2} />);
    expect(screen.getByRole('textbox', { name: 'Snippet' }).style.height).toBe('');
  });
});
