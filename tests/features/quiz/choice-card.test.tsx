import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChoiceCard, type ChoiceCardProps } from '../../../src/features/quiz/choice-card';

// Inside a school's page the app may not move focus until the student has tapped or typed.
const embed = vi.hoisted(() => ({ mayMoveFocus: true }));
vi.mock('../../../src/lib/embed', () => ({ mayMoveFocus: () => embed.mayMoveFocus }));

const LABELS = ['One', 'Two', 'Three', 'Four', 'Five'];

function card(props: Partial<ChoiceCardProps> = {}) {
  return (
    <ChoiceCard
      id="q-lists"
      prompt="How much is this like you?"
      text="I like lists"
      labels={LABELS}
      value={undefined}
      onChoose={() => {}}
      onPick={() => {}}
      {...props}
    />
  );
}

describe('ChoiceCard focus', () => {
  beforeEach(() => {
    embed.mayMoveFocus = true;
  });

  it('moves focus to the heading of each new step', () => {
    const { rerender } = render(card());
    expect(screen.getByRole('heading', { level: 1, name: 'I like lists' })).toHaveFocus();
    rerender(card({ id: 'q-maps', text: 'I like maps' }));
    expect(screen.getByRole('heading', { level: 1, name: 'I like maps' })).toHaveFocus();
  });

  it('leaves focus alone when only the words change (a language switch)', () => {
    const { rerender } = render(
      <>
        <button type="button">Español</button>
        {card()}
      </>,
    );
    const button = screen.getByRole('button', { name: 'Español' });
    button.focus();
    rerender(
      <>
        <button type="button">Español</button>
        {card({ text: 'Me gustan las listas', labels: ['Uno', 'Dos', 'Tres', 'Cuatro', 'Cinco'] })}
      </>,
    );
    expect(screen.getByRole('radiogroup', { name: 'Me gustan las listas' })).toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('does not take focus on first load inside an embed', () => {
    embed.mayMoveFocus = false;
    render(card());
    expect(screen.getByRole('heading', { level: 1, name: 'I like lists' })).not.toHaveFocus();
    expect(document.body).toHaveFocus();
  });
});
