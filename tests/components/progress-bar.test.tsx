import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../src/components/ui/progress-bar';

describe('ProgressBar', () => {
  it('exposes its value to assistive tech and shows the text', () => {
    render(<ProgressBar value={3} max={36} label="Quiz progress" text="Question 3 of 36" />);
    const bar = screen.getByRole('progressbar', { name: 'Quiz progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('aria-valuemax', '36');
    expect(bar).toHaveAttribute('aria-valuetext', 'Question 3 of 36');
    expect(screen.getByText('Question 3 of 36')).toBeVisible();
  });

  it('announces a new value politely, from the same live region', () => {
    const { rerender } = render(
      <ProgressBar value={3} max={36} label="Quiz progress" text="Question 3 of 36" />,
    );
    const live = screen.getByText('Question 3 of 36');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveAttribute('aria-atomic', 'true');
    rerender(<ProgressBar value={4} max={36} label="Quiz progress" text="Question 4 of 36" />);
    expect(live).toHaveTextContent('Question 4 of 36');
    expect(screen.getByRole('progressbar', { name: 'Quiz progress' })).toHaveAttribute(
      'aria-valuenow',
      '4',
    );
  });
});
