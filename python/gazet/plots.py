"""Plots of extracted mentions: a date timeline, entity frequencies, a co-occurrence network.

Each helper takes a DataFrame from :meth:`gazet.Matcher.extract` (columns doc, start, end,
text, label, entity_id, value), usually joined with document metadata such as ``outlet``
and ``published``, draws with matplotlib and returns the matplotlib Axes, so the caller can
restyle it (``ax.set_title(...)``, ``ax.figure.savefig(...)``). Pass ``ax=`` to draw into an
existing Axes.

matplotlib (and networkx, for the network) are imported only when a plot is drawn:
``pip install 'gazet[plot]'``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from . import _core
from ._dependencies import need
from ._values import iso_date, text_or_none
from .display import add_sentences, colour
from .errors import ArgumentError, ColumnNotFoundError, OptionError

if TYPE_CHECKING:
    import matplotlib.axes
    import networkx as nx
    import pandas as pd

__all__ = ["cooccurrence", "cooccurrence_graph", "frequency", "period", "period_kind", "timeline"]


def _plt() -> Any:
    return need("matplotlib.pyplot", "plot", "gazet.plots")


def _nx() -> Any:
    return need("networkx", "plot", "gazet.plots")


# ---------------------------------------------------------------------------------------
# DATE values


def period_kind(value: Any) -> str | None:
    """The kind of a DATE value: "day", "range", "week", "weekend", "month", "quarter",
    "season", "year", "decade", or None when it names no calendar period (see
    :func:`period`). The core reads the value (the reader that writes them).

    >>> [period_kind(v) for v in ["2025-10-11", "2025-10-25/2025-10-31", "2025-W45-WE", "PAST_REF"]]
    ['day', 'range', 'weekend', None]
    """
    found = _period(value)
    return None if found is None else found[0]


def period(value: Any) -> tuple[dt.date, dt.date] | None:
    """The first and last day (both included) that a DATE value covers, or None when it
    names no calendar period (None, PRESENT_REF, PAST_REF, FUTURE_REF, XXXX-10-11, a day
    that does not exist, a range that ends before it starts, a day before year 1).

    >>> period("2025-10-25/2025-10-31")
    (datetime.date(2025, 10, 25), datetime.date(2025, 10, 31))
    >>> period("2025-W45-WE")
    (datetime.date(2025, 11, 8), datetime.date(2025, 11, 9))
    """
    found = _period(value)
    return None if found is None else found[1:]


def _period(value: Any) -> tuple[str, dt.date, dt.date] | None:
    text = text_or_none(value)
    found = None if text is None else _core.timex_period(text)
    if found is None:
        return None
    kind, first, last = found
    try:
        return kind, dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    except ValueError:  # year 0000, which the core's calendar has and Python's has not
        return None


# ---------------------------------------------------------------------------------------
# timeline

_BAR_STYLE = {  # kind: (height, colour)
    "range": (0.56, "#d55e00"),
    "weekend": (0.48, "#56b4e9"),
    "week": (0.40, "#0072b2"),
    "month": (0.24, "#009e73"),
    "quarter": (0.16, "#cc79a7"),
    "season": (0.16, "#cc79a7"),
    "year": (0.10, "#999999"),
    "decade": (0.10, "#999999"),
}
_DAY_COLOUR = "#222222"


def timeline(
    df: pd.DataFrame,
    *,
    by: str = "outlet",
    kinds: Iterable[str] = ("day", "range", "week", "weekend", "month"),
    start: Any = None,
    end: Any = None,
    published: str | None = "published",
    ax: matplotlib.axes.Axes | None = None,
) -> matplotlib.axes.Axes:
    """The DATE values of `df` on a calendar, one row per value of column `by` (an outlet,
    or ``"doc"``): a dot at each resolved day (bigger when mentioned more often), a bar for
    each range ``A/B`` and each week, weekend or month, spanning its period. Values of
    other kinds (see :func:`period_kind`; by default years, quarters, seasons and decades
    are left out) and values that name no period (None, PRESENT_REF, ...) are ignored.
    `start` and `end` (dates, or str YYYY-MM-DD or ISO datetimes, as reference dates are
    given) leave out values that end before `start` or begin after `end`. When `df` has a
    column `published`, each row also gets a ``|`` at its publication date(s) (its
    missing values are left out; a value that is no date raises
    :class:`gazet.DateError`, naming the row).

    Artists, for restyling: one scatter (``gid="days"``) of the day dots, one bar patch per
    (row, value) bar, one scatter (``gid="published"``) of the publication marks.
    """
    plt = _plt()
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    _need(df, ["label", "value", by])
    kinds = set(kinds)
    lo, hi = _date(start, "start"), _date(end, "end")
    dates = df[df["label"].astype(str) == "DATE"]
    rows = list(dict.fromkeys(str(r) for r in df[by]))
    y_of = {r: i for i, r in enumerate(rows)}

    days: Counter[tuple[int, dt.date]] = Counter()
    bars: dict[tuple[int, str], tuple[str, dt.date, dt.date]] = {}
    for row, value in zip(dates[by], dates["value"], strict=True):
        value = text_or_none(value)
        kind = period_kind(value)
        span = period(value)
        if kind not in kinds or span is None:
            continue
        if (lo and span[1] < lo) or (hi and span[0] > hi):
            continue
        y = y_of[str(row)]
        if kind == "day":
            days[(y, span[0])] += 1
        else:
            bars.setdefault((y, value), (kind, span[0], span[1]))  # type: ignore[arg-type]

    if ax is None:
        _, ax = plt.subplots(figsize=(9, 0.55 * len(rows) + 1.6))
    used: list[str] = []
    for (y, _value), (kind, first, last) in sorted(
        bars.items(), key=lambda kv: -_BAR_STYLE[kv[1][0]][0]
    ):
        height, bar_colour = _BAR_STYLE[kind]
        left = mdates.date2num(first)
        width = mdates.date2num(last + dt.timedelta(days=1)) - left
        ax.barh(
            y,
            width,
            left=left,
            height=height,
            color=bar_colour,
            alpha=0.45,
            edgecolor=bar_colour,
            linewidth=0.8,
            label=None,
        )
        if kind not in used:
            used.append(kind)
    if days:
        keys = sorted(days, key=lambda k: (k[0], k[1]))
        xs = [mdates.date2num(d) + 0.5 for _, d in keys]  # the middle of the day
        ys = [y for y, _ in keys]
        sizes = [28 + 22 * (days[k] - 1) for k in keys]
        ax.scatter(xs, ys, s=sizes, color=_DAY_COLOUR, zorder=3, gid="days")
    pub_marks = 0
    if published and published in df.columns:
        marks = {
            (y_of[str(r)], d)
            for label, r, p in zip(df.index, df[by], df[published], strict=True)
            if (d := _date(p, f"row {label!r}", f"{published} date")) is not None
            and (not lo or d >= lo)
            and (not hi or d <= hi)
        }
        if marks:
            ax.scatter(
                [mdates.date2num(d) + 0.5 for _, d in marks],
                [y for y, _ in marks],
                marker="|",
                s=420,
                linewidths=2.2,
                color="#e69f00",
                zorder=4,
                gid="published",
            )
            pub_marks = len(marks)

    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title("Dates mentioned, by " + by)
    handles: list[Any] = []
    if days:
        handles.append(Line2D([], [], marker="o", linestyle="", color=_DAY_COLOUR, label="day"))
    for kind in sorted(used, key=lambda k: -_BAR_STYLE[k][0]):
        handles.append(Patch(color=_BAR_STYLE[kind][1], alpha=0.45, label=kind))
    if pub_marks:
        handles.append(
            Line2D(
                [],
                [],
                marker="|",
                linestyle="",
                markersize=12,
                markeredgewidth=2.2,
                color="#e69f00",
                label="published",
            )
        )
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return ax


def _date(value: Any, where: str, what: str = "date") -> dt.date | None:
    """A date argument or cell as a date (None when missing), read as reference dates
    are; errors name `where`."""
    iso = iso_date(value, where, what)
    return None if iso is None else dt.date.fromisoformat(iso)


def _need(df: Any, columns: list[str]) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ColumnNotFoundError(
            f"the DataFrame needs column(s) {', '.join(missing)}; it has {list(df.columns)} "
            "(join Matcher.extract's output with the document metadata, e.g. on 'doc')"
        )


# ---------------------------------------------------------------------------------------
# frequency


def entity_names(df: pd.DataFrame) -> dict[str, str]:
    """A display name per entity_id: the surface text it was found as most often (first
    seen on ties)."""
    forms: dict[str, Counter[str]] = {}
    for eid, text in zip(df["entity_id"], df["text"], strict=True):
        eid = text_or_none(eid)
        if eid is not None:
            forms.setdefault(eid, Counter())[str(text)] += 1
    return {eid: c.most_common(1)[0][0] for eid, c in forms.items()}


def frequency(
    df: pd.DataFrame,
    *,
    by: str = "outlet",
    label: str | Iterable[str] | None = None,
    top: int = 15,
    names: Mapping[str, str] | None = None,
    ax: matplotlib.axes.Axes | None = None,
) -> matplotlib.axes.Axes:
    """How often each entity is mentioned, as horizontal bars stacked by `by` (one colour
    per outlet), for the `top` entities by total mentions (most mentioned at the top,
    ties by entity_id).
    `label` keeps only that label (or labels); ``label="DATE"`` counts DATE values instead
    of entities. Bars are named by `names` (entity_id -> name) or the surface text each
    entity was found as most often.

    Artists, for restyling: one bar container per value of `by` (``ax.containers``), one
    y tick label per entity.
    """
    plt = _plt()
    _need(df, ["label", "entity_id", "value", "text", by])
    sub = df
    if label is not None:
        wanted = {label} if isinstance(label, str) else set(label)
        sub = sub[sub["label"].astype(str).isin(wanted)]
    key = "value" if label == "DATE" else "entity_id"
    sub = sub[[text_or_none(v) is not None for v in sub[key]]]
    counts: dict[str, Counter[str]] = {}
    groups = list(dict.fromkeys(str(g) for g in df[by]))
    for k, g in zip(sub[key], sub[by], strict=True):
        counts.setdefault(str(k), Counter())[str(g)] += 1
    order = sorted(counts, key=lambda k: (-sum(counts[k].values()), k))[:top]
    shown = names if names is not None else (entity_names(sub) if key == "entity_id" else {})
    groups = [g for g in groups if any(counts[k][g] for k in order)]

    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.32 * max(len(order), 1) + 1.4))
    cmap = plt.get_cmap("tab10" if len(groups) <= 10 else "tab20")
    left = [0] * len(order)
    for i, g in enumerate(groups):
        widths = [counts[k][g] for k in order]
        ax.barh(range(len(order)), widths, left=left, color=cmap(i % cmap.N), label=g, height=0.7)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(range(len(order)), [shown.get(k, k) for k in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlabel("mentions")
    what = (
        "DATE values"
        if key == "value"
        else "entities"
        if label is None
        else f"{_labels(label)} entities"
    )
    ax.set_title(f"Most mentioned {what}, by {by}")
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    if groups:
        ax.legend(loc="lower right", frameon=False, fontsize="small")
    return ax


def _labels(label: str | Iterable[str]) -> str:
    return label if isinstance(label, str) else "/".join(label)


# ---------------------------------------------------------------------------------------
# co-occurrence


def cooccurrence_graph(
    df: pd.DataFrame,
    *,
    labels: Iterable[str] = ("PERSON", "PLACE"),
    min_count: int = 1,
    within: str = "sentence",
    texts: Mapping[Any, str] | Any = None,
    names: Mapping[str, str] | None = None,
) -> nx.Graph[str]:
    """The co-occurrence network: a node per entity with a label in `labels` (attributes
    label, name, mentions), an edge between two entities found in the same sentence
    (`within="sentence"`) or the same document (`within="document"`), weighted by the
    number of sentences (or documents) they share; edges with weight below `min_count` are
    left out, and so are the entities left with no edge.

    Sentences come from a ``sentence`` column (see :func:`gazet.display.add_sentences`) or
    from `texts` (doc -> full text). The graph's ``within`` and ``units`` attributes say
    what was counted and how many units had at least one entity.
    """
    networkx = _nx()
    if within not in ("sentence", "document"):
        raise OptionError(f"within must be 'sentence' or 'document', not {within!r}")
    _need(df, ["doc", "label", "entity_id", "text"])
    wanted = {labels} if isinstance(labels, str) else set(labels)
    sub = df[df["label"].astype(str).isin(wanted)]
    sub = sub[[text_or_none(v) is not None for v in sub["entity_id"]]]
    if within == "sentence" and "sentence" not in sub.columns:
        if texts is None:
            raise ArgumentError(
                "within='sentence' needs a 'sentence' column (gazet.display.add_sentences) "
                "or texts= (doc -> full text); or use within='document'"
            )
        sub = add_sentences(sub, texts)
    unit_keys = ["doc", "sentence"] if within == "sentence" else ["doc"]
    shown = dict(names) if names is not None else entity_names(sub)

    graph: nx.Graph[str] = networkx.Graph(within=within)
    mentions = Counter(str(e) for e in sub["entity_id"])
    label_of = {str(e): str(lab) for e, lab in zip(sub["entity_id"], sub["label"], strict=True)}
    units: dict[tuple[Any, ...], set[str]] = {}
    for row in zip(*(sub[k] for k in unit_keys), sub["entity_id"], strict=True):
        units.setdefault(tuple(row[:-1]), set()).add(str(row[-1]))
    weights: Counter[tuple[str, str]] = Counter()
    for members in units.values():
        for a, b in itertools.combinations(sorted(members), 2):
            weights[(a, b)] += 1
    for (a, b), w in weights.items():
        if w >= min_count:
            graph.add_edge(a, b, weight=w)
    for node in graph.nodes:
        graph.nodes[node].update(
            label=label_of[node], name=shown.get(node, node), mentions=mentions[node]
        )
    graph.graph["units"] = len(units)
    return graph


def cooccurrence(
    df: pd.DataFrame,
    *,
    labels: Iterable[str] = ("PERSON", "PLACE"),
    min_count: int = 1,
    within: str = "sentence",
    texts: Mapping[Any, str] | Any = None,
    names: Mapping[str, str] | None = None,
    seed: int = 7,
    ax: matplotlib.axes.Axes | None = None,
) -> matplotlib.axes.Axes:
    """Draws :func:`cooccurrence_graph` (same arguments): nodes coloured by label (the
    colours of :mod:`gazet.display`) and sized by mentions, edges as wide as their weight,
    laid out by a seeded spring layout. The title says whether sentences or documents
    were counted.

    Artists, for restyling: one scatter of the nodes (``gid="nodes"``), one line
    collection of the edges (``gid="edges"``), one text per node.
    """
    plt = _plt()
    networkx = _nx()
    from matplotlib.lines import Line2D

    graph = cooccurrence_graph(
        df, labels=labels, min_count=min_count, within=within, texts=texts, names=names
    )
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 6))
    nodes = list(graph.nodes)
    if nodes:
        pos = networkx.spring_layout(
            graph, weight=None, seed=seed, k=2.2 / max(len(nodes), 1) ** 0.5
        )
        edges = list(graph.edges)
        weights = [graph.edges[e]["weight"] for e in edges]
        top = max(weights) if weights else 1
        most = max(graph.nodes[n]["mentions"] for n in nodes)
        drawn_edges = networkx.draw_networkx_edges(
            graph,
            pos,
            edgelist=edges,
            width=[0.6 + 4.4 * w / top for w in weights],
            edge_color="#888888",
            alpha=0.7,
            ax=ax,
        )
        if edges:
            drawn_edges.set_gid("edges")
        drawn_nodes = networkx.draw_networkx_nodes(
            graph,
            pos,
            nodelist=nodes,
            node_color=[colour(graph.nodes[n]["label"]) for n in nodes],
            node_size=[80 + 700 * (graph.nodes[n]["mentions"] / most) ** 0.5 for n in nodes],
            edgecolors="#333333",
            linewidths=0.8,
            ax=ax,
        )
        drawn_nodes.set_gid("nodes")
        networkx.draw_networkx_labels(
            graph,
            pos,
            labels={n: graph.nodes[n]["name"] for n in nodes},
            font_size=8,
            ax=ax,
            verticalalignment="bottom",
            bbox={
                "boxstyle": "round,pad=0.15",
                "facecolor": "white",
                "edgecolor": "none",
                "alpha": 0.7,
            },
        )
    unit = "sentence" if within == "sentence" else "document"
    ax.set_title(
        f"{_labels(labels)} named in the same {unit}: "
        f"{graph.number_of_edges()} pairs over {graph.graph['units']} {unit}s"
    )
    present = list(dict.fromkeys(graph.nodes[n]["label"] for n in nodes))
    if present:
        ax.legend(
            handles=[
                Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    markersize=9,
                    markerfacecolor=colour(lab),
                    markeredgecolor="#333333",
                    label=lab,
                )
                for lab in present
            ],
            loc="lower left",
            frameon=False,
            fontsize="small",
        )
    ax.set_axis_off()
    ax.margins(0.12)
    return ax
