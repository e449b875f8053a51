// Studio enhancements: drag questions to reorder them (Move up/down work without it), close
// an open "More" menu on Escape or a click elsewhere, scroll each evidence list to the
// sentence already picked, and say what is happening while a pack is drafted.
"use strict";

(function () {
  function questionItems(list) {
    return Array.from(list.querySelectorAll(":scope > li")).filter(function (li) {
      return li.querySelector("[data-question-id]");
    });
  }

  function enable(list) {
    questionItems(list).forEach(function (li) { li.draggable = true; });
  }

  function saveOrder(list) {
    var ids = questionItems(list).map(function (li) {
      return li.querySelector("[data-question-id]").dataset.questionId;
    });
    var values = { order: ids };
    // htmx sends the CSRF header from <body hx-headers> and swaps the refreshed list in.
    window.htmx.ajax("POST", list.dataset.reorderUrl, { target: "#questions", swap: "outerHTML", values: values });
  }

  document.addEventListener("dragstart", function (event) {
    var li = event.target.closest && event.target.closest("#questions > li");
    if (!li) { return; }
    li.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
  });

  document.addEventListener("dragover", function (event) {
    var list = document.getElementById("questions");
    var dragging = list && list.querySelector(".dragging");
    var over = event.target.closest && event.target.closest("#questions > li");
    if (!dragging || !over || over === dragging) { return; }
    event.preventDefault();
    var box = over.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    list.insertBefore(dragging, after ? over.nextSibling : over);
  });

  document.addEventListener("dragend", function (event) {
    var li = event.target.closest && event.target.closest("#questions > li");
    if (!li) { return; }
    li.classList.remove("dragging");
    saveOrder(document.getElementById("questions"));
  });

  function showPickedEvidence() {
    document.querySelectorAll(".evidence-options").forEach(function (box) {
      var picked = box.querySelector("input:checked");
      var option = picked && picked.closest(".evidence-option");
      if (option) { box.scrollTop = option.offsetTop - box.offsetTop - box.clientHeight / 3; }
    });
  }

  function init() {
    var list = document.getElementById("questions");
    if (list && window.htmx) { enable(list); }
    showPickedEvidence();
  }

  function closeMenus(except) {
    document.querySelectorAll("details.more-actions[open]").forEach(function (menu) {
      if (menu !== except) { menu.open = false; }
    });
  }

  document.addEventListener("click", function (event) {
    closeMenus(event.target.closest && event.target.closest("details.more-actions"));
  });

  document.addEventListener("keydown", function (event) {
    var open = event.key === "Escape" && event.target.closest && event.target.closest("details.more-actions[open]");
    if (open) {
      open.open = false;
      open.querySelector("summary").focus();
    }
  });

  // Drafting takes seconds: screen readers hear that it started, and a failure the server
  // could not answer in words (too large, a crash, no connection) is said in the page,
  // where the pasted text is still in its box (htmx swaps nothing on an error).
  function draftForm(event) {
    var elt = event.detail && event.detail.elt;
    return elt && elt.closest && elt.closest("[data-draft-form]");
  }

  function sayDraftStatus(form, text) {
    var status = form.querySelector("#draft-status");
    if (status) { status.textContent = text; }
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = draftForm(event);
    if (form) { sayDraftStatus(form, "Drafting the pack; this takes a few seconds."); }
  });

  function draftFailed(event) {
    var form = draftForm(event);
    if (!form) { return; }
    var xhr = event.detail.xhr;
    var reason = xhr && xhr.status === 413 ? "The article is too large to send; shorten it."
      : xhr && xhr.status ? "The server could not draft the pack (error " + xhr.status + ")."
      : "The server could not be reached.";
    var outcome = form.querySelector("#draft-outcome");
    var line = document.createElement("p");
    line.className = "form-error";
    line.setAttribute("role", "alert");
    line.textContent = "⚠ " + reason + " Your text is still here; try again.";
    outcome.replaceChildren(line);
    sayDraftStatus(form, "");
  }

  document.addEventListener("htmx:responseError", draftFailed);
  document.addEventListener("htmx:sendError", draftFailed);

  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
})();
