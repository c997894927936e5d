import { accentTokens } from '../../domain/accent-palette';
import { contrastWithWhite } from '../../domain/colour';
import { useFormat, useMessages } from '../../i18n';
import { builderMessages } from './messages';

/** Says that a light accent fails 4.5:1 under white text, and shows the shade the quiz uses. */
export function AccentWarning({ accent }: { accent: string }) {
  const t = useMessages(builderMessages);
  const format = useFormat();
  const ratio = contrastWithWhite(accent) ?? 1;
  const used = accentTokens(accent, 'light')?.accent ?? accent;
  return (
    <>
      {t.lowContrast(format.number(Math.floor(ratio * 10) / 10, { maximumFractionDigits: 1 }))}{' '}
      <span className="builder-shade">
        <span
          className="builder-swatch"
          role="img"
          aria-label={t.darkShade}
          style={{ background: used }}
        />
        <span className="builder-hex">{used}</span>
      </span>
    </>
  );
}
