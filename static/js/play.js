// The play page's enhancements: the countdown ring, keys 1-9 and Enter, focus after swaps,
// optional sound (off by default) and optional auto-advance after an answer.
// The server keeps the real time; this only shows it and asks the server when it runs out.
"use strict";
(function () {
  const AUTO_KEY = "quiz.autoAdvance";
  const SOUND_KEY = "quiz.sound";
  const AUTO_SECONDS = 5;
  const LOW_SECONDS = 5;
  let timer = null;
  let autoTimer = null;
  let audio = null;

  function stored(key) {
    try { return window.localStorage.getItem(key) === "on"; } catch (e) { return false; }
  }
  function store(key, on) {
    try { window.localStorage.setItem(key, on ? "on" : "off"); } catch (e) { /* private mode */ }
  }

  // Sound: short synthesized tones, only after the player turned it on.
  function beep(frequency, duration, when) {
    if (!stored(SOUND_KEY)) return;
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    audio = audio || new Context();
    const start = audio.currentTime + (when || 0);
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.08, start);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + duration);
    osc.connect(gain).connect(audio.destination);
    osc.start(start);
    osc.stop(start + duration);
  }

  function syncSoundButton() {
    const button = document.querySelector("[data-sound-toggle]");
    if (button) button.setAttribute("aria-pressed", stored(SOUND_KEY) ? "true" : "false");
  }

  function startCountdown() {
    if (timer) { clearInterval(timer); timer = null; }
    const box = document.querySelector("[data-countdown]");
    if (!box) return;
    const total = parseFloat(box.dataset.seconds);
    const limit = parseFloat(box.dataset.limit) || total;
    const shown = box.querySelector(".countdown-value");
    const ring = box.querySelector(".ring-fill");
    const started = performance.now();
    let asked = false;
    let lastTick = Math.ceil(total);
    timer = setInterval(function () {
      const left = Math.max(total - (performance.now() - started) / 1000, 0);
      const whole = Math.ceil(left);
      shown.textContent = String(whole);
      if (ring) ring.setAttribute("stroke-dashoffset", (100 * (1 - left / limit)).toFixed(1));
      box.classList.toggle("is-low", left <= LOW_SECONDS);
      if (whole < lastTick && whole <= 3 && whole > 0) beep(880, 0.08);
      lastTick = whole;
      if (left <= 0 && !asked && window.htmx) {
        // Ask the server for this card again: once its time is up it answers "Time's up".
        asked = true;
        clearInterval(timer);
        timer = null;
        window.htmx.ajax("GET", box.dataset.expireUrl, { target: "#card", swap: "outerHTML" });
      }
    }, 100);
  }

  function stopAutoAdvance() {
    if (autoTimer) { clearInterval(autoTimer); autoTimer = null; }
    const next = document.querySelector("#card [data-next]");
    const fill = next && next.querySelector(".auto-fill");
    if (fill) fill.remove();
    const label = next && next.querySelector(".next-label");
    if (label && label.dataset.label) label.textContent = label.dataset.label;
  }

  function startAutoAdvance() {
    stopAutoAdvance();
    const card = document.getElementById("card");
    const toggle = card && card.querySelector("[data-auto-advance]");
    if (!toggle) return;
    toggle.checked = stored(AUTO_KEY);
    if (!toggle.checked) return;
    const next = card.querySelector("[data-next]");
    const label = next.querySelector(".next-label");
    label.dataset.label = label.textContent;
    const fill = document.createElement("span");
    fill.className = "auto-fill";
    next.appendChild(fill);
    const started = performance.now();
    autoTimer = setInterval(function () {
      const spent = (performance.now() - started) / 1000;
      const left = Math.max(AUTO_SECONDS - spent, 0);
      label.textContent = label.dataset.label + " in " + Math.ceil(left);
      fill.style.width = (100 * spent / AUTO_SECONDS).toFixed(1) + "%";
      if (left <= 0) { stopAutoAdvance(); next.click(); }
    }, 100);
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
      const options = card.querySelectorAll("form.options button.tile");
      const button = options[Number(event.key) - 1];
      if (button) { event.preventDefault(); button.click(); }
    } else if (event.key === "Enter") {
      // A focused link, button or summary already acts on Enter by itself.
      if (event.target.closest && event.target.closest("a, button, summary")) return;
      const next = card.querySelector("[data-next]");
      if (next) { event.preventDefault(); next.click(); }
    }
  });

  document.addEventListener("change", function (event) {
    if (event.target.matches("[data-auto-advance]")) {
      store(AUTO_KEY, event.target.checked);
      if (event.target.checked) startAutoAdvance(); else stopAutoAdvance();
    }
  });

  document.addEventListener("click", function (event) {
    const sound = event.target.closest && event.target.closest("[data-sound-toggle]");
    if (sound) {
      store(SOUND_KEY, !stored(SOUND_KEY));
      syncSoundButton();
      beep(660, 0.1);
    }
  });

  // Reading the article's sentence pauses auto-advance: the player is busy.
  document.addEventListener("toggle", function (event) {
    if (event.target.matches && event.target.matches("#card details") && event.target.open) stopAutoAdvance();
  }, true);

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
    if (card && card.classList.contains("feedback-right")) { beep(660, 0.09); beep(990, 0.14, 0.09); }
    else if (card && card.classList.contains("feedback-card")) beep(180, 0.25);
    startCountdown();
    startAutoAdvance();
  });

  document.addEventListener("DOMContentLoaded", function () {
    syncSoundButton();
    startCountdown();
    startAutoAdvance();
  });
})();
