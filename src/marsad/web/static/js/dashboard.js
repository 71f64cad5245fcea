// The dashboard: map and timeline over the events the filters (the query string) select.
// The table is rendered by the server (htmx swaps it); after each swap the map and the
// timeline reload from /api/events with the table's own query string.
"use strict";

(function () {
  const M = window.marsad;
  const COLORS = {
    "Battles": "#d9480f",
    "Explosions/Remote violence": "#7048e8",
    "Violence against civilians": "#c2255c",
    "Protests": "#1c7ed6",
    "Riots": "#f08c00",
    "Strategic developments": "#2b8a3e",
  };
  const SYRIA = [[32.3, 35.6], [37.35, 42.4]];
  // the map draws every matching event, up to the API's page limit
  const MAP_LIMIT = 5000;
  let map = null;
  let markers = null;
  let timeline = null;
  let loaded = null;  // the query string the map and timeline show

  function color(type) { return COLORS[type] || "#495057"; }

  function boundaryLayer(url, style, label) {
    return M.getJSON(url).then(function (geojson) {
      return L.geoJSON(geojson, {
        style: style,
        interactive: false,
        onEachFeature: function (feature, layer) {
          if (label) {
            layer.bindTooltip(feature.properties.name_ar, {
              permanent: true, direction: "center", className: "gov-label",
            });
          }
        },
      });
    });
  }

  function initMap() {
    map = L.map("map", { zoomSnap: 0.25, minZoom: 5, maxZoom: 13, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Mesoshapes (CC0) via Who's On First");
    map.fitBounds(SYRIA);
    const districts = boundaryLayer("/api/boundaries/districts", {
      color: "#9aa5b1", weight: 0.6, fill: false, dashArray: "2 3",
    }, false);
    const governorates = boundaryLayer("/api/boundaries/governorates", {
      color: "#52606d", weight: 1.4, fillColor: "#f8f5ee", fillOpacity: 1,
    }, true);
    return Promise.all([governorates, districts]).then(function (layers) {
      layers[0].addTo(map);
      layers[1].addTo(map);
      markers = L.featureGroup().addTo(map);
    });
  }

  function popup(event) {
    const box = M.el("div", null, { class: "event-popup" });
    box.appendChild(M.el("div", M.t(event.event_type) + " / " + M.t(event.sub_event_type),
      { class: "popup-title" }));
    const rows = [
      [M.t("col.date"), event.date || "—"],
      [M.t("col.place"), [event.location.name, event.location.admin1].filter(Boolean).join("، ")],
      [M.t("col.actor1"), event.actor1 ? event.actor1.name : "—"],
      [M.t("col.actor2"), event.actor2 ? event.actor2.name : "—"],
      [M.t("col.fatalities"), String(event.fatalities)],
    ];
    for (const [name, value] of rows) {
      const line = M.el("div");
      line.appendChild(M.el("strong", name + ": "));
      line.appendChild(M.el("bdi", value));
      box.appendChild(line);
    }
    box.appendChild(M.el("a", M.t("action.open_event"),
      { href: event.links.html, class: "popup-link" }));
    return box;
  }

  function drawMarkers(events) {
    markers.clearLayers();
    let unplaced = 0;
    for (const event of events) {
      const loc = event.location;
      if (loc.lat === null || loc.lon === null) { unplaced += 1; continue; }
      const radius = 5 + Math.min(10, Math.sqrt(event.fatalities || 0) * 2);
      L.circleMarker([loc.lat, loc.lon], {
        radius: radius, color: "#212529", weight: 1, fillColor: color(event.event_type),
        fillOpacity: 0.85, className: "event-marker",
      }).bindPopup(popup(event)).addTo(markers);
    }
    const status = document.getElementById("map-status");
    status.textContent = M.t("msg.placed", { placed: events.length - unplaced, unplaced: unplaced });
    status.dir = M.lang() === "en" ? "ltr" : "rtl";
  }

  function drawLegend() {
    const legend = document.getElementById("legend");
    legend.replaceChildren();
    for (const [type, hex] of Object.entries(COLORS)) {
      const item = M.el("span", null, { class: "legend-item" });
      const swatch = M.el("span", null, { class: "swatch", "data-color": hex });
      swatch.style.backgroundColor = hex;
      item.appendChild(swatch);
      item.appendChild(M.el("span", M.t(type)));
      legend.appendChild(item);
    }
  }

  function drawTimeline(events) {
    const container = document.getElementById("timeline");
    const dated = events.filter(function (e) { return e.date; });
    const types = Array.from(new Set(dated.map(function (e) { return e.event_type; })));
    const groups = new vis.DataSet(types.map(function (type) {
      return { id: type, content: M.el("span", M.t(type)) };
    }));
    const items = new vis.DataSet(dated.map(function (e) {
      const label = [M.t(e.sub_event_type), e.location.name].filter(Boolean).join(" — ");
      const content = M.el("span", label);
      content.style.borderInlineStart = "3px solid " + color(e.event_type);
      return {
        id: e.event_id, group: e.event_type, start: e.date, content: content,
        title: label, className: "event-item",
      };
    }));
    if (timeline) { timeline.destroy(); }
    timeline = new vis.Timeline(container, items, groups, Object.assign(window_(dated), {
      rtl: true, stack: true, maxHeight: 460, zoomMin: 1000 * 60 * 60 * 24 * 7,
      orientation: "top", selectable: true, margin: { item: 3 }, type: "point",
      locale: calendarLocale(),
      // many events in a few days collapse into one numbered box until zoomed in
      cluster: { maxItems: 4, showStipes: true, fitOnDoubleClick: true },
    }));
    timeline.on("select", function (properties) {
      if (properties.items.length) {
        window.location.href = "/events/" + encodeURIComponent(properties.items[0]);
      }
    });
    const status = document.getElementById("timeline-status");
    status.textContent = M.t("msg.dated", { dated: dated.length, undated: events.length - dated.length });
    status.dir = M.lang() === "en" ? "ltr" : "rtl";
  }

  // All events in view, with room on the late side (drawn on the left in RTL) for the
  // labels, which extend past their dot. (Passed as start/end: without them the
  // timeline fits itself once drawn, labels cut off.)
  function window_(dated) {
    if (!dated.length) { return {}; }
    const times = dated.map(function (e) { return Date.parse(e.date); });
    const first = Math.min.apply(null, times);
    const last = Math.max.apply(null, times);
    const span = Math.max(last - first, 1000 * 60 * 60 * 24 * 30);
    return { start: first - span * 0.03, end: last + span * 0.2 };
  }

  // Levantine month names (كانون الثاني …) for the axis in Arabic; moment's English otherwise
  function calendarLocale() {
    if (M.lang() !== "ar" || !vis.moment) { return "en"; }
    if (!vis.moment.locales().includes("ar-levant")) {
      const months = M.labels["calendar.months"].ar.split("|");
      const weekdays = M.labels["calendar.weekdays"].ar.split("|");
      const previous = vis.moment.locale();
      vis.moment.defineLocale("ar-levant", {
        months: months, monthsShort: months, weekdays: weekdays,
        weekdaysShort: weekdays, weekdaysMin: weekdays,
      });
      vis.moment.locale(previous);  // defineLocale also makes it the global default
    }
    return "ar-levant";
  }

  async function reload(query) {
    loaded = query;
    const params = new URLSearchParams(query);
    params.delete("offset");
    params.set("limit", String(MAP_LIMIT));
    const page = await M.getJSON("/api/events?" + params.toString());
    drawMarkers(page.items);
    drawTimeline(page.items);
  }

  async function start() {
    await M.loadLabels();
    drawLegend();
    await initMap();
    await reload(M.pageData().query || "");
    // htmx swaps the table (outerHTML), so listen on the body and compare queries
    document.body.addEventListener("htmx:afterSettle", function () {
      const table = document.getElementById("events-table");
      const query = table ? table.dataset.query || "" : "";
      if (query !== loaded) { reload(query); }
    });
    document.addEventListener("marsad:lang", function () {
      drawLegend();
      reload(loaded || "");
    });
    document.body.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", function () {
    start().catch(function (error) { console.error("dashboard:", error); });
  });
})();
