// Studio enhancements: drag questions to reorder them (Move up/down work without it), close
// an open "More" menu on Escape or a click elsewhere, and scroll each evidence list to the
// sentence already picked.
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

  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
})();
