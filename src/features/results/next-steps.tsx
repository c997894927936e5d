import { useNavigate } from 'react-router-dom';
import type { CareerFacts, Recommendation } from '../../domain';
import { useAnsweredCount, useQuizActions } from '../../store/hooks';
import { RestartButton } from '../../components/ui/restart-button';

export function NextSteps({
  recommendation,
  facts,
}: {
  recommendation: Recommendation;
  facts: CareerFacts;
}) {
  const { goTo, restart } = useQuizActions();
  const answeredCount = useAnsweredCount();
  const navigate = useNavigate();
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
      <div className="actions no-print">
        <button
          type="button"
          className="button"
          onClick={() => {
            goTo(0);
            navigate('/quiz');
          }}
        >
          Review my answers
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        <RestartButton
          answered={answeredCount}
          onConfirm={() => {
            restart();
            navigate('/quiz');
          }}
        />
      </div>
    </section>
  );
}
