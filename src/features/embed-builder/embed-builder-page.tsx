import './embed-builder.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useFormat, useMessages } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { EmbedExplainer } from './embed-explainer';
import { EmbedOptionsForm } from './embed-options-form';
import { EmbedPreview } from './embed-preview';
import { builderMessages } from './messages';
import { SnippetBox } from './snippet-box';
import {
  DEFAULT_HEIGHT,
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
  const t = useMessages(builderMessages);
  const format = useFormat();
  useDocumentTitle(t.title);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_OPTIONS);
  const update = (change: Partial<EmbedOptions>) => setOptions((old) => ({ ...old, ...change }));
  const url = pageUrl();
  return (
    <div className="builder">
      <header className="builder-hero">
        <p className="eyebrow">{t.eyebrow}</p>
        <h1>{t.heading}</h1>
        <p className="lead">{t.lead}</p>
      </header>

      <section className="panel" aria-labelledby="builder-options-title">
        <h2 id="builder-options-title">{t.optionsHeading}</h2>
        <p className="muted">{t.optionsNote}</p>
        <EmbedOptionsForm options={options} onChange={update} />
      </section>

      <section className="panel" aria-labelledby="builder-preview-title">
        <h2 id="builder-preview-title">{t.previewHeading}</h2>
        <p className="muted">{t.previewNote}</p>
        <EmbedPreview src={embedUrl(url, options)} height={options.height} />
      </section>

      <section className="panel" aria-labelledby="builder-copy-title">
        <h2 id="builder-copy-title">{t.copyHeading}</h2>
        <SnippetBox
          label={t.scriptLabel}
          what={t.scriptWhat}
          code={scriptSnippet(url, options)}
          rows={3}
        >
          {t.scriptHint}
        </SnippetBox>
        <SnippetBox
          label={t.iframeLabel}
          what={t.iframeWhat}
          code={iframeSnippet(url, options)}
          rows={4}
        >
          {t.iframeHint(
            format.number(normalizeHeight(options.height)),
            format.number(DEFAULT_HEIGHT),
          )}
        </SnippetBox>
      </section>

      <EmbedExplainer />

      <p className="builder-pass-on">
        {t.passOn} <Link to="/embed">{t.passOnLink}</Link>.
      </p>
    </div>
  );
}
