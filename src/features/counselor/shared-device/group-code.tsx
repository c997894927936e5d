import { useMemo } from 'react';
import { encodeShareCode } from '../../../domain/share-code';
import { CONTENT_VERSION, QUESTION_SETS } from '../../../content/question-sets';
import { QrCode } from '../../../components/ui/qr-code';
import { useMessages } from '../../../i18n';
import { useAnswers, useEducationPlan } from '../../../store/hooks';
import { sharedDeviceMessages } from './shared-device-messages';

/** On a student's own device in a session (`?group=`): their code to show the counselor. */
export function GroupCode({ group }: { group: string }) {
  const t = useMessages(sharedDeviceMessages);
  const answers = useAnswers();
  const educationPlan = useEducationPlan();
  const code = useMemo(
    () => encodeShareCode({ answers, educationPlan, group }, QUESTION_SETS, CONTENT_VERSION),
    [answers, educationPlan, group],
  );
  if (Object.keys(answers).length === 0) return null;
  return (
    <section className="panel group-code" aria-labelledby="group-code-title">
      <h2 id="group-code-title">{t.groupCode(group)}</h2>
      <p>{t.groupCodeText}</p>
      <p className="group-code-text">
        <code>{code}</code>
      </p>
      <QrCode text={code} label={t.codeQr(code)} size={200} />
    </section>
  );
}
