// The blastwatch dashboard: plain JavaScript and SVG over the read-only API, refreshed every few seconds.
"use strict";

const REFRESH_MS = 5000;
const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const state = { country: null, outlines: null, mapView: "whole", hovered: null, incidents: [], settings: { windowMonths: 4, alertThreshold: 5 } };

function el(name, attrs = {}, parent = null, text = null) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== null) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(path + " answered " + response.status);
  return response.json();
}

const day = iso => new Date(iso + "T00:00:00Z").getTime();
const isoDay = ms => new Date(ms).toISOString().slice(0, 10);
const addMonths = (ms, n) => { const d = new Date(ms); d.setUTCMonth(d.getUTCMonth() + n); return d.getTime(); };

function category(incident) {
  const attack = (incident.causeHistory || []).some(c => c.attack);
  if (incident.unexplained) return incident.kind === "EXPLOSION" ? "counted" : "unexplained";
  // Not unexplained: an attack someone reported, or a site outside the military industry (never unexplained).
  return attack ? "attributed" : "unexplained";
}

function place(i) {
  return [i.facility, i.settlement, i.region].filter(Boolean).join(", ") + (i.country ? " (" + i.country + ")" : "");
}

function clear(svg) { while (svg.firstChild) svg.removeChild(svg.firstChild); }

// ---- time axis shared by the count chart and the timeline ----------------------------------------------------

function timeAxis(svg, x, from, to, y) {
  const axis = el("g", { class: "axis" }, svg);
  el("line", { x1: x(from), x2: x(to), y1: y, y2: y }, axis);
  const start = new Date(from);
  let tick = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
  const months = (to - from) / (30 * DAY_MS);
  const step = months > 24 ? 6 : months > 12 ? 3 : 1;
  while (tick <= to) {
    const d = new Date(tick);
    if (d.getUTCMonth() % step === 0) {
      el("line", { x1: x(tick), x2: x(tick), y1: y, y2: y + 4 }, axis);
      const label = d.toLocaleString("en", { month: "short", timeZone: "UTC" }) + (d.getUTCMonth() === 0 || step > 1 ? " " + d.getUTCFullYear() : "");
      el("text", { x: x(tick), y: y + 16, "text-anchor": "middle" }, axis, label);
    }
    tick = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
}

function span(incidents) {
  const placed = incidents.filter(i => i.dateBasis !== "YEAR_UNKNOWN");
  const dates = (placed.length ? placed : incidents).map(i => day(i.date));
  const first = Math.min(...dates);
  const last = Math.max(...dates);
  return [addMonths(first, -1), addMonths(last, state.settings.windowMonths) + 7 * DAY_MS];
}

// ---- rolling count ------------------------------------------------------------------------------------------

function drawCounts(series, from, to) {
  const svg = document.getElementById("count-chart");
  clear(svg);
  const W = 960, H = 260, left = 40, right = 16, top = 14, bottom = 30;
  const threshold = state.settings.alertThreshold;
  const max = Math.max(threshold + 1, ...series.map(p => p.count));
  const x = t => left + (t - from) / (to - from) * (W - left - right);
  const y = c => top + (1 - c / max) * (H - top - bottom);
  const grid = el("g", { class: "grid" }, svg);
  const axis = el("g", { class: "axis" }, svg);
  for (let c = 0; c <= max; c++) {
    el("line", { x1: left, x2: W - right, y1: y(c), y2: y(c) }, grid);
    el("text", { x: left - 8, y: y(c) + 4, "text-anchor": "end" }, axis, String(c));
  }
  timeAxis(svg, x, from, to, H - bottom);
  let path = "";
  for (const p of series) {
    const px = x(day(p.date)), py = y(p.count);
    path += path ? ` H ${px.toFixed(1)} V ${py.toFixed(1)}` : `M ${px.toFixed(1)} ${py.toFixed(1)}`;
  }
  if (series.length) {
    el("path", { class: "count-area", d: `${path} V ${y(0)} H ${x(day(series[0].date))} Z` }, svg);
    el("path", { id: "count-line", class: "count-line", d: path }, svg);
  }
  el("line", { class: "threshold", x1: left, x2: W - right, y1: y(threshold), y2: y(threshold) }, svg);
  el("text", { class: "threshold-label", x: W - right - 4, y: y(threshold) - 5, "text-anchor": "end" }, svg,
    `alert threshold ${threshold}`);
  const peak = series.reduce((best, p) => (p.count > (best ? best.count : -1) ? p : best), null);
  const label = document.getElementById("peak");
  if (peak && peak.count > 0) {
    el("circle", { cx: x(day(peak.date)), cy: y(peak.count), r: 4, class: "counted" }, svg);
    el("text", { id: "peak-label", x: x(day(peak.date)) + 6, y: y(peak.count) - 6 }, svg, `peak ${peak.count}`);
    label.textContent = `peak ${peak.count} in the ${state.settings.windowMonths} months to ${peak.date}`;
    label.dataset.peak = String(peak.count);
  } else {
    label.textContent = "no counted explosions";
    label.dataset.peak = "0";
  }
}

// ---- timeline -----------------------------------------------------------------------------------------------

function drawTimeline(incidents, from, to) {
  const svg = document.getElementById("timeline");
  clear(svg);
  const W = 960, left = 40, right = 16, base = 140;
  const x = t => left + (t - from) / (to - from) * (W - left - right);
  const lanes = { counted: 30, unexplained: 65, attributed: 100 };
  timeAxis(svg, x, from, to, base);
  for (const [name, yy] of Object.entries(lanes)) {
    el("text", { x: 4, y: yy + 4, class: "axis", "font-size": 10 }, svg, "");
    el("line", { x1: left, x2: W - right, y1: yy, y2: yy, stroke: "#eef0f2" }, svg);
  }
  for (const i of incidents.filter(i => i.dateBasis !== "YEAR_UNKNOWN")) {
    const c = category(i);
    const dot = el("circle", { cx: x(day(i.date)), cy: lanes[c], r: 4 + Math.min(i.outlets, 6), class: c, "fill-opacity": .75 }, svg);
    el("title", {}, dot, `${i.date} ${i.kind}: ${place(i)} — ${i.outlets} outlet(s)`);
  }
}

// ---- map ----------------------------------------------------------------------------------------------------

// Albers equal-area conic for Russia and its western neighbours (standard parallels 50 and 70 N, centred on 100 E):
// the whole country from Kaliningrad to Chukotka in one piece, with areas true to size.
const ALBERS = (() => {
  const rad = Math.PI / 180, phi1 = 50 * rad, phi2 = 70 * rad, phi0 = 56 * rad, lambda0 = 100 * rad;
  const n = (Math.sin(phi1) + Math.sin(phi2)) / 2;
  const c = Math.cos(phi1) ** 2 + 2 * n * Math.sin(phi1);
  const rho = phi => Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
  const rho0 = rho(phi0);
  // Longitudes west of 0 in the far east continue above 180, as in the outlines.
  return (lon, lat) => {
    const l = lon < -100 ? lon + 360 : lon;
    const theta = n * (l * rad - lambda0), r = rho(lat * rad);
    return [1000 * r * Math.sin(theta), -1000 * (rho0 - r * Math.cos(theta))];
  };
})();
const WATCHED = ["Russia", "Ukraine", "Belarus"];
const MAP_W = 600, MAP_H = 380;

/** The smallest box of the map's shape that holds the points, padded, never narrower than minSpan. */
function fit(points, pad, minSpan) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  let w = Math.max(x1 - x0 + 2 * pad, minSpan), h = Math.max(y1 - y0 + 2 * pad, minSpan * MAP_H / MAP_W);
  if (w / h > MAP_W / MAP_H) h = w * MAP_H / MAP_W; else w = h * MAP_W / MAP_H;
  return [cx - w / 2, cy - h / 2, w, h];
}

function drawMap(incidents) {
  const svg = document.getElementById("map");
  clear(svg);
  if (!state.outlines) return;
  const watchedPoints = [];
  const land = el("g", {}, svg);
  for (const country of state.outlines.countries) {
    const watched = WATCHED.includes(country.name);
    const d = country.rings.map(r => "M" + r.map(([lon, lat]) => {
      const [x, y] = ALBERS(lon, lat);
      if (watched) watchedPoints.push([x, y]);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    }).join("L") + "Z").join("");
    el("path", { d, class: "country" + (watched ? " watched" : "") }, land);
  }
  const placed = incidents.filter(i => i.latitude != null && i.longitude != null);
  const dots = placed.map(i => [i, ALBERS(i.longitude, i.latitude)]);
  const whole = fit(watchedPoints, 10, 0);
  const near = dots.length ? fit(dots.map(d => d[1]), 40, 250) : whole;
  const box = state.mapView === "incidents" ? near : whole;
  svg.setAttribute("viewBox", box.map(v => v.toFixed(1)).join(" "));
  // Dots and labels keep their size on the screen whatever the zoom.
  const unit = box[2] / MAP_W;
  const label = el("text", { class: "map-label", visibility: "hidden", "font-size": 12 * unit }, null);
  for (const [i, [x, y]] of dots) {
    const dot = el("circle", { cx: x, cy: y, r: (4 + Math.min(i.outlets, 5)) * unit, class: "incident " + category(i),
      "fill-opacity": .7, stroke: "#fff", "stroke-width": unit, "data-id": i.id }, svg);
    const text = `${shownDate(i)} ${place(i)}`;
    el("title", {}, dot, text);
    const show = () => {
      label.textContent = text;
      label.setAttribute("x", x + 8 * unit);
      label.setAttribute("y", y - 8 * unit);
      label.setAttribute("visibility", "visible");
    };
    dot.addEventListener("mouseover", () => { state.hovered = i.id; show(); });
    dot.addEventListener("mouseout", () => { state.hovered = null; label.setAttribute("visibility", "hidden"); });
    // The map is redrawn every few seconds: a label being read must survive it.
    if (state.hovered === i.id) show();
  }
  svg.appendChild(label);
  const button = document.getElementById("map-zoom");
  button.textContent = state.mapView === "incidents" ? "Show all of Russia, Ukraine and Belarus" : "Zoom to the incidents";
  button.disabled = !dots.length;
}

// ---- table and alerts ---------------------------------------------------------------------------------------

/** A date as the incident knows it: an unknown year is said, not shown as the placeholder it is stored with. */
function shownDate(i) {
  if (i.dateBasis === "YEAR_UNKNOWN") {
    return (i.datePrecision === "DAY" ? i.date.slice(5) : i.date.slice(5, 7)) + ", year unknown";
  }
  return i.date + (i.datePrecision !== "DAY" ? " (" + i.datePrecision.toLowerCase() + ")" : "");
}
/** Each cause statement on one line: who said it, how, and what ("Outlet: officials, stated: short circuit"). */
function statements(i) {
  return (i.causeHistory || []).map(c => (c.outlet || "?") + ": "
    + (c.speaker ? c.speaker.toLowerCase() : "unnamed") + ", " + (c.stance ? c.stance.toLowerCase() : "stated")
    + (c.attack ? ", attack" : "") + (c.cause ? ": " + c.cause : "")).join("\n");
}

function drawTable(incidents) {
  const body = document.querySelector("#incidents tbody");
  body.replaceChildren();
  document.getElementById("incident-count").textContent = `(${incidents.length})`;
  for (const i of incidents) {
    const row = document.createElement("tr");
    row.dataset.id = i.id;
    const cells = [
      shownDate(i),
      i.kind.toLowerCase().replace("_", " ") + (i.militaryIndustrial ? ", military-industrial" : ""),
      place(i),
      String(i.outlets),
      i.unexplained ? (i.contested ? "unexplained, contested" : "unexplained")
        : category(i) === "attributed" ? "attack" + (i.cause ? ": " + i.cause : "") : "not military-industrial",
    ];
    cells.forEach((text, k) => {
      const td = document.createElement("td");
      td.textContent = text;
      // The cause cell lists every statement behind it, with who made it and how.
      if (k === cells.length - 1 && (i.causeHistory || []).length) td.title = statements(i);
      row.appendChild(td);
    });
    const evidence = document.createElement("td");
    evidence.className = "evidence";
    const source = (i.sources || [])[0];
    if (source) {
      evidence.textContent = source.evidence || "";
      const outlets = document.createElement("small");
      // An incident lists its first reports only (incident.max.sources); its counts say how many there are.
      outlets.textContent = (i.sources || []).map(s => s.outlet).join(" · ")
          + (i.sourcesTruncated ? ` … ${i.mentions} reports from ${i.outlets} outlets in all` : "");
      evidence.appendChild(outlets);
    }
    row.appendChild(evidence);
    body.appendChild(row);
  }
}

function drawAlerts(alerts) {
  const list = document.getElementById("alerts");
  list.replaceChildren();
  if (!alerts.length) {
    const li = document.createElement("li");
    li.className = "muted";
    li.textContent = "No alerts yet.";
    list.appendChild(li);
  }
  for (const a of alerts) {
    const li = document.createElement("li");
    const badge = document.createElement("span");
    badge.className = "badge " + a.status;
    badge.textContent = a.status;
    li.append(badge, document.createTextNode(a.summary));
    list.appendChild(li);
  }
}

// ---- refresh ------------------------------------------------------------------------------------------------

async function refresh() {
  const status = document.getElementById("status");
  try {
    // Health answers 503 with its reason while the pipeline starts or the brokers are away: show it, do not fail.
    const health = await fetch("/api/health", { cache: "no-store" }).then(r => r.json());
    if (health.status !== "UP") throw new Error(health.reason || "pipeline " + health.pipeline);
    const [incidents, alerts] = await Promise.all([getJson("/api/incidents"), getJson("/api/alerts")]);
    state.incidents = incidents;
    const countries = [...new Set(incidents.map(i => i.country).filter(Boolean))].sort();
    const select = document.getElementById("country");
    if (!state.country || !countries.includes(state.country)) {
      const byCount = countries.map(c => [c, incidents.filter(i => i.country === c && category(i) === "counted").length]);
      byCount.sort((a, b) => b[1] - a[1]);
      state.country = byCount.length ? byCount[0][0] : null;
    }
    select.replaceChildren(...countries.map(c => new Option(c, c, false, c === state.country)));
    drawTable(incidents);
    drawAlerts(alerts);
    drawMap(incidents);
    if (incidents.length) {
      const [from, to] = span(incidents);
      drawTimeline(incidents, from, to);
      if (state.country) {
        const series = await getJson(`/api/counts/series?country=${state.country}&from=${isoDay(from)}&to=${isoDay(to)}`);
        document.getElementById("count-title").textContent =
          `of unexplained explosions in ${state.country}, ${state.settings.windowMonths} months to each day`;
        drawCounts(series, from, to);
      }
    }
    status.textContent = `pipeline ${health.pipeline.toLowerCase()} · ${incidents.length} incidents · updated ${new Date().toLocaleTimeString()}`;
  } catch (e) {
    status.textContent = "waiting for the pipeline: " + e.message;
  }
}

async function start() {
  document.getElementById("country").addEventListener("change", e => { state.country = e.target.value; refresh(); });
  document.getElementById("map-zoom").addEventListener("click", () => {
    state.mapView = state.mapView === "incidents" ? "whole" : "incidents";
    drawMap(state.incidents);
  });
  try { state.settings = await getJson("/api/settings"); } catch (e) { /* defaults stand until the API answers */ }
  try { state.outlines = await getJson("/outlines.json"); } catch (e) { state.outlines = null; }
  await refresh();
  setInterval(refresh, REFRESH_MS);
}

start();
