import { QrCode } from '../../components/ui/qr-code';
import { usePrintName } from './print-name';

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' });

/** Only on paper: who and when, and the link back to this result as text and QR code. */
export function PrintHeader({ shareLink }: { shareLink: string | null }) {
  const name = usePrintName();
  return (
    <header className="print-only print-header">
      <div>
        <p className="print-title">CareerFit results{name ? ` for ${name}` : ''}</p>
        <p>{DATE.format(new Date())}</p>
        {shareLink ? (
          <p className="print-link">
            Open this result again: <span>{shareLink}</span>
          </p>
        ) : null}
      </div>
      {shareLink ? (
        <QrCode text={shareLink} label="QR code of the link to this result" size={110} />
      ) : null}
    </header>
  );
}
