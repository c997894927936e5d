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

  function mount(box) {
    if (box.getAttribute('data-careerfit-ready')) return;
    box.setAttribute('data-careerfit-ready', '1');
    const params = new URLSearchParams({ embed: '1', origin: location.origin });
    OPTIONS.forEach(function (name) {
      const value = box.getAttribute('data-' + name);
      if (value) params.set(name, value);
    });
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
