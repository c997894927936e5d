import type { ReactNode } from 'react';
import type { CareerId } from '../../domain';

// One drawn line icon per career, 24×24, in the text colour it sits in. Inline SVG: no icon font,
// no request, a few hundred bytes in the lazy chunks that show careers (never the landing page).
const SHAPES: Record<CareerId, ReactNode> = {
  // A folder of records with a tab and two lines.
  'medical-records-technician': (
    <>
      <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
      <path d="M7 12h10M7 16h6" />
    </>
  ),
  // A page with code brackets: diagnoses turned into codes.
  'medical-coder': (
    <>
      <path d="M6 3h9l4 4v13a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z" />
      <path d="M10 11l-2 2.5 2 2.5M14 11l2 2.5-2 2.5" />
    </>
  ),
  // An awareness ribbon over a register line.
  'cancer-registrar': (
    <>
      <path d="M12 3c-2.2 0-3.5 1.6-3.5 3.4 0 2.3 1.7 4.6 3.5 6.6 1.8-2 3.5-4.3 3.5-6.6C15.5 4.6 14.2 3 12 3z" />
      <path d="M10 11.2 6.5 18l2.6-.6 1.2 2.4L12 16M14 11.2l3.5 6.8-2.6-.6-1.2 2.4L12 16" />
    </>
  ),
  // A person beside a rising chart: leading a team and its numbers.
  'health-services-manager': (
    <>
      <circle cx="7.5" cy="7" r="2.5" />
      <path d="M3 20v-2a4.5 4.5 0 0 1 9 0v2" />
      <path d="M14 20v-4M17.5 20v-7M21 20V9" />
    </>
  ),
  // A speech bubble with an "i": answering questions at the front desk.
  'information-clerk': (
    <>
      <path d="M4 5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-4 3.5V17H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z" />
      <path d="M12 10v4.5M12 7.5v.01" />
    </>
  ),
  // A stethoscope.
  'medical-assistant': (
    <>
      <path d="M6 3v5a4 4 0 0 0 8 0V3" />
      <path d="M10 12v2.5a4.5 4.5 0 0 0 9 0V13" />
      <circle cx="19" cy="11" r="2" />
    </>
  ),
  // A capsule and a tablet.
  'pharmacy-technician': (
    <>
      <path d="M10.5 4.5a4 4 0 0 1 5.7 5.7l-6 6a4 4 0 0 1-5.7-5.7z" />
      <path d="M7.5 7.5l5.7 5.7" />
      <circle cx="18" cy="18" r="3" />
      <path d="M16 20l4-4" />
    </>
  ),
  // Headphones: listening to recorded notes.
  'medical-transcriptionist': (
    <>
      <path d="M4 15v-3a8 8 0 0 1 16 0v3" />
      <path d="M4 15a2 2 0 0 1 2-2h1v7H6a2 2 0 0 1-2-2zM20 15a2 2 0 0 0-2-2h-1v7h1a2 2 0 0 0 2-2z" />
    </>
  ),
};

/** A 24×24 line drawing in the text colour around it; decoration, hidden from assistive technology. */
export function LineIcon({
  className,
  size = 24,
  children,
}: {
  className?: string;
  size?: number;
  children: ReactNode;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A career's icon: decoration beside its name. */
export function CareerIcon({ careerId, className }: { careerId: CareerId; className?: string }) {
  return (
    <LineIcon className={className ? `career-icon ${className}` : 'career-icon'}>
      {SHAPES[careerId]}
    </LineIcon>
  );
}
