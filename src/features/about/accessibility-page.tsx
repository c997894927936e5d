import { useMessages } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { accessibilityMessages } from './accessibility-messages';

/** The accessibility statement: what we aim for, what we tested and how, how to report a problem. */
export function AccessibilityPage() {
  const t = useMessages(accessibilityMessages);
  useDocumentTitle(t.title);
  const sections = [
    {
      id: 'a11y-what',
      heading: t.whatHeading,
      items: [t.what1, t.what2, t.what3, t.what4, t.what5, t.what6, t.what7, t.what8],
    },
    { id: 'a11y-test', heading: t.testHeading, items: [t.test1, t.test2, t.test3] },
    { id: 'a11y-limits', heading: t.limitsHeading, items: [t.limit1, t.limit2, t.limit3] },
  ];
  return (
    <article className="statement" aria-labelledby="a11y-title">
      <h1 id="a11y-title">{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      {sections.map((section) => (
        <section key={section.id} className="panel" aria-labelledby={section.id}>
          <h2 id={section.id}>{section.heading}</h2>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className="panel" aria-labelledby="a11y-report">
        <h2 id="a11y-report">{t.reportHeading}</h2>
        <p>{t.report1}</p>
        <p>{t.report2}</p>
      </section>
      <p className="muted">{t.reviewed}</p>
    </article>
  );
}
