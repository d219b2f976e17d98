// Attack Ledger report: the map, the timeline and the filters, from window.LEDGER_DATA.
// Data is only ever written with textContent (never innerHTML): article text stays text.
(function () {
  "use strict";
  var data = window.LEDGER_DATA;
  var attacks = data.attacks;
  var WEAPON_COLOURS = {
    drone: "#d62728", rocket: "#ff7f0e", missile: "#9467bd", mortar: "#8c564b",
    artillery: "#bcbd22", airstrike: "#1f77b4", ied: "#e377c2", small_arms: "#2ca02c",
    other: "#17becf", unknown: "#7f7f7f"
  };
  var COUNTRY_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7"];
  var form = document.getElementById("filters");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  // The filters: read from the URL on load, written back on every change.
  var FIELDS = ["weapon", "country", "by", "from", "to", "min_killed"];
  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    FIELDS.forEach(function (name) {
      if (params.has(name)) { form.elements[name].value = params.get(name); }
    });
  }
  function writeUrl() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var value = form.elements[name].value;
      if (value) { params.set(name, value); }
    });
    var query = params.toString();
    try {
      window.history.replaceState(null, "", query ? "?" + query : window.location.pathname);
    } catch (err) { /* some browsers refuse this on file:// pages; the filters still work */ }
  }
  function matches(a) {
    var f = form.elements;
    if (f.weapon.value && a.weapon !== f.weapon.value) { return false; }
    if (f.country.value && a.country !== f.country.value) { return false; }
    if (f.by.value && a.by !== f.by.value) { return false; }
    if (f.from.value && (!a.date || a.date_end < f.from.value)) { return false; }
    if (f.to.value && (!a.date || a.date > f.to.value)) { return false; }
    if (f.min_killed.value !== "" && !(a.killed >= Number(f.min_killed.value))) { return false; }
    return true;
  }

  // The map: a Natural Earth basemap and one circle per located attack.
  var map = L.map("map", { worldCopyJump: true, preferCanvas: false, attributionControl: true });
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Natural Earth");
  L.geoJSON(window.LEDGER_BASEMAP, {
    style: { color: "#9aa5b1", weight: 0.6, fillColor: "#f7f5ef", fillOpacity: 1 },
    interactive: false
  }).addTo(map);
  var markers = L.layerGroup().addTo(map);

  // 5 px with no death, then growing with the logarithm: 3 killed 12 px, 20 killed 20 px.
  function radius(a) {
    return Math.min(32, 5 + 3.5 * Math.log2(1 + Math.max(0, a.killed || 0)));
  }
  function popup(a) {
    var box = el("div");
    var title = el("a", { href: "attacks/" + a.id + ".html", "class": "popup-title" },
      a.weapon + " at " + (a.place || "an unknown place"));
    box.appendChild(title);
    box.appendChild(el("div", {}, (a.date || "undated") + (a.country ? " · " + a.country : "")));
    box.appendChild(el("div", {}, "killed " + (a.killed === null ? "?" : a.killed) +
      ", wounded " + (a.wounded === null ? "?" : a.wounded) + " · " + a.articles + " articles"));
    if (a.by) { box.appendChild(el("div", {}, "by " + a.by)); }
    return box;
  }

  function drawMap(shown) {
    markers.clearLayers();
    var bounds = [];
    shown.forEach(function (a) {
      if (a.lat === null || a.lon === null) { return; }
      var colour = WEAPON_COLOURS[a.weapon] || WEAPON_COLOURS.other;
      L.circleMarker([a.lat, a.lon], {
        radius: radius(a), color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.75,
        className: "attack-marker"
      }).bindPopup(popup(a)).addTo(markers);
      bounds.push([a.lat, a.lon]);
    });
    document.getElementById("on-map").textContent = String(bounds.length);
    if (bounds.length) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 });
    } else {
      map.setView([25, 20], 2);
    }
  }

  function drawLegend() {
    var legend = document.getElementById("legend");
    var present = {};
    attacks.forEach(function (a) { present[a.weapon] = true; });
    Object.keys(WEAPON_COLOURS).forEach(function (w) {
      if (!present[w]) { return; }
      var item = el("span");
      item.appendChild(el("span", { "class": "swatch", style: "background:" + WEAPON_COLOURS[w] }));
      item.appendChild(document.createTextNode(w));
      legend.appendChild(item);
    });
    legend.appendChild(el("span", {}, "size: people killed"));
  }

  // The timeline: attacks per week (per month over two years), stacked by country.
  function monday(iso) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d;
  }
  function drawTimeline(shown) {
    var box = document.getElementById("timeline");
    box.textContent = "";
    var dated = shown.filter(function (a) { return a.date; });
    if (!dated.length) { box.appendChild(el("p", {}, "No dated attack to show.")); return; }
    var days = dated.map(function (a) { return monday(a.date).getTime(); });
    var first = Math.min.apply(null, days), last = Math.max.apply(null, days);
    var byMonth = (last - first) > 104 * 7 * 864e5;
    document.getElementById("bin").textContent = byMonth ? "month" : "week";
    function key(a) {
      if (byMonth) { return a.date.slice(0, 7); }
      return monday(a.date).toISOString().slice(0, 10);
    }
    var bins = [];
    if (byMonth) {
      var d = new Date(first);
      d.setUTCDate(1);
      while (d.getTime() <= last) {
        bins.push(d.toISOString().slice(0, 7));
        d.setUTCMonth(d.getUTCMonth() + 1);
      }
    } else {
      for (var t = first; t <= last; t += 7 * 864e5) {
        bins.push(new Date(t).toISOString().slice(0, 10));
      }
    }
    var totals = {};
    dated.forEach(function (a) { var c = a.country || "unknown"; totals[c] = (totals[c] || 0) + 1; });
    var countries = Object.keys(totals).sort(function (x, y) {
      return totals[y] - totals[x] || (x < y ? -1 : 1);
    });
    var named = countries.slice(0, COUNTRY_COLOURS.length - 1);
    function group(a) {
      var c = a.country || "unknown";
      return named.indexOf(c) >= 0 ? c : "other countries";
    }
    var groups = named.slice();
    if (countries.length > named.length) { groups.push("other countries"); }
    var counts = {};
    dated.forEach(function (a) {
      var k = key(a) + "|" + group(a);
      counts[k] = (counts[k] || 0) + 1;
    });
    var peak = 1;
    bins.forEach(function (b) {
      var sum = 0;
      groups.forEach(function (g) { sum += counts[b + "|" + g] || 0; });
      peak = Math.max(peak, sum);
    });
    var W = 600, H = 220, left = 28, bottom = 30, top = 8;
    var step = (W - left - 4) / bins.length;
    var chart = svg("svg", { viewBox: "0 0 " + W + " " + (H + 16 * Math.ceil(groups.length / 3)),
      role: "img", "aria-label": "attacks per " + (byMonth ? "month" : "week") + " and country" });
    for (var y = 0; y <= peak; y += Math.max(1, Math.ceil(peak / 4))) {
      var gy = H - bottom - (H - bottom - top) * y / peak;
      chart.appendChild(svg("line", { x1: left, x2: W, y1: gy, y2: gy, stroke: "#eee" }));
      var label = svg("text", { x: left - 4, y: gy + 3, "text-anchor": "end", "class": "axis" });
      label.textContent = String(y);
      chart.appendChild(label);
    }
    bins.forEach(function (b, i) {
      var base = H - bottom;
      groups.forEach(function (g, j) {
        var n = counts[b + "|" + g] || 0;
        if (!n) { return; }
        var h = (H - bottom - top) * n / peak;
        var bar = svg("rect", { x: left + i * step + 0.5, y: base - h,
          width: Math.max(1, step - 1), height: h, fill: COUNTRY_COLOURS[j], "class": "bar" });
        var tip = svg("title", {});
        tip.textContent = b + ": " + n + " in " + g;
        bar.appendChild(tip);
        chart.appendChild(bar);
        base -= h;
      });
      var every = Math.max(1, Math.ceil(bins.length / 8));
      if (i % every === 0) {
        var tick = svg("text", { x: left + i * step, y: H - bottom + 14, "class": "axis" });
        tick.textContent = b;
        chart.appendChild(tick);
      }
    });
    groups.forEach(function (g, j) {
      var gx = left + (j % 3) * 190, gy = H + 4 + 16 * Math.floor(j / 3);
      chart.appendChild(svg("rect", { x: gx, y: gy - 9, width: 10, height: 10,
        fill: COUNTRY_COLOURS[j] }));
      var name = svg("text", { x: gx + 14, y: gy, "class": "axis" });
      var n = 0;
      dated.forEach(function (a) { if (group(a) === g) { n += 1; } });
      name.textContent = g + " (" + n + ")";
      chart.appendChild(name);
    });
    box.appendChild(chart);
  }

  function apply() {
    var shown = attacks.filter(matches);
    var ids = {};
    shown.forEach(function (a) { ids[a.id] = true; });
    Array.prototype.forEach.call(document.querySelectorAll("#attacks tbody tr"), function (row) {
      row.hidden = !ids[row.getAttribute("data-id")];
    });
    document.getElementById("shown").textContent = String(shown.length);
    drawMap(shown);
    drawTimeline(shown);
  }

  readUrl();
  drawLegend();
  apply();
  form.addEventListener("change", function () { writeUrl(); apply(); });
  form.addEventListener("input", function () { apply(); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { writeUrl(); apply(); }, 0);
  });
  document.body.setAttribute("data-ready", "true");
})();
