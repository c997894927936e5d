import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CareerIcon } from '../../src/components/ui/career-icon';
import { CAREER_IDS } from '../../src/domain/careers';

describe('CareerIcon', () => {
  it('draws every career, as decoration hidden from assistive technology', () => {
    const drawings = CAREER_IDS.map((id) => {
      const { container, unmount } = render(<CareerIcon careerId={id} />);
      const svg = container.querySelector('svg');
      expect(svg, id).toHaveAttribute('aria-hidden', 'true');
      expect(svg, id).toHaveAttribute('focusable', 'false');
      expect(svg?.querySelectorAll('path, circle').length, id).toBeGreaterThan(0);
      const drawing = svg?.innerHTML ?? '';
      unmount();
      return drawing;
    });
    // One drawing per career: no two careers share an icon.
    expect(new Set(drawings).size).toBe(CAREER_IDS.length);
  });

  it('draws in the colour of the text around it', () => {
    const { container } = render(<CareerIcon careerId="medical-coder" className="big" />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('stroke', 'currentColor');
    expect(svg).toHaveClass('career-icon', 'big');
  });
});
