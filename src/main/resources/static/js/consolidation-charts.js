// Charts of the consolidated table: online share and on-time share per unit (ECharts webjar).
// Data comes from the data-* attributes of #rate-chart (CSP forbids inline scripts).
(function () {
  'use strict';
  var el = document.getElementById('rate-chart');
  if (!el || typeof echarts === 'undefined') return;
  var data = JSON.parse(el.dataset.chart || '{}');
  var units = data.units || [];
  if (units.length === 0) {
    el.classList.add('text-muted');
    el.style.minHeight = '0';
    el.textContent = el.dataset.noData;
    return;
  }
  var totalLabel = el.dataset.labelTotal;
  var names = units.concat([totalLabel]);
  var online = (data.onlineShare || []).concat([data.totalOnlineShare]);
  var onTime = (data.onTimeShare || []).concat([data.totalOnTimeShare]);
  // many units (a province with hundreds of communes): a fixed height with a scrollable window of 25 units
  var many = names.length > 25;
  el.style.height = (many ? 60 + 25 * 42 : Math.max(260, 60 + names.length * 42)) + 'px';
  var chart = echarts.init(el, null, { renderer: 'svg' });
  var pct = function (v) { return v == null ? '' : v.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' %'; };
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: pct },
    legend: { top: 0 },
    grid: { left: 8, right: many ? 90 : 56, top: 36, bottom: 8, containLabel: true },
    dataZoom: many ? [{ type: 'slider', yAxisIndex: 0, right: 8, width: 18, startValue: 0, endValue: 24, zoomLock: true },
                      { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }] : [],
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    yAxis: { type: 'category', data: names, inverse: true,
             axisLabel: { formatter: function (v) { return v === totalLabel ? '{b|' + v + '}' : v; }, rich: { b: { fontWeight: 'bold' } } } },
    series: [
      { name: el.dataset.labelOnline, type: 'bar', data: online, itemStyle: { color: '#0d6efd' },
        label: { show: true, position: 'right', formatter: function (p) { return pct(p.value); }, fontSize: 10 } },
      { name: el.dataset.labelOntime, type: 'bar', data: onTime, itemStyle: { color: '#198754' },
        label: { show: true, position: 'right', formatter: function (p) { return pct(p.value); }, fontSize: 10 } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
