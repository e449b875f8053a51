// The play page's enhancements: a ticking countdown, keys 1-9 and Enter, focus after swaps.
// The server keeps the real time; this only shows it and asks the server when it runs out.
"use strict";
(function () {
  let timer = null;

  function startCountdown() {
    if (timer) { clearInterval(timer); timer = null; }
    const box = document.querySelector("[data-countdown]");
    if (!box) return;
    const total = parseFloat(box.dataset.seconds);
    const shown = box.querySelector(".countdown-value");
    const bar = box.querySelector("progress");
    const started = performance.now();
    let asked = false;
    timer = setInterval(function () {
      const left = Math.max(total - (performance.now() - started) / 1000, 0);
      shown.textContent = String(Math.ceil(left));
      if (bar) bar.value = left;
      box.classList.toggle("is-low", left <= 5);
      if (left <= 0 && !asked && window.htmx) {
        // Ask the server for this card again: once its time is up it answers "Time's up".
        asked = true;
        clearInterval(timer);
        timer = null;
        window.htmx.ajax("GET", box.dataset.expireUrl, { target: "#card", swap: "outerHTML" });
      }
    }, 200);
  }

  function typing(event) {
    const el = event.target;
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event)) return;
    const card = document.getElementById("card");
    if (!card) return;
    if (/^[1-9]$/.test(event.key)) {
      const options = card.querySelectorAll("form.options button.option");
      const button = options[Number(event.key) - 1];
      if (button) { event.preventDefault(); button.click(); }
    } else if (event.key === "Enter") {
      // A focused link or button already acts on Enter by itself.
      if (event.target.closest && event.target.closest("a, button")) return;
      const next = card.querySelector("[data-next]");
      if (next) { event.preventDefault(); next.click(); }
    }
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    // Refusals (400/409) carry a card explaining why: show it instead of doing nothing.
    const status = event.detail.xhr.status;
    if (status === 400 || status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    if (!event.detail.target || event.detail.target.id !== "card") return;
    const card = document.getElementById("card");
    const heading = card && card.querySelector("h2[tabindex]");
    if (heading) heading.focus();
    startCountdown();
  });

  document.addEventListener("DOMContentLoaded", startCountdown);
})();
