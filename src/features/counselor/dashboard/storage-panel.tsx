import { useEffect, useId, useState } from 'react';
import { useFormat, useMessages } from '../../../i18n';
import {
  askToKeepStorage,
  sizeText,
  storageRoom,
  type StorageRoom,
} from '../../../lib/storage-room';
import { useCounselorStore } from '../../../store/counselor-store';
import { dashboardMessages } from './dashboard-messages';

/** Where the results live, how much room is left, and any write the browser refused. */
export function StoragePanel() {
  const t = useMessages(dashboardMessages);
  const { number } = useFormat();
  const durable = useCounselorStore((state) => state.durable);
  const writeFailed = useCounselorStore((state) => state.writeFailed);
  const count = useCounselorStore((state) => state.results.length + state.sealed.length);
  const id = useId();
  const [room, setRoom] = useState<StorageRoom | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    let live = true;
    void storageRoom().then((next) => live && setRoom(next));
    return () => {
      live = false;
    };
  }, [count, asked]);
  const size = (bytes: number) => sizeText(bytes, number);
  const keep = async () => {
    await askToKeepStorage();
    setAsked(true);
  };
  return (
    <section className="panel counselor-storage no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.storageHeading}</h2>
      {writeFailed && (
        <p className="counselor-error" role="alert">
          {t.writeFailed}
        </p>
      )}
      {!durable && <p className="notice">{t.notDurable}</p>}
      {durable && room && (
        <>
          <p>{t.storageUsed(size(room.usage), size(Math.max(0, room.quota - room.usage)))}</p>
          <p className="muted">{room.persisted ? t.storageKept : t.storageMayGo}</p>
          {!room.persisted && (
            <button type="button" className="button" onClick={() => void keep()}>
              {t.storageAsk}
            </button>
          )}
          {!room.persisted && asked && (
            <p className="muted" role="status">
              {t.storageRefused}
            </p>
          )}
        </>
      )}
    </section>
  );
}
