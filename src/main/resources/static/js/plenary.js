// Tells Plenary the browser's time zone, so that times are shown in it (an account's own choice still comes first).
// Without JavaScript the pages work the same, in UTC or the account's zone.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('plenary-tz=' + zone) < 0) {
      document.cookie = 'plenary-tz=' + zone + '; path=/; max-age=31536000; samesite=lax';
    }
  } catch (e) {
    // An old browser without Intl: times stay in UTC, and the page says so.
  }
})();

// On a phone the menu starts folded (without JavaScript it stays open, and wraps).
document.addEventListener('DOMContentLoaded', function () {
  var menu = document.querySelector('details.menu');
  if (menu && window.matchMedia('(max-width: 50rem)').matches) {
    menu.open = false;
  }
});

// After htmx puts new content in the page, move the reader there: to a field marked autofocus, else the first field
// with an error, else the new content itself, and bring it into view.
document.addEventListener('htmx:afterSettle', function (event) {
  var target = event.detail.elt;
  if (!target || !target.isConnected) {
    return;
  }
  var focus = target.querySelector('[autofocus], [aria-invalid="true"], .field-error')
    || target.querySelector('input:not([type=hidden]), select, textarea, h2, h3');
  if (!focus) {
    focus = target;
  }
  if (!focus.matches('input, select, textarea, button, a[href]') && !focus.hasAttribute('tabindex')) {
    focus.setAttribute('tabindex', '-1');
  }
  focus.focus({ preventScroll: true });
  focus.scrollIntoView({ block: 'center', behavior: 'smooth' });
});
