// The actor and person network (Cytoscape): nodes are entities, edges relations and
// shared events of the events the filters select.
"use strict";

(function () {
  const M = window.marsad;
  const NODE_COLORS = { PER: "#c2410c", ORG: "#1d4ed8", LOC: "#15803d" };
  const EDGE_COLORS = {
    event: "#adb5bd", alias_of: "#868e96", member_of: "#1971c2", leads: "#2f9e44",
    facilitated_by: "#e8590c", killed_by: "#c92a2a",
  };
  let cy = null;

  function label(node) {
    return M.lang() === "en" && node.latin ? node.latin : node.label;
  }

  function legend() {
    const box = document.getElementById("network-legend");
    box.replaceChildren();
    for (const [type, hex] of Object.entries(NODE_COLORS)) {
      const item = M.el("span", null, { class: "legend-item" });
      const swatch = M.el("span", null, { class: "swatch" });
      swatch.style.backgroundColor = hex;
      item.append(swatch, M.el("span", M.t("entity." + type)));
      box.appendChild(item);
    }
    for (const [kind, hex] of Object.entries(EDGE_COLORS)) {
      const item = M.el("span", null, { class: "legend-item" });
      const swatch = M.el("span", null, { class: "swatch line" });
      swatch.style.backgroundColor = hex;
      item.append(swatch, M.el("span", M.t(kind)));
      box.appendChild(item);
    }
  }

  function elements(graph) {
    const nodes = graph.nodes.map(function (n) {
      return { data: { id: n.id, label: label(n), name: n.label, latin: n.latin, type: n.type,
        weight: n.weight, url: n.url } };
    });
    const edges = graph.edges.map(function (e) {
      return { data: { id: e.id, source: e.source, target: e.target, kind: e.kind,
        weight: e.weight, label: e.kind === "event" ? "" : M.t(e.kind) } };
    });
    return nodes.concat(edges);
  }

  function style() {
    return [
      { selector: "node", style: {
        "label": "data(label)", "font-size": 13, "text-valign": "bottom", "text-margin-y": 3,
        "font-family": "Noto Sans Arabic, DejaVu Sans, sans-serif",
        "width": "mapData(weight, 1, 20, 14, 44)", "height": "mapData(weight, 1, 20, 14, 44)",
        "background-color": "#495057", "color": "#212529",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8,
        "text-background-padding": 1 } },
      ...Object.entries(NODE_COLORS).map(function ([type, hex]) {
        return { selector: 'node[type = "' + type + '"]', style: { "background-color": hex } };
      }),
      { selector: "edge", style: {
        "width": "mapData(weight, 1, 10, 1, 6)", "line-color": "#ced4da", "curve-style": "bezier",
        "label": "data(label)", "font-size": 9, "color": "#495057",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8 } },
      ...Object.entries(EDGE_COLORS).map(function ([kind, hex]) {
        const arrow = kind === "event" ? "none" : "triangle";
        return { selector: 'edge[kind = "' + kind + '"]', style: {
          "line-color": hex, "target-arrow-color": hex, "target-arrow-shape": arrow } };
      }),
      { selector: 'edge[kind = "alias_of"]', style: { "line-style": "dashed" } },
    ];
  }

  async function start() {
    await M.loadLabels();
    legend();
    const query = M.pageData().query || "";
    const graph = await M.getJSON("/api/network?" + query);
    const status = document.getElementById("network-status");
    status.textContent = M.t("msg.graph_size", { nodes: graph.nodes.length, edges: graph.edges.length }) +
      (graph.dropped_nodes ? " · " + graph.dropped_nodes + " " + M.t("msg.dropped_nodes") : "");
    cy = cytoscape({
      container: document.getElementById("network"),
      elements: elements(graph),
      style: style(),
      // spread out enough that Arabic labels (wider than the nodes) do not overlap
      layout: { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
        nodeRepulsion: 30000, idealEdgeLength: 60, edgeElasticity: 100, nodeOverlap: 20,
        gravity: 1.5, numIter: 2500, componentSpacing: 40, padding: 10 },
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "node", function (event) {
      window.location.href = event.target.data("url");
    });
    document.addEventListener("marsad:lang", function () {
      legend();
      cy.nodes().forEach(function (node) {
        node.data("label", label({ label: node.data("name"), latin: node.data("latin") }));
      });
      cy.edges().forEach(function (edge) {
        if (edge.data("kind") !== "event") { edge.data("label", M.t(edge.data("kind"))); }
      });
    });
    window.marsadNetwork = cy;
    document.body.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", function () {
    start().catch(function (error) { console.error("network:", error); });
  });
})();
