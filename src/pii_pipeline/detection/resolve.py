"""One answer per span: overlapping results become one entity, and no partial cover leaks.

The best result wins (score, then how specific its type is, then length; a full tie goes to the result earlier
in the text). A loser that reaches beyond the winner widens the winner, so the whole value stays covered under
one type.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pii_pipeline.entities import specificity
from pii_pipeline.types import Span


def _rank(span: Span) -> tuple[float, int, int]:
    # Specificity from the entity registry: checksummed formats beat loose shapes, shapes beat NER guesses.
    return (round(span.score, 3), specificity(span.entity_type), span.end - span.start)


# Streets are named after people ("5850 Jana Nerudy 894", "Rua Cyro Schmutzer Franco 1213"): a name guess that
# lies inside an address's span is part of that address, whatever the two scores; so is its town ("…, Dayton, OH").
_CONTAINERS: dict[str, frozenset[str]] = {"STREET_ADDRESS": frozenset({"PERSON", "LOCATION"})}


def _drop_contained(spans: list[Span], text: str | None) -> list[Span]:
    # Only an address with a house or postal number ("Av. Gülçe Miray Durmuş" is a lawyer's title and a name).
    outer = [s for s in spans if s.entity_type in _CONTAINERS and (text is None or _has_digit(text, s))]
    if not outer:
        return spans
    return [
        s
        for s in spans
        if not any(
            s.entity_type in _CONTAINERS[o.entity_type] and o.start <= s.start and s.end <= o.end and o is not s
            for o in outer
        )
    ]


def _has_digit(text: str, span: Span) -> bool:
    return any(c.isdigit() for c in text[span.start : span.end])


def resolve_overlaps(spans: Iterable[Span], text: str | None = None) -> list[Span]:
    """`text`, when given, lets an address swallow a name only if it has a number."""
    kept: list[Span] = []
    for span in sorted(_drop_contained(list(spans), text), key=_rank, reverse=True):
        overlapping = [k for k in kept if span.start < k.end and k.start < span.end]
        if not overlapping:
            kept.append(span)
            continue
        for winner in overlapping:  # widened over the loser (unchanged when the loser lies inside it)
            kept.remove(winner)
            kept.append(replace(winner, start=min(winner.start, span.start), end=max(winner.end, span.end)))
    # Widening can make two kept spans touch; merge any that now overlap.
    merged: list[Span] = []
    # By start alone: kept spans that share a start differ in length, so their ranks, not their order, decide.
    for span in sorted(kept, key=lambda s: s.start):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if _rank(span) > _rank(last):
                # max() only in defence: kept spans overlap only through a loser that widened both, so the later
                # one never ends first (mutmut's `end=span.end` cannot be told apart).
                last = replace(span, start=last.start, end=max(last.end, span.end))  # pragma: no mutate
            else:
                last = replace(last, end=max(last.end, span.end))
            merged[-1] = last
        else:
            merged.append(span)
    return merged
