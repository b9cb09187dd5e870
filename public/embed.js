/*
 * Linimasa embed host script. Include it once on a page that holds Linimasa
 * iframes marked with the `data-linimasa` attribute:
 *
 *   <iframe src="https://linimasa.example/?embed=1&…" data-linimasa …></iframe>
 *   <script src="https://linimasa.example/embed.js" async></script>
 *
 * It resizes each iframe to the height its content reports, accepting a
 * message only from that iframe's window and its exact origin, and only in
 * the documented shape: { source: "linimasa", version: 1, type: "resize", height }.
 * An iframe's `data-linimasa-max-height` (px) caps that height; past it the
 * embed scrolls inside its frame.
 * It also offers window.Linimasa.select(iframe, eventId) and .step(iframe, n)
 * to drive an embed from the page. See docs/embed.md.
 */
(function () {
  'use strict';
  if (window.Linimasa && window.Linimasa.version === 1) return;
  var MIN = 120;
  var MAX = 20000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-linimasa]'));
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, window.location.href).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'linimasa' || data.version !== 1 || data.type !== 'resize') return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        var cap = Number(frame.getAttribute('data-linimasa-max-height'));
        var max = isFinite(cap) && cap >= MIN ? Math.min(MAX, cap) : MAX;
        var height = Math.max(MIN, Math.min(max, Math.ceil(data.height)));
        frame.style.height = height + 'px';
        frame.setAttribute('data-linimasa-height', String(height));
        return;
      }
    }
  });

  function send(frame, message) {
    var origin = originOf(frame);
    if (!frame || !frame.contentWindow || !origin) return false;
    frame.contentWindow.postMessage(message, origin);
    return true;
  }

  window.Linimasa = {
    version: 1,
    /** Selects an event (by id) in the embed, or clears the selection with null. */
    select: function (frame, eventId) {
      return send(frame, { source: 'linimasa-host', version: 1, type: 'select', eventId: eventId });
    },
    /** Moves a presentation embed to step n (0 is the title). */
    step: function (frame, n) {
      return send(frame, { source: 'linimasa-host', version: 1, type: 'step', step: n });
    },
  };
})();
