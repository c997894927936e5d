import { useMessages } from '../../i18n';
import { explainerMessages } from './explainer-messages';

type Texts = (typeof explainerMessages)['en'];

const EVENTS: readonly { type: string; fields: readonly string[]; when: keyof Texts }[] = [
  { type: 'careerfit:ready', fields: [], when: 'ready' },
  { type: 'careerfit:started', fields: [], when: 'started' },
  { type: 'careerfit:question', fields: ['index', 'total'], when: 'question' },
  { type: 'careerfit:resize', fields: ['height'], when: 'resize' },
  { type: 'careerfit:completed', fields: ['careerId', 'fits', 'code'], when: 'completed' },
];

const EXAMPLE = `document.querySelector('[data-careerfit]')
  .addEventListener('careerfit:completed', (event) => {
    const { careerId, code } = event.detail;
    // …
  });`;

function Fields({ fields, t }: { fields: readonly string[]; t: Texts }) {
  if (fields.length === 0) return <span className="muted">{t.noData}</span>;
  return (
    <span className="muted">
      {t.data}
      {fields.map((field, i) => (
        <span key={field}>
          {i > 0 ? ', ' : ''}
          <code>{field}</code>
        </span>
      ))}
      .
    </span>
  );
}

/** What embedding does, what it does not do, and the events a host page can listen for. */
export function EmbedExplainer() {
  const t = useMessages(explainerMessages);
  return (
    <section className="panel builder-explainer" aria-labelledby="builder-events-title">
      <h2 id="builder-events-title">{t.heading}</h2>
      <p>{t.privacy}</p>
      <p>
        {t.eventsIntroStart} <code>detail</code> {t.eventsIntroMiddle} <code>version: 1</code>
        {t.eventsIntroEnd}
      </p>
      <dl className="builder-events">
        {EVENTS.map((event) => (
          <div key={event.type}>
            <dt>
              <code>{event.type}</code>
            </dt>
            <dd>
              {t[event.when]}
              <Fields fields={event.fields} t={t} />
            </dd>
          </div>
        ))}
      </dl>
      <p>{t.exampleIntro}</p>
      <pre className="builder-example">
        <code>{EXAMPLE}</code>
      </pre>
      <p>
        {t.groupNote} <code>careerfitRestart()</code> {t.groupNoteEnd}
      </p>
    </section>
  );
}
