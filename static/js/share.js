// Copy buttons of the result page. Without this file the links stay in read-only inputs.
"use strict";
(function () {
  function announce(message) {
    var status = document.querySelector("[data-copy-status]");
    if (status) { status.textContent = message; }
  }

  function copy(button) {
    var input = document.getElementById(button.getAttribute("data-copy"));
    if (!input) { return; }
    var done = function () { announce("Link copied."); };
    var fallback = function () {
      // Older browsers or insecure origins: select the text so the user can copy it.
      input.focus();
      input.select();
      announce("Press Ctrl+C (or Cmd+C) to copy the selected link.");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(input.value).then(done, fallback);
    } else {
      fallback();
    }
  }

  function init() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { copy(button); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
