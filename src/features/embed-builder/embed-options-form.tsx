import { useFormat, useMessages } from '../../i18n';
import { accentKeptAsChosen } from '../../domain/accent-palette';
import { AccentWarning } from './accent-warning';
import { AccentField, CheckField, NumberField, SelectField, TextField } from './embed-fields';
import { builderMessages } from './messages';
import { DEFAULT_HEIGHT, MAX_HEIGHT, MAX_TEXT, MIN_HEIGHT, type EmbedOptions } from './snippets';

type LanguageChoice = 'auto' | 'en' | 'es';

interface FormProps {
  options: EmbedOptions;
  onChange: (change: Partial<EmbedOptions>) => void;
}

/** The embed options: every control labelled, each hint read out with its control. */
export function EmbedOptionsForm({ options, onChange }: FormProps) {
  const t = useMessages(builderMessages);
  const format = useFormat();
  const languages: readonly { value: LanguageChoice; label: string }[] = [
    { value: 'auto', label: t.languageAuto },
    { value: 'en', label: t.languageEn },
    { value: 'es', label: t.languageEs },
  ];
  return (
    <form
      className="builder-form"
      aria-label={t.formLabel}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        label={t.language}
        hint={t.languageHint}
        value={options.lang ?? 'auto'}
        choices={languages}
        onChange={(choice) => onChange({ lang: choice === 'auto' ? null : choice })}
      />
      <AccentField
        label={t.accent}
        hint={t.accentHint}
        value={options.accent}
        onChange={(accent) => onChange({ accent })}
        warning={
          accentKeptAsChosen(options.accent) ? undefined : <AccentWarning accent={options.accent} />
        }
      />
      <TextField
        label={t.org}
        hint={t.orgHint}
        max={MAX_TEXT}
        value={options.org}
        onChange={(org) => onChange({ org })}
      />
      <TextField
        label={t.group}
        hint={t.groupHint}
        max={MAX_TEXT}
        value={options.group}
        onChange={(group) => onChange({ group })}
      />
      <CheckField
        label={t.start}
        hint={t.startHint}
        value={options.startAtQuiz}
        onChange={(startAtQuiz) => onChange({ startAtQuiz })}
      />
      <CheckField
        label={t.events}
        hint={t.eventsHint}
        value={options.events}
        onChange={(events) => onChange({ events })}
      />
      <NumberField
        label={t.height}
        hint={t.heightHint(format.number(DEFAULT_HEIGHT))}
        min={MIN_HEIGHT}
        max={MAX_HEIGHT}
        value={options.height}
        onChange={(height) => onChange({ height })}
      />
    </form>
  );
}
