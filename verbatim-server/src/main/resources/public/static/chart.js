// Draws every .chart on the page as bars with uPlot, from the counts the server wrote into it.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof uPlot === "undefined") { return; }
  document.querySelectorAll(".chart").forEach(function (el) {
    if (el.dataset.drawn) { return; }
    el.dataset.drawn = "1";
    var labels = JSON.parse(el.dataset.labels || "[]");
    var xs = JSON.parse(el.dataset.x || "[]");
    var ys = JSON.parse(el.dataset.y || "[]");
    if (xs.length === 0) { el.textContent = "No uses yet."; return; }
    var opts = {
      width: Math.max(280, el.clientWidth), height: 220,
      scales: { x: { time: false } },
      axes: [{ values: function (u, ticks) { return ticks.map(function (t) { return labels[t] || ""; }); } }, {}],
      series: [{}, { label: "count", stroke: "#0b5cad", fill: "rgba(11,92,173,0.25)", paths: uPlot.paths.bars({ size: [0.6, 40] }) }]
    };
    new uPlot(opts, [xs, ys], el);
  });
});
