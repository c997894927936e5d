import { QrCode } from '../../components/ui/qr-code';
import { useFormat, useMessages } from '../../i18n';
import { usePrintName } from './print-name';
import { shareMessages } from './share-messages';

/** Only on paper: who and when, and the link back to this result as text and QR code. */
export function PrintHeader({ shareLink }: { shareLink: string | null }) {
  const t = useMessages(shareMessages);
  const format = useFormat();
  const name = usePrintName();
  return (
    <header className="print-only print-header">
      <div>
        <p className="print-title">{name ? t.printTitleFor(name) : t.printTitle}</p>
        <p>{format.date(new Date())}</p>
        {shareLink ? (
          <p className="print-link">
            {t.openAgain} <span>{shareLink}</span>
          </p>
        ) : null}
      </div>
      {shareLink ? <QrCode text={shareLink} label={t.qrLabel} size={84} /> : null}
    </header>
  );
}
