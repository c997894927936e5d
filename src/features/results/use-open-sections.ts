import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The results page's sections, in page order; each id is also its address (`?open=why`). */
export const SECTION_IDS = [
  'confidence',
  'why',
  'careers',
  'traits',
  'job',
  'education',
  'next',
  'sources',
  'keep',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** `open=why,careers` → those sections, in page order; unknown or repeated names are dropped. */
export function parseOpenSections(value: string | null): ReadonlySet<SectionId> {
  const names = new Set((value ?? '').split(',').map((name) => name.trim()));
  return new Set(SECTION_IDS.filter((id) => names.has(id)));
}

/** Which sections are open lives in the address, so a reload, Back or a shared link keeps it. */
export function useOpenSections() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('open');
  const open = useMemo(() => parseOpenSections(raw), [raw]);
  const write = useCallback(
    (next: ReadonlySet<SectionId>) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          const list = SECTION_IDS.filter((id) => next.has(id));
          if (list.length) copy.set('open', list.join(','));
          else copy.delete('open');
          return copy;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );
  const toggle = useCallback(
    (id: SectionId) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      write(next);
    },
    [open, write],
  );
  const setAll = useCallback(
    (isOpen: boolean) => write(new Set(isOpen ? SECTION_IDS : [])),
    [write],
  );
  return { open, toggle, setAll };
}
