"""An address found whole ("8522 Briarwood Rd, Boise, ID 83702") reported as its parts: the house and street
(STREET_ADDRESS) and, after a comma, the town with what follows it (LOCATION: "Boise, ID 83702"). The two types
have their own policies (a street is redacted, a town generalised to its region) and reviewers read them apart.

A part after a comma is the town's when it opens with a word of letters (or a postcode and then one: "12345
Berlin"), names no flat, floor or building ("Apt 4", "3º B"), and what follows it is short: a state, a postcode,
a country. Otherwise the address stays whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pii_pipeline.types import Span

_SEPARATOR = re.compile(r",[ \t]*")
# Words that open a unit's part, not a town's.
_UNIT_WORDS = frozenset(
    """apt apt. apartment flat unit suite ste ste. floor fl fl. room rm building bldg block blk lot no no. daire kat
    kv kv. piso puerta etage étage tür stiege int int. interno scala app app. appt bâtiment bat bât esc escalera
    house po p.o. box bus apto apto. depto dpto andar bloco casa lote interior кв кв. квартира д. дом корп. корпус
    стр. под. эт. оф. бн. բն.""".split()
)
# Words that end a street's or an estate's name, not a town's ("Link Road", "Nehru Nagar", "Green Park Society").
_STREET_ENDS = frozenset(
    """road rd rd. street st st. avenue ave ave. lane ln drive dr dr. boulevard blvd way court ct place pl terrace
    crescent close marg nagar colony society residency layout sector chowk gali straße strasse str. weg gasse allee
    platz straat laan steeg ulica cadde cad. sokak sk. mahallesi mah.""".split()
)
# A town's first word, maybe after a postcode: four digits or more, or letters and digits ("E1E 0B6", "LS1").
# Also "161 15" (Czech, Slovak, Swedish, Greek), "00-950" (Polish), "1234 AB" (Dutch), seven digits (Chilean).
_TOWN_START = re.compile(
    r"(?:(?:\d{4,7}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}[ ]?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?(?:[ \-]?\d[A-Z]{2})?|"
    r"[A-Z]\d[A-Z][ \-]?\d[A-Z]\d)[ \t]+)?"
    r"[^\W\d_][^\W\d_'’.\-]*"
)
_SHORT_TAIL = re.compile(r"[^\W_][\w .'’\-]{0,30}")


def _street_head(head: str) -> bool:
    """A house number and a street's word ("8522 Briarwood Rd", "Via Roma 21"), not a flat alone ("Flat 3") or a
    postcode alone ("14786")."""
    words = [w for w in head.replace(",", " ").split() if any(c.isalpha() for c in w)]
    return any(c.isdigit() for c in head) and any(w.casefold() not in _UNIT_WORDS and len(w) >= 2 for w in words)


def _tail_part(part: str) -> bool:
    """What may follow a town: a state, a postcode, a country; not a house number or a flat ("75", "кв. 12")."""
    words = part.split()
    if not words or words[0].casefold() in _UNIT_WORDS or (part.isdigit() and len(part) <= 4):
        return False
    return _SHORT_TAIL.fullmatch(part) is not None


def _town_part(part: str) -> bool:
    words = part.split()
    if not words or words[0].casefold() in _UNIT_WORDS:
        return False
    if words[-1].casefold() in _STREET_ENDS:
        return False
    m = _TOWN_START.match(part)
    if m is None:
        return False
    # A postcode before the town ("12345 Berlin", "E1E 0B6 Moncton") must end in digits; a word must follow.
    return len(m.group()) >= 2 and not part[: m.end()].replace(" ", "").isdigit()


# A Chinese, Japanese or Korean address opens with its city: "高雄市復興路16號5樓", "대전시 월드컵로 157".
_CJK_CITY = re.compile(
    r"[\u3400-\u9fff]{1,5}?[市縣县區区](?=[\u3400-\u9fff\d])|[\uac00-\ud7a3]{1,4}[시군](?=[ ][\uac00-\ud7a3])"
)


def _city_first(text: str, span: Span) -> list[Span] | None:
    m = _CJK_CITY.match(text, span.start, span.end)
    if m is None or m.end() >= span.end - 1:
        return None
    street_start = m.end() + (1 if text[m.end()] == " " else 0)
    return [replace(span, entity_type="LOCATION", end=m.end()), replace(span, start=street_start)]


def split_towns(text: str, spans: list[Span]) -> list[Span]:
    """Each STREET_ADDRESS span with a town after a comma, as two spans (see the module's docstring)."""
    out: list[Span] = []
    for span in spans:
        if span.entity_type == "STREET_ADDRESS" and (parts := _city_first(text, span)) is not None:
            out.extend(parts)
            continue
        if span.entity_type != "STREET_ADDRESS" or "," not in text[span.start : span.end]:
            out.append(span)
            continue
        value = text[span.start : span.end]
        cuts = [m for m in _SEPARATOR.finditer(value)]
        split = None
        for i, cut in enumerate(cuts):
            head, part = value[: cut.start()], value[cut.end() :]
            part = part.split("\n", 1)[0].rstrip()  # (a span that ran on past the line: the town's line decides)
            first = _SEPARATOR.split(part, maxsplit=1)
            if not _street_head(head) or not _town_part(first[0]) or "\n" in first[0]:
                continue
            rest = cuts[i + 1 :]
            if len(rest) > 2 or not all(_tail_part(p) for p in _SEPARATOR.split(part)[1:]):
                continue  # more street after it ("м. Одеса, вул. Лесі Українки, 75"): the address stays whole
            split = (cut.start(), cut.end())
            break
        if split is None:
            out.append(span)
            continue
        street_end = span.start + split[0]
        town_start = span.start + split[1]
        out.append(replace(span, end=street_end))
        town_end = span.end
        while town_end > town_start + 1 and text[town_end - 1] in ".,;:":
            town_end -= 1  # "…, Amsterdam." with the sentence's full stop: the town only
        out.append(replace(span, entity_type="LOCATION", start=town_start, end=town_end))
    return out
