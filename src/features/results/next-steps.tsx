import type { ReactNode } from 'react';
import type { CareerFacts, Recommendation } from '../../domain';

export interface NextStepsProps {
  recommendation: Recommendation;
  facts: CareerFacts;
  /** Buttons under the steps: different for your own result and a shared one. */
  actions: ReactNode;
}

export function NextSteps({ recommendation, facts, actions }: NextStepsProps) {
  const credential = facts.credentials[0];
  return (
    <section className="panel next-steps" aria-labelledby="next-title">
      <h2 id="next-title">Next steps</h2>
      <ol>
        <li>Talk about this result with your school counselor or a family member.</li>
        <li>
          Look up programs near you: {facts.education.typical.charAt(0).toLowerCase()}
          {facts.education.typical.slice(1)}
        </li>
        {credential ? (
          <li>
            Read about the {credential.code} credential ({credential.name}) from {credential.issuer}
            .
          </li>
        ) : null}
        {recommendation.primary.group !== 'records' ? (
          <li>
            Compare it with the medical records technician role, which fit you{' '}
            {Math.round(recommendation.recordsRole.fit)} out of 100.
          </li>
        ) : null}
      </ol>
      <div className="actions no-print">{actions}</div>
    </section>
  );
}
