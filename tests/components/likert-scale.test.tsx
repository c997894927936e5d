import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LikertScale } from '../../src/components/ui/likert-scale';

const LABELS = ['One', 'Two', 'Three', 'Four', 'Five'];

function Harness({ onPick }: { onPick?: (v: number) => void }) {
  const [value, setValue] = useState<number | undefined>();
  return (
    <>
      <h2 id="q">Do you like lists?</h2>
      <LikertScale
        name="q-lists"
        labelledBy="q"
        labels={LABELS}
        value={value}
        onChange={setValue}
        onPick={onPick}
      />
    </>
  );
}

describe('LikertScale', () => {
  it('is a radio group named by the question, with five labelled radios', () => {
    render(<Harness />);
    const group = screen.getByRole('radiogroup', { name: 'Do you like lists?' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    for (const label of LABELS)
      expect(screen.getByRole('radio', { name: label })).not.toBeChecked();
  });

  it('selects with a click and reports the pick', async () => {
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Four' }));
    expect(screen.getByRole('radio', { name: 'Four' })).toBeChecked();
    expect(onPick).toHaveBeenCalledWith(4);
  });

  it('moves the selection with arrow keys without reporting a pick', async () => {
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'One' })).toBeChecked();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Two' })).toBeChecked();
    expect(onPick).not.toHaveBeenCalled();
  });
});
