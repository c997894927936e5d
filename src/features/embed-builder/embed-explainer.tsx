const EVENTS = [
  { type: 'careerfit:ready', fields: [], when: 'The quiz has loaded.' },
  { type: 'careerfit:started', fields: [], when: 'A student opened the first question.' },
  {
    type: 'careerfit:question',
    fields: ['index', 'total'],
    when: 'A student reached question number index of total.',
  },
  {
    type: 'careerfit:resize',
    fields: ['height'],
    when: 'The quiz changed height, in pixels. The script resizes the frame to fit.',
  },
  {
    type: 'careerfit:completed',
    fields: ['careerId', 'fits', 'code'],
    when: 'Only with “Send result events to my page”: the best-fit career, the 0–100 fit for each of the eight careers, and the result code.',
  },
] as const;

const EXAMPLE = `document.querySelector('[data-careerfit]')
  .addEventListener('careerfit:completed', (event) => {
    const { careerId, code } = event.detail;
    // …
  });`;

function Fields({ fields }: { fields: readonly string[] }) {
  if (fields.length === 0) return <span className="muted"> No data.</span>;
  return (
    <span className="muted">
      {' Data: '}
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
  return (
    <section className="panel builder-explainer" aria-labelledby="builder-events-title">
      <h2 id="builder-events-title">What your page receives</h2>
      <p>
        Nothing is tracked: CareerFit has no accounts, cookies or analytics, and answers stay in the
        student’s browser. With the script snippet, the quiz tells your page a few things about its
        progress, and only your page: messages go to your site’s address and nowhere else. The plain
        iframe sends nothing.
      </p>
      <p>
        These arrive as events on the box. Each event’s <code>detail</code> also has{' '}
        <code>version: 1</code>. None of them ever holds text a student typed.
      </p>
      <dl className="builder-events">
        {EVENTS.map((event) => (
          <div key={event.type}>
            <dt>
              <code>{event.type}</code>
            </dt>
            <dd>
              {event.when}
              <Fields fields={event.fields} />
            </dd>
          </div>
        ))}
      </dl>
      <p>For example, to read each result on your page:</p>
      <pre className="builder-example">
        <code>{EXAMPLE}</code>
      </pre>
      <p>
        The class or group label goes into every result code, so a result link a student shares with
        you shows which class it came from. To start the quiz over from your page, call{' '}
        <code>careerfitRestart()</code> on the box.
      </p>
    </section>
  );
}
