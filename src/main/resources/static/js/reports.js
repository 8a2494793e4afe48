// Reports and dashboards: each chart drawn from the data its canvas carries (no inline script under the CSP), a bar
// opening the records behind it, and the builder re-shown when its source changes.
(function () {
  'use strict';
  document.querySelectorAll('[data-submit-on-change]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.requestSubmit(); });
  });
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#1f4e79', '#d9822b', '#2e8b57', '#b03a48', '#6a5acd', '#8a6d3b', '#20808d', '#7a7a7a'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var result = JSON.parse(canvas.dataset.chart);
    var stacked = result.chart === 'stacked';
    var datasets = result.series.map(function (s, i) {
      return {label: s.name || '', data: s.values.map(Number), backgroundColor: colours[i % colours.length],
        borderColor: colours[i % colours.length], fill: false};
    });
    new Chart(canvas, {
      type: result.chart === 'line' ? 'line' : 'bar',
      data: {labels: result.labels, datasets: datasets},
      options: {
        responsive: true, maintainAspectRatio: false,
        scales: {x: {stacked: stacked}, y: {stacked: stacked, beginAtZero: true}},
        plugins: {legend: {display: datasets.length > 1}},
        onClick: function (event, elements) {
          if (!elements.length || !canvas.dataset.drill) {
            return; // a chart drawn without a data-drill address has no records to open
          }
          var e = elements[0];
          var byMonth = !!result.period;
          var label = result.labels[e.index];
          var group = byMonth ? result.series[e.datasetIndex].name : label;
          window.location.href = canvas.dataset.drill + 'group=' + encodeURIComponent(group || '') +
            '&month=' + encodeURIComponent(byMonth ? label : '');
        }
      }
    });
  });
})();

// The schedule form: only the weekday (weekly) or the day of the month (monthly) that the chosen frequency needs.
(function () {
  var select = document.querySelector('[data-schedule-frequency]');
  if (!select) {
    return;
  }
  function show() {
    document.querySelectorAll('[data-frequency]').forEach(function (field) {
      field.hidden = field.dataset.frequency !== select.value;
    });
  }
  select.addEventListener('change', show);
  show();
})();
