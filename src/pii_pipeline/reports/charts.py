"""Inline SVG charts drawn in Python: no script, no external asset, nothing for the CSP to block.

Every label goes through `html.escape`; charts only ever receive counts, scores and names of
tables, columns and entity types.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

PALETTE = ("#0a6fc2", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0e7490", "#57606a")
_FONT = 'font-family="system-ui,sans-serif" font-size="12"'
_CHAR_W = 7  # rough width of one character at that size, to tell whether labels fit


def _svg(chart_id: str, title: str, width: int, height: int, body: list[str]) -> Markup:
    t = escape(title)
    return Markup(
        f'<svg id="{escape(chart_id)}" class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-label="{t}" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{t}</title>" + "".join(body) + "</svg>"
    )


def _empty(chart_id: str, title: str, width: int) -> Markup:
    return _svg(
        chart_id, title, width, 40,
        [f'<text x="8" y="24" {_FONT} fill="#57606a">{escape(title)}: nothing to show</text>'],
    )  # fmt: skip


def bar_chart(chart_id: str, title: str, items: Sequence[tuple[str, float]], *, width: int = 560) -> Markup:
    """Horizontal bars, largest first as given; value printed at the end of each bar."""
    if not items or not any(v for _, v in items):
        return _empty(chart_id, title, width)
    label_w, row_h, pad = 210, 22, 6
    plot_w = width - label_w - 60
    top = max(v for _, v in items)
    body = []
    for i, (label, value) in enumerate(items):
        y = pad + i * row_h
        w = max(1.0, plot_w * value / top) if value else 0.0
        body.append(
            f'<g class="bar"><title>{escape(label)}: {value:g}</title>'
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" {_FONT}>{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{PALETTE[0]}"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" {_FONT}>{value:g}</text></g>'
        )
    return _svg(chart_id, title, width, pad * 2 + row_h * len(items), body)


def column_chart(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    series: dict[str, Sequence[float]],
    *,
    width: int = 560,
    height: int = 220,
    highlight: int | None = None,
) -> Markup:
    """Vertical stacked columns, one per label (e.g. one per run); `series` maps a name to values."""
    n = len(labels)
    if n == 0 or not any(any(v) for v in series.values()):
        return _empty(chart_id, title, width)
    left, right, top_pad, bottom = 44, 12, 20, 46
    plot_w = width - left - right
    # Labels wider than their slot are turned, and the chart grows downwards to hold them (never clipped).
    longest = max(len(label) for label in labels)
    turned = plot_w / n < _CHAR_W * longest + 4
    if turned:
        height += int(_CHAR_W * longest * 0.7)
        bottom += int(_CHAR_W * longest * 0.7)
    legend_h = 18 * ((len(series) + 3) // 4)
    plot_h = height - top_pad - bottom
    totals = [sum(s[i] for s in series.values()) for i in range(n)]
    top = max(totals) or 1
    slot = plot_w / n
    bar_w = max(2.0, min(48.0, slot * 0.7))
    body = [
        f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - right}" y2="{top_pad + plot_h}" stroke="#8c959f"/>',
        f'<text x="{left - 4}" y="{top_pad + 10}" text-anchor="end" {_FONT}>{top:g}</text>',
        f'<text x="{left - 4}" y="{top_pad + plot_h}" text-anchor="end" {_FONT}>0</text>',
    ]
    for i, label in enumerate(labels):
        x = left + slot * i + (slot - bar_w) / 2
        y = top_pad + plot_h
        for j, (name, values) in enumerate(series.items()):
            h = plot_h * values[i] / top
            if h <= 0:
                continue
            y -= h
            color = PALETTE[j % len(PALETTE)]
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{color}">'
                f"<title>{escape(label)} · {escape(name)}: {values[i]:g}</title></rect>"
            )
        weight = ' font-weight="700"' if i == highlight else ""
        if totals[i]:
            body.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" {_FONT}{weight}>'
                f"{totals[i]:g}</text>"
            )
        if n <= 16 or i % max(1, n // 8) == 0:
            lx, ly = x + bar_w / 2, top_pad + plot_h + 14
            placed = f'text-anchor="end" transform="rotate(-45 {lx:.1f} {ly})"' if turned else 'text-anchor="middle"'
            body.append(f'<text x="{lx:.1f}" y="{ly}" {placed} {_FONT}{weight}>{escape(label)}</text>')
    if len(series) > 1:
        for j, name in enumerate(series):
            lx = left + (j % 4) * (plot_w / 4)
            ly = height - legend_h + 4 + 18 * (j // 4)
            body.append(
                f'<rect x="{lx:.1f}" y="{ly}" width="10" height="10" fill="{PALETTE[j % len(PALETTE)]}"/>'
                f'<text x="{lx + 14:.1f}" y="{ly + 9}" {_FONT}>{escape(name)}</text>'
            )
    return _svg(chart_id, title, width, height + (legend_h if len(series) > 1 else 0), body)


def histogram(chart_id: str, title: str, edges: Sequence[float], counts: Sequence[int], *, width: int = 560) -> Markup:
    """Score distribution: one column per bin, edges printed under the axis."""
    labels = [f"{edges[i]:.2f}" for i in range(len(counts))]
    return column_chart(chart_id, title, labels, {"findings": list(counts)}, width=width, height=200)


def line_chart(
    chart_id: str, title: str, labels: Sequence[str], values: Sequence[float], *, width: int = 420, height: int = 150
) -> Markup:
    """A small trend line with dots; for the index page."""
    n = len(values)
    if n == 0:
        return _empty(chart_id, title, width)
    left, right, top_pad, bottom = 40, 12, 12, 34
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = max(values) or 1
    step = plot_w / max(1, n - 1)

    def xy(i: int) -> tuple[float, float]:
        return left + (step * i if n > 1 else plot_w / 2), top_pad + plot_h - plot_h * values[i] / top

    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(i) for i in range(n)))
    body = [
        f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{width - right}" y2="{top_pad + plot_h}" stroke="#8c959f"/>',
        f'<text x="{left - 4}" y="{top_pad + 10}" text-anchor="end" {_FONT}>{top:g}</text>',
        f'<text x="{left - 4}" y="{top_pad + plot_h}" text-anchor="end" {_FONT}>0</text>',
        f'<polyline points="{points}" fill="none" stroke="{PALETTE[0]}" stroke-width="2"/>',
    ]
    for i in range(n):
        x, y = xy(i)
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{PALETTE[0]}">'
            f"<title>{escape(labels[i])}: {values[i]:g}</title></circle>"
        )
    for i in sorted({0, n - 1}):
        x, _ = xy(i)
        # The first label starts at its point and the last ends at its point, so neither runs off the chart.
        anchor = "middle" if n == 1 else ("start" if i == 0 else "end")
        body.append(f'<text x="{x:.1f}" y="{height - 12}" text-anchor="{anchor}" {_FONT}>{escape(labels[i])}</text>')
    return _svg(chart_id, title, width, height, body)
