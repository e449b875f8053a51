// Share and challenge buttons of the result page: the Web Share API where the browser has
// it, else the clipboard, else a selected link to copy by hand. Without this file the
// buttons stay hidden and the page offers the links themselves (<noscript>).
"use strict";
(function () {
  function announce(message) {
    var status = document.querySelector("[data-copy-status]");
    if (status) { status.textContent = message; }
  }

  function showFallback(url) {
    // Clipboard refused (an insecure origin, a denied permission): select the link instead.
    var box = document.querySelector("[data-copy-fallback]");
    var input = document.querySelector("[data-copy-fallback-input]");
    if (!box || !input) { return; }
    input.value = url;
    box.hidden = false;
    input.focus();
    input.select();
    announce("Press Ctrl+C (or Cmd+C) to copy the selected link.");
  }

  function copy(button) {
    var url = button.getAttribute("data-share-url");
    var done = function () { announce(button.getAttribute("data-share-done") || "Link copied."); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, function () { showFallback(url); });
    } else {
      showFallback(url);
    }
  }

  function share(button) {
    var data = {
      title: button.getAttribute("data-share-title"),
      text: button.getAttribute("data-share-text"),
      url: button.getAttribute("data-share-url")
    };
    if (navigator.share && (!navigator.canShare || navigator.canShare(data))) {
      navigator.share(data).then(function () { announce("Shared."); }, function (error) {
        // The player closed the share sheet: nothing to do. Anything else: copy instead.
        if (!error || error.name !== "AbortError") { copy(button); }
      });
    } else {
      copy(button);
    }
  }

  function init() {
    document.querySelectorAll("button[data-share]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { share(button); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
