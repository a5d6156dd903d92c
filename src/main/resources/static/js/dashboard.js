// 统计分析: draws the dashboard's charts with ECharts (served from the webjar) from the JSON embedded in the page.
// Every bar and slice carries the link to the cases behind it; a click opens that list.
(function () {
    function init() {
        var source = document.getElementById('dashboard-data');
        if (!source || typeof echarts === 'undefined') {
            return;
        }
        var data = JSON.parse(source.textContent);
        var charts = [];

        function chart(name, option) {
            var box = document.querySelector('[data-chart="' + name + '"]');
            if (!box) {
                return;
            }
            var c = echarts.init(box);
            // the chart says when it is drawn (its animation ended), for anyone waiting to use it
            c.on('finished', function () { box.setAttribute('data-drawn', 'true'); });
            c.setOption(option);
            c.on('click', function (params) {
                if (params.data && params.data.href) {
                    window.location.href = params.data.href;
                }
            });
            charts.push(c);
        }

        chart('classes', {
            tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
            legend: { bottom: 0, type: 'scroll' },
            series: [{ type: 'pie', radius: ['35%', '65%'], data: data.classes, label: { formatter: '{b}\n{c}' } }]
        });
        var s = data.satisfaction;
        chart('satisfaction', {
            tooltip: { trigger: 'axis' },
            legend: { bottom: 0 },
            grid: { left: 10, right: 10, top: 28, bottom: 50, containLabel: true },     // room for the bars' values
            xAxis: { type: 'category', data: s.categories },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ name: s.firstName, type: 'bar', data: s.first, label: { show: true, position: 'top' } },
                     { name: s.finalName, type: 'bar', data: s['final'], label: { show: true, position: 'top' } }]
        });
        chart('status', {
            tooltip: { trigger: 'axis' },
            grid: { left: 10, right: 10, top: 28, bottom: 10, containLabel: true },
            xAxis: { type: 'category', data: data.status.map(function (i) { return i.name; }),
                     axisLabel: { interval: 0, rotate: 30 } },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', data: data.status, label: { show: true, position: 'top' } }]
        });
        var r = data.responses;
        chart('responses', {
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            legend: { bottom: 0, type: 'scroll' },
            grid: { left: 10, right: 20, top: 10, bottom: 50, containLabel: true },     // whole unit names
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: r.units },
            series: r.series.map(function (b) {
                return { name: b.name, type: 'bar', stack: 'days', data: b.data };
            })
        });
        window.addEventListener('resize', function () {
            charts.forEach(function (c) { c.resize(); });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
