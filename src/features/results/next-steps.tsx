import type { CareerFacts, Recommendation } from '../../domain';
import { useFormat, useMessages } from '../../i18n';
import { factsMessages } from './facts-messages';
import { midSentence } from './result-copy';

export interface NextStepsProps {
  recommendation: Recommendation;
  facts: CareerFacts;
}

export function NextSteps({ recommendation, facts }: NextStepsProps) {
  const t = useMessages(factsMessages);
  const format = useFormat();
  const credential = facts.credentials[0];
  return (
    <ol className="next-steps">
      <li>{t.talk}</li>
      <li>{t.programs(midSentence(facts.education.typical))}</li>
      {credential ? (
        <li>{t.readCredential(credential.code, credential.name, credential.issuer)}</li>
      ) : null}
      {recommendation.primary.group !== 'records' ? (
        <li>{t.compareRecords(format.number(recommendation.recordsRole.fit))}</li>
      ) : null}
    </ol>
  );
}
