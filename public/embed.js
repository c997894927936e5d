/*! CareerFit embed loader. No dependencies; MIT-compatible, sends nothing anywhere.
 * <div data-careerfit data-group="P3" data-lang="es"></div>
 * <script src="https://your-site.example/careerfit/embed.js" async></script>
 */
(function () {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  const app = new URL('./', script.src);
  const OPTIONS = ['lang', 'accent', 'org', 'group', 'start', 'events'];
  // The page's real origin: inside a srcdoc frame location.origin is "null" but self.origin is
  // the origin the frame inherited. "null" here means an opaque origin (a sandbox without
  // allow-same-origin), where the app's own frame would inherit the sandbox and stay blank.
  const hostOrigin = self.origin || location.origin;

  function options(box, params) {
    OPTIONS.forEach(function (name) {
      const value = box.getAttribute('data-' + name);
      if (value) params.set(name, value);
    });
    return params;
  }

  // White text where it reads at 4.5:1 on the school's colour, near-black where it does not.
  function textOn(hex) {
    const digits = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, '$&$&').slice(1) : hex.slice(1);
    const channels = [0, 2, 4].map(function (at) {
      const c = parseInt(digits.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    const lum = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    return 1.05 / (lum + 0.05) >= 4.5 ? '#fff' : '#1d2521';
  }

  function openLink(box) {
    const es = box.getAttribute('data-lang') === 'es';
    const accent = /^#([0-9a-f]{3}){1,2}$/i.test(box.getAttribute('data-accent') || '')
      ? box.getAttribute('data-accent')
      : '#0f6e6e';
    const link = document.createElement('a');
    link.href = app.href + '?' + options(box, new URLSearchParams()).toString() + '#/';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = es ? 'Abrir el cuestionario CareerFit' : 'Open the CareerFit quiz';
    link.setAttribute('data-careerfit-link', '');
    link.style.cssText =
      'display:inline-block;padding:14px 22px;border-radius:999px;background:' +
      accent +
      ';color:' +
      textOn(accent) +
      ';font:600 18px/1.3 system-ui,sans-serif;text-decoration:none;';
    const note = document.createElement('p');
    note.textContent = es ? 'Se abre en una pestaña nueva.' : 'It opens in a new tab.';
    note.style.cssText = 'margin:8px 0 0;font:14px/1.4 system-ui,sans-serif;';
    box.appendChild(link);
    box.appendChild(note);
  }

  function mount(box) {
    if (box.getAttribute('data-careerfit-ready')) return;
    box.setAttribute('data-careerfit-ready', '1');
    if (hostOrigin === 'null') return openLink(box);
    const params = options(box, new URLSearchParams({ embed: '1', origin: hostOrigin }));
    const frame = document.createElement('iframe');
    frame.src = app.href + '?' + params.toString() + '#/';
    frame.title = box.getAttribute('data-title') || 'CareerFit career quiz';
    frame.loading = 'lazy';
    frame.setAttribute('allow', 'clipboard-write; web-share');
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0;';
    box.appendChild(frame);

    window.addEventListener('message', function (event) {
      const data = event.data;
      if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
      if (!data || typeof data.type !== 'string' || data.type.indexOf('careerfit:') !== 0) return;
      if (data.type === 'careerfit:resize' && typeof data.height === 'number' && data.height > 0) {
        frame.style.height = Math.ceil(Math.min(data.height, 20000)) + 'px';
      }
      box.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
    });
    box.careerfitRestart = function () {
      frame.contentWindow.postMessage({ type: 'careerfit:restart' }, app.origin);
    };
  }

  function mountAll() {
    const boxes = document.querySelectorAll('[data-careerfit]');
    for (let i = 0; i < boxes.length; i++) mount(boxes[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
