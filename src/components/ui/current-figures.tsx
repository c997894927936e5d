import type { CareerId } from '../../domain';
import { BLS_CURRENT_PAGE } from '../../content/bls-pages';
import { defineMessages, useMessages } from '../../i18n';
import { isOlderFigure } from '../../lib/figure-text';

const messages = defineMessages({
  en: {
    older: 'Older figure: BLS has published newer ones since.',
    check: 'See today’s pay and job outlook on the BLS website',
    newTab: '(opens in a new tab)',
  },
  es: {
    older: 'Cifra antigua: la BLS ya publicó otras más nuevas.',
    check: 'Mira el sueldo y las perspectivas de hoy en el sitio de la BLS',
    newTab: '(se abre en otra pestaña)',
  },
});

/** Said plainly beside a figure whose edition BLS has since replaced. */
export function OlderFigureNote({ year, now = new Date() }: { year: string; now?: Date }) {
  const t = useMessages(messages);
  return isOlderFigure(year, now) ? <span className="figure-older">{t.older}</span> : null;
}

/** An ordinary link to the career's current BLS page: nothing is requested until it is followed. */
export function CurrentFiguresLink({ careerId }: { careerId: CareerId }) {
  const t = useMessages(messages);
  return (
    <p className="figure-check">
      <a href={BLS_CURRENT_PAGE[careerId]} target="_blank" rel="noopener noreferrer">
        {t.check}
        <span className="visually-hidden"> {t.newTab}</span>
      </a>
    </p>
  );
}
