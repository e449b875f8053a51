// Site-wide progressive enhancements; every page works without this file.
// Controls that only work with JavaScript ship with `hidden` and data-js-show; this
// shows them, on the first page and in every fragment htmx swaps in.
"use strict";
(function () {
  function reveal(root) {
    (root || document).querySelectorAll("[data-js-show][hidden]").forEach(function (el) {
      el.hidden = false;
    });
  }
  document.addEventListener("DOMContentLoaded", function () { reveal(document); });
  document.addEventListener("htmx:load", function (event) { reveal(event.target); });
})();
