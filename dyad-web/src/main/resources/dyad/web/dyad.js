// dyad pages: the ladder's date slider. Everything else works without script.
"use strict";
(function () {
  var form = document.getElementById("ladder-form");
  if (!form) {
    return;
  }
  var slider = document.getElementById("as-of-slider");
  var label = document.getElementById("as-of-label");
  var month = document.getElementById("as-of-month");
  var rungs = document.getElementById("ladder-rungs");
  var first = form.getAttribute("data-first").split("-");
  var owner = form.getAttribute("data-owner");
  var pending = null;

  function monthAt(index) {
    var total = parseInt(first[0], 10) * 12 + parseInt(first[1], 10) - 1 + index;
    var y = Math.floor(total / 12);
    var m = total % 12 + 1;
    return y + "-" + (m < 10 ? "0" + m : "" + m);
  }

  function load(asOf) {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    rungs.setAttribute("aria-busy", "true");
    fetch("/ladder/" + encodeURIComponent(owner) + "/rungs?as_of=" + encodeURIComponent(asOf),
        {signal: pending.signal, credentials: "same-origin"})
      .then(function (r) {
        if (!r.ok) {
          throw new Error("HTTP " + r.status);
        }
        return r.text();
      })
      .then(function (html) {
        // The fragment is this server's own markup, every article string in it escaped.
        rungs.innerHTML = html;
        rungs.removeAttribute("aria-busy");
        rungs.setAttribute("data-loaded", asOf);
        history.replaceState(null, "", "?as_of=" + encodeURIComponent(asOf));
      })
      .catch(function (e) {
        if (e.name !== "AbortError") {
          rungs.removeAttribute("aria-busy");
          label.textContent = asOf + " (could not load: " + e.message + ")";
        }
      });
  }

  slider.addEventListener("input", function () {
    var asOf = monthAt(parseInt(slider.value, 10));
    label.textContent = asOf;
    month.value = asOf;
  });
  slider.addEventListener("change", function () {
    load(monthAt(parseInt(slider.value, 10)));
  });
  form.addEventListener("submit", function (ev) {
    if (month.value) {
      ev.preventDefault();
      var parts = month.value.split("-");
      var index = (parseInt(parts[0], 10) - parseInt(first[0], 10)) * 12 + parseInt(parts[1], 10)
        - parseInt(first[1], 10);
      slider.value = String(index);
      label.textContent = month.value;
      load(month.value);
    }
  });
}());
