import { AccentField, CheckField, NumberField, SelectField, TextField } from './embed-fields';
import { DEFAULT_HEIGHT, MAX_HEIGHT, MAX_TEXT, MIN_HEIGHT, type EmbedOptions } from './snippets';

const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish' },
] as const;

interface FormProps {
  options: EmbedOptions;
  onChange: (change: Partial<EmbedOptions>) => void;
}

/** The embed options: every control labelled, each hint read out with its control. */
export function EmbedOptionsForm({ options, onChange }: FormProps) {
  return (
    <form
      className="builder-form"
      aria-label="Embed options"
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        label="Language"
        hint="Spanish questions are still being written; until then the quiz shows in English."
        value={options.lang}
        choices={LANGUAGES}
        onChange={(lang) => onChange({ lang })}
      />
      <AccentField
        label="Accent colour"
        hint="Buttons and highlights. Pick a dark colour so white text on it stays readable."
        value={options.accent}
        onChange={(accent) => onChange({ accent })}
      />
      <TextField
        label="School name"
        hint="Shown above the quiz as “CareerFit for …”."
        max={MAX_TEXT}
        value={options.org}
        onChange={(org) => onChange({ org })}
      />
      <TextField
        label="Class or group label"
        hint="Like “Period 3”. It goes into each student’s result link, so no student names."
        max={MAX_TEXT}
        value={options.group}
        onChange={(group) => onChange({ group })}
      />
      <CheckField
        label="Skip the start page"
        hint="Students begin at the first question."
        value={options.startAtQuiz}
        onChange={(startAtQuiz) => onChange({ startAtQuiz })}
      />
      <CheckField
        label="Send result events to my page"
        hint="Lets your page’s own code read each result (see “What your page receives”)."
        value={options.events}
        onChange={(events) => onChange({ events })}
      />
      <NumberField
        label="Iframe height in pixels"
        hint={`For the plain iframe only; the script version sizes itself. Usually ${DEFAULT_HEIGHT}.`}
        min={MIN_HEIGHT}
        max={MAX_HEIGHT}
        value={options.height}
        onChange={(height) => onChange({ height })}
      />
    </form>
  );
}
