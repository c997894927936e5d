import './embed-builder.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/use-document-title';
import { contrastWithWhite } from './contrast';
import { EmbedExplainer } from './embed-explainer';
import { EmbedOptionsForm } from './embed-options-form';
import { EmbedPreview } from './embed-preview';
import { SnippetBox } from './snippet-box';
import {
  DEFAULT_OPTIONS,
  embedUrl,
  iframeSnippet,
  normalizeHeight,
  scriptSnippet,
  type EmbedOptions,
} from './snippets';

function pageUrl(): string {
  return window.location.origin + window.location.pathname;
}

/** #/embed: pick options, preview them, copy a snippet for a school's website. */
export function EmbedBuilderPage() {
  useDocumentTitle('Embed CareerFit — CareerFit');
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_OPTIONS);
  const update = (change: Partial<EmbedOptions>) => setOptions((old) => ({ ...old, ...change }));
  const url = pageUrl();
  const lowContrast = (contrastWithWhite(options.accent) ?? 21) < 4.5;
  return (
    <div className="builder">
      <header className="builder-hero">
        <p className="eyebrow">For schools</p>
        <h1>Put CareerFit on your school’s website</h1>
        <p className="lead">
          Embedding shows the whole quiz inside one of your pages, in a frame. Students take it
          there and get their result without leaving your site.
        </p>
      </header>

      <section className="panel" aria-labelledby="builder-options-title">
        <h2 id="builder-options-title">1. Choose the options</h2>
        <p className="muted">All of them are optional. The snippets below change as you go.</p>
        <EmbedOptionsForm options={options} onChange={update} />
        {lowContrast ? (
          <p className="builder-warning" role="status">
            This colour is light: white text on its buttons will be hard to read.
          </p>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="builder-preview-title">
        <h2 id="builder-preview-title">2. Check the preview</h2>
        <p className="muted">
          This is how the quiz looks in your page. Answers you try in it are saved on this device
          like any others; its “Start over” button clears them.
        </p>
        <EmbedPreview src={embedUrl(url, options)} height={options.height} />
      </section>

      <section className="panel" aria-labelledby="builder-copy-title">
        <h2 id="builder-copy-title">3. Copy a snippet into your page</h2>
        <SnippetBox
          label="Script snippet (recommended)"
          what="script snippet"
          code={scriptSnippet(url, options)}
          rows={3}
        >
          Paste it where the quiz should appear. The frame grows and shrinks with the quiz.
        </SnippetBox>
        <SnippetBox
          label="Plain iframe"
          what="iframe snippet"
          code={iframeSnippet(url, options)}
          rows={4}
        >
          For site builders that remove scripts. It stays {normalizeHeight(options.height)} pixels
          tall and sends no events.
        </SnippetBox>
      </section>

      <EmbedExplainer />

      <p className="builder-pass-on">
        Not the one who edits your school’s website? Send this page to whoever does:{' '}
        <Link to="/embed">Embed CareerFit on your school’s site</Link>.
      </p>
    </div>
  );
}
