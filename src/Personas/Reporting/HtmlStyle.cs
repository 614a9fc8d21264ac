namespace Personas.Reporting;

/// <summary>The report's style sheet: readable on screen and in print, no web fonts, no images.</summary>
internal static class HtmlStyle
{
    internal const string Css = """
        :root { --ink: #1f2933; --muted: #64748b; --line: #e2e8f0; --bg: #f4f6f9; --card: #fff; --accent: #4f46e5;
                --hi: #0f766e; --lo: #c2410c; --value: #b45309; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1080px; margin: 0 auto; padding: 32px 24px 48px; }
        h1 { font-size: 30px; margin: 0 0 4px; letter-spacing: -0.02em; }
        h2 { font-size: 22px; margin: 0; letter-spacing: -0.01em; }
        h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 18px 0 8px; }
        a { color: inherit; text-decoration: none; }
        .lead { color: var(--muted); margin: 0 0 20px; }
        .muted { color: var(--muted); }
        .legend { display: flex; align-items: center; gap: 12px; font-size: 13px; color: var(--muted); background: #eef2ff; border-radius: 10px; padding: 10px 14px; margin: 0 0 20px; }
        .legend .effect { flex: none; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table { width: 100%; border-collapse: collapse; }
        th { text-align: left; font-size: 12px; color: var(--muted); font-weight: 600; padding: 4px 8px; border-bottom: 1px solid var(--line); }
        td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
        tr:last-child td { border-bottom: none; }
        .toc { background: var(--card); border-radius: 14px; padding: 14px 24px; margin-bottom: 20px; font-size: 14px; }
        .toc h2 { font-size: 16px; margin-bottom: 6px; }
        .toc ol { margin: 0; padding-left: 20px; }
        .toc ol ol { padding-left: 14px; columns: 2; }
        .toc a:hover { color: var(--accent); text-decoration: underline; }
        .toc .id { font-size: 11px; min-width: 26px; padding: 1px 6px; }
        .section-title { font-size: 24px; margin: 28px 0 12px; }
        .personas-figure { margin: 16px 0 4px; }
        .personas-figure h3 { color: var(--ink); text-transform: none; letter-spacing: 0; font-size: 16px; margin: 0 0 2px; }
        .personas-figure .how { color: var(--muted); font-size: 13px; margin: 0 0 6px; }
        .overview .personas-figure, .block .personas-figure { background: var(--card); border-radius: 14px; padding: 16px 20px; margin-bottom: 20px; box-shadow: 0 1px 3px rgba(15,23,42,.08); }
        .chip.unclear { background: #fee2e2; color: #991b1b; }
        .summary, .card, footer { background: var(--card); border-radius: 14px; box-shadow: 0 1px 3px rgba(15,23,42,.08), 0 4px 16px rgba(15,23,42,.04); padding: 20px 24px; margin-bottom: 20px; }
        .id { display: inline-block; min-width: 30px; text-align: center; font-size: 12px; font-weight: 700; color: #fff; background: var(--accent); border-radius: 999px; padding: 2px 8px; margin-right: 6px; }
        .card-head { display: flex; align-items: center; gap: 4px; }
        .tagline { color: var(--muted); font-style: italic; margin: 6px 0 12px; }
        .chips { display: flex; flex-wrap: wrap; gap: 8px; }
        .chip { background: #eef2ff; color: #3730a3; border-radius: 999px; padding: 3px 12px; font-size: 13px; }
        .chip.value { background: #fef3c7; color: #92400e; }
        .narrative { margin: 14px 0 0; padding-left: 20px; }
        .narrative li { margin: 2px 0; }
        .traits.higher h3 { color: var(--hi); }
        .traits.lower h3 { color: var(--lo); }
        .traits table { table-layout: fixed; }
        .trait { font-weight: 600; width: 32%; overflow-wrap: break-word; }
        .sub { font-size: 11.5px; color: var(--muted); }
        .traits td:last-child, .traits th:last-child { width: 290px; }
        .evidence { font-size: 11.5px; color: var(--muted); white-space: nowrap; }
        .effect { position: relative; width: 120px; height: 10px; background: #f1f5f9; border-radius: 5px; }
        .effect::after { content: ""; position: absolute; left: 50%; top: -2px; bottom: -2px; width: 1px; background: #94a3b8; }
        .effect span { position: absolute; top: 0; bottom: 0; }
        .effect .pos { left: 50%; background: var(--hi); border-radius: 0 5px 5px 0; }
        .effect .neg { right: 50%; background: var(--lo); border-radius: 5px 0 0 5px; }
        .bar { position: relative; min-width: 140px; height: 18px; background: #eef2f7; border-radius: 4px; overflow: hidden; }
        .bar span { display: block; height: 100%; background: #818cf8; }
        .bar.value span { background: #f59e0b; }
        .bar em { position: absolute; left: 8px; top: 0; font-style: normal; font-size: 12px; line-height: 18px; font-weight: 600; }
        details.all { margin-top: 14px; font-size: 13px; }
        details.all summary { cursor: pointer; color: var(--accent); font-weight: 600; }
        details.all td { padding: 3px 8px; }
        details.all td:nth-child(4) { white-space: nowrap; }
        details.all tr.is-trait td:first-child { font-weight: 700; }
        .confidence { margin: 16px 0 0; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
        .label { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); font-weight: 600; }
        .pill { border-radius: 999px; padding: 2px 10px; font-size: 13px; background: #e2e8f0; }
        .pill.clear, .pill.stable { background: #dcfce7; color: #166534; }
        .pill.moderate, .pill.fairly-stable { background: #fef9c3; color: #854d0e; }
        .pill.weak, .pill.unstable { background: #fee2e2; color: #991b1b; }
        .warning { background: #fffbeb; border-left: 4px solid #f59e0b; padding: 8px 12px; border-radius: 6px; margin: 12px 0 0; font-size: 14px; }
        footer h2 { font-size: 18px; margin-bottom: 10px; }
        footer dl { display: grid; grid-template-columns: 140px 1fr; gap: 4px 16px; margin: 0; font-size: 14px; }
        footer dt { color: var(--muted); font-weight: 600; }
        footer dd { margin: 0; }
        @media print { body { background: #fff; } .summary, .card, footer { box-shadow: none; border: 1px solid var(--line); break-inside: avoid; } }

        """;
}
