import type { ReactNode } from 'react';
import type { CareerFacts, Recommendation } from '../../domain';
import { useFormat, useMessages } from '../../i18n';
import { factsMessages } from './facts-messages';

export interface NextStepsProps {
  recommendation: Recommendation;
  facts: CareerFacts;
  /** Buttons under the steps: different for your own result and a shared one. */
  actions: ReactNode;
}

/** "Certificate program…" → "certificate program…", but "BLS…" stays as it is. */
function midSentence(text: string): string {
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function NextSteps({ recommendation, facts, actions }: NextStepsProps) {
  const t = useMessages(factsMessages);
  const format = useFormat();
  const credential = facts.credentials[0];
  return (
    <section className="panel next-steps" aria-labelledby="next-title">
      <h2 id="next-title">{t.nextTitle}</h2>
      <ol>
        <li>{t.talk}</li>
        <li>{t.programs(midSentence(facts.education.typical))}</li>
        {credential ? (
          <li>{t.readCredential(credential.code, credential.name, credential.issuer)}</li>
        ) : null}
        {recommendation.primary.group !== 'records' ? (
          <li>{t.compareRecords(format.number(recommendation.recordsRole.fit))}</li>
        ) : null}
      </ol>
      <div className="actions no-print">{actions}</div>
    </section>
  );
}
