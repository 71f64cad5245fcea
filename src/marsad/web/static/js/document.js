// The document view: bring the focused event's sentence into view.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  const focus = document.querySelector(".article mark.evidence.focus");
  if (focus) { focus.scrollIntoView({ block: "center" }); }
  document.body.dataset.ready = "true";
});
