import { useEffect, useState } from 'react';

interface Matrix {
  size: number;
  dark: boolean[];
}

/** Builds the QR matrix locally (the library loads on first use; nothing leaves the device). */
async function buildMatrix(text: string): Promise<Matrix> {
  const { create } = await import('qrcode');
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: Array.from(modules.data, Boolean) };
}

/** A QR code drawn as SVG squares, with the encoded text as its accessible name. */
export function QrCode({
  text,
  label,
  size = 160,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const [matrix, setMatrix] = useState<{ text: string; matrix: Matrix } | null>(null);
  useEffect(() => {
    let live = true;
    buildMatrix(text).then(
      (built) => live && setMatrix({ text, matrix: built }),
      () => live && setMatrix(null),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (!matrix || matrix.text !== text) return null;
  const { size: n, dark } = matrix.matrix;
  const quiet = 2;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-quiet} ${-quiet} ${n + quiet * 2} ${n + quiet * 2}`}
      shapeRendering="crispEdges"
      className="qr-code"
    >
      <rect x={-quiet} y={-quiet} width={n + quiet * 2} height={n + quiet * 2} fill="#fff" />
      <path
        fill="#000"
        d={dark.map((on, i) => (on ? `M${i % n} ${Math.floor(i / n)}h1v1h-1z` : '')).join('')}
      />
    </svg>
  );
}
