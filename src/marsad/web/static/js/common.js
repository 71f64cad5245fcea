// Shared by every page: the Arabic/English label toggle and small helpers.
// No inline scripts anywhere (CSP script-src 'self'): page data comes from
// <script type="application/json" id="page-data"> blocks or from the API.
"use strict";

// vis-timeline's standalone build injects its CSS as <style> elements. The CSP
// (style-src 'self') blocks them and logs an error for each; the same CSS is linked as
// a file (vis-timeline-graph2d.min.css), so such elements are dropped before insertion.
(function () {
  const head = document.head;
  for (const method of ["appendChild", "insertBefore"]) {
    const original = head[method].bind(head);
    head[method] = function (node, ...rest) {
      if (node && node.nodeName === "STYLE") { return node; }
      return original(node, ...rest);
    };
  }
})();

(function () {
  const KEY = "marsad.ui-lang";
  const root = document.documentElement;
  let saved = null;
  try { saved = window.localStorage.getItem(KEY); } catch (e) { /* storage disabled */ }
  if (saved === "en" || saved === "ar") { root.dataset.uiLang = saved; }

  document.addEventListener("DOMContentLoaded", function () {
    const button = document.getElementById("lang-toggle");
    if (!button) { return; }
    button.addEventListener("click", function () {
      const next = root.dataset.uiLang === "en" ? "ar" : "en";
      root.dataset.uiLang = next;
      try { window.localStorage.setItem(KEY, next); } catch (e) { /* ignore */ }
      document.dispatchEvent(new CustomEvent("marsad:lang", { detail: next }));
    });
  });
})();

window.marsad = {
  pageData: function () {
    const node = document.getElementById("page-data");
    return node ? JSON.parse(node.textContent) : {};
  },
  lang: function () { return document.documentElement.dataset.uiLang || "ar"; },
  labels: null,
  loadLabels: async function () {
    if (!window.marsad.labels) {
      const response = await fetch("/static/labels.json");
      window.marsad.labels = await response.json();
    }
    return window.marsad.labels;
  },
  // a label in the reader's language, {name} placeholders filled from values;
  // unknown keys show as they are
  t: function (key, values) {
    const entry = window.marsad.labels && window.marsad.labels[key];
    const text = entry ? entry[window.marsad.lang()] : (key || "");
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return values && name in values ? String(values[name]) : all;
    });
  },
  // an element with text content: article-derived strings never become HTML
  el: function (tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    for (const [name, value] of Object.entries(attrs || {})) { node.setAttribute(name, value); }
    return node;
  },
  getJSON: async function (url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) { throw new Error(url + ": " + response.status); }
    return response.json();
  },
};
