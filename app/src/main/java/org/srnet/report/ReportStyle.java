package org.srnet.report;

/** The page's inline style sheet and its self-check script, kept apart from the code that writes the markup. */
final class ReportStyle {
    private ReportStyle() {}

    /** Light, readable, responsive: system font, one centred column, tables with thin rules. */
    static final String CSS = """
            :root { --ink: #1d232b; --muted: #5f6b7a; --rule: #dfe3e8; --soft: #f5f7f9; --accent: #2f6fdd; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff; line-height: 1.45;
                   font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header, main, footer { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
            header { padding-top: 28px; }
            h1 { font-size: 28px; margin: 0 0 6px; }
            h2 { font-size: 21px; margin: 34px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--rule); }
            h3 { font-size: 17px; margin: 24px 0 6px; }
            h4 { font-size: 14px; margin: 16px 0 6px; color: var(--muted); font-weight: 600; }
            .lede { color: var(--muted); max-width: 820px; margin: 0 0 18px; }
            .headline { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 8px; }
            .stat { flex: 1 1 160px; background: var(--soft); border: 1px solid var(--rule); border-radius: 8px;
                    padding: 10px 14px; }
            .stat .value { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
            .stat .name { font-weight: 600; }
            .stat .detail { color: var(--muted); font-size: 13px; }
            nav { margin: 18px 0 0; color: var(--muted); }
            a { color: var(--accent); text-decoration: none; }
            a:hover { text-decoration: underline; }
            table { border-collapse: collapse; margin: 6px 0 10px; font-size: 14px; }
            th, td { padding: 5px 12px; border-bottom: 1px solid var(--rule); }
            thead th, tr th { font-weight: 600; }
            table.num td, table.num th { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.num .text { text-align: left; }
            table.num tfoot th { border-top: 2px solid var(--rule); }
            table.kv th { text-align: left; color: var(--muted); font-weight: 500; padding-left: 0; }
            table.kv td { word-break: break-word; }
            .video { margin: 0 0 30px; }
            .meta, .caption, .none { color: var(--muted); font-size: 13px; margin: 0 0 10px; }
            .strip { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 10px; }
            figure { margin: 0; }
            figure img { display: block; width: 100%; height: auto; border-radius: 4px; background: var(--soft); }
            figcaption { font-size: 12px; color: var(--muted); margin-top: 3px; }
            figcaption .ids { color: var(--ink); }
            svg.timeline { display: block; width: 100%; height: auto; font-size: 12px; }
            svg.timeline .lane { fill: var(--soft); }
            svg.timeline .label { text-anchor: end; dominant-baseline: middle; fill: var(--ink); font-weight: 600; }
            svg.timeline .guide { stroke: #c4cad2; stroke-dasharray: 2 3; }
            svg.timeline .axis line { stroke: var(--muted); }
            svg.timeline .axis text { fill: var(--muted); text-anchor: middle; }
            svg.timeline .axis .axis-title { text-anchor: end; }
            svg.timeline .empty { fill: var(--muted); text-anchor: middle; dominant-baseline: middle; }
            .table-wrap { overflow-x: auto; }
            footer { color: var(--muted); font-size: 13px; padding-top: 20px; padding-bottom: 40px;
                     border-top: 1px solid var(--rule); margin-top: 30px; }
            @media (max-width: 700px) { .strip { grid-template-columns: repeat(2, minmax(0, 1fr)); }
                                        header, main, footer { padding: 0 12px; } }
            """;

    /**
     * Records script errors, resource load failures and {@code console.error} calls, and on {@code load} checks
     * that every image decoded: the outcome lands on {@code <body>} as {@code data-check} ("ok" or "failed"),
     * {@code data-images}, {@code data-broken-images} and {@code data-errors}, where a headless browser's DOM dump
     * shows it. Capturing on {@code window} also sees image errors, which do not bubble.
     */
    static final String CHECK_SCRIPT = """
            (function () {
              var errors = [];
              window.addEventListener('error', function (e) {
                var t = e.target;
                errors.push(e.message || ('cannot load ' + (t && t.tagName ? t.tagName.toLowerCase() : 'resource')));
              }, true);
              var consoleError = console.error;
              console.error = function () {
                errors.push(Array.prototype.join.call(arguments, ' '));
                consoleError.apply(console, arguments);
              };
              window.addEventListener('load', function () {
                var images = document.images, broken = 0;
                for (var i = 0; i < images.length; i++) {
                  if (!(images[i].complete && images[i].naturalWidth > 0)) { broken++; }
                }
                var body = document.body;
                body.setAttribute('data-images', String(images.length));
                body.setAttribute('data-broken-images', String(broken));
                if (errors.length) { body.setAttribute('data-errors', errors.join(' | ')); }
                body.setAttribute('data-check', broken === 0 && errors.length === 0 ? 'ok' : 'failed');
              });
            })();
            """;
}
