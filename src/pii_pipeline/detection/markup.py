"""Markup read as the labelled text it shows: an XML record's or an HTML page's tags become the layout a form has,
at the same length, so every recognizer's label words apply to the values between them.

- an XML element with text (`<givenName>Tomasz</givenName>`, `<field name="town">Radom</field>`) reads as a line
  "given name:Tomasz", "town:Radom": its tag (or its name/key/label attribute) is the value's label;
- HTML's cells and lines keep their layout: a row's cells are apart by a bar (`<td>Name</td><td>Ann Lee</td>` reads
  "Name | Ann Lee"), a term and its description by a colon (`<dt>`/`<dd>`), a block (`<p>`, `<br>`, `<li>`, `<tr>`)
  starts a line, and inline tags (`<b>Name:</b> Ann`) are blanks.

Only tags the text closes somewhere (or that need no closing, `<br>`, `<br/>`) are read: a chat log's "<nick> hi"
stays as written. A tag with an attribute that may hold a value (`<a href=…>`, `<person city="Brno">`,
`<person name="Jane Doe">`, any attribute of an empty element) stays as written too, so that value is still seen;
presentational attributes (class, style, width …) are blanks.
"""

from __future__ import annotations

import re

_MIN_CLOSERS = 2  # a text with one "</x>" in it is prose quoting a tag, not a record
_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][\w.\-]*(?::[A-Za-z][\w.\-]*)?)"
    r"(?P<attrs>(?:\s+[A-Za-z_:][\w:.\-]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"'=]+))?)*)\s*(?P<self>/?)>"
)
_ATTR = re.compile(r"([A-Za-z_:][\w:.\-]*)(?:\s*=\s*(?:\"([^\"<>]*)\"|'([^'<>]*)'|([^\s<>\"'=]+)))?")
_CLOSER = re.compile(r"</([A-Za-z][\w.\-]*(?::[A-Za-z][\w.\-]*)?)\s*>")
# Attributes that hold no value of a record: how it looks, or where its schema is.
_PRESENTATIONAL = frozenset(
    """class style align valign width height colspan rowspan border cellpadding cellspacing bgcolor color face size
    dir lang xml:lang xmlns scope role type nowrap span""".split()
)
# Attributes that name the field an element holds: `<field name="first_name">`, `<entry key="dob">`.
_LABEL_ATTRS = ("name", "key", "label", "field", "property")
# What such an attribute holds when it names a field: a field's name in lower case, snake_ or camelCase ("first_name",
# "dateOfBirth"), never a person's name ("Jane", "Jane Doe"), which stays where the recognizers see it.
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_.\-]*(?:[A-Z][a-z0-9_.\-]*)*")
_HTML_CELLS = frozenset({"td", "th"})
_HTML_TERMS = frozenset({"dt"})
_HTML_BLOCKS = frozenset(
    """html head body title table thead tbody tfoot tr caption p div br hr li ul ol dl dd h1 h2 h3 h4 h5 h6
    section article header footer main nav aside blockquote pre form fieldset legend address figure figcaption
    meta link""".split()
)
_HTML_INLINE = frozenset("span b strong i em u small big font label a abbr sup sub code mark s tt".split())
_HTML_VOID = frozenset({"br", "hr", "meta", "link", "wbr"})
HTML_TAGS = _HTML_CELLS | _HTML_TERMS | _HTML_BLOCKS | _HTML_INLINE
# Tags that say what kind of value an element holds, not whose: its parent says that.
_GENERIC_TAGS = frozenset({"name", "full name", "title", "id", "number", "code", "value", "type", "label"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _label(text: str) -> str:
    """A tag or attribute value as words: "givenName" -> "given name", "reporter_name" -> "reporter name"."""
    local = text.rsplit(":", 1)[-1]
    return re.sub(r"[_.\-]+", " ", _CAMEL.sub(" ", local)).strip().lower()


def _attrs(attrs: str) -> dict[str, str] | None:
    """The attributes that name a field, or None when one may hold a value of the record."""
    named: dict[str, str] = {}
    for m in _ATTR.finditer(attrs):
        key = m.group(1).lower()
        if key in _PRESENTATIONAL or key.startswith("xmlns"):
            continue
        value = next((g for g in m.groups()[1:] if g is not None), "")
        if key in _LABEL_ATTRS and _FIELD_NAME.fullmatch(value):
            named[key] = value
            continue
        return None  # a value of the record ('city="Brno"', 'name="Jane Doe"'), left where the recognizers see it
    return named


def _read(m: re.Match[str], closed: set[str]) -> tuple[bool, str, str | None] | None:
    """(closing?, lower-case tag name, field label) of a tag to read, or None to leave it as written."""
    name = m.group("name")
    lower = name.lower()
    closing = bool(m.group("close"))
    if not (closing or m.group("self") or name in closed or lower in _HTML_VOID):
        return None  # never closed: "<nick> hi there", not an element
    attrs = _attrs(m.group("attrs")) if m.group("attrs") and not closing else {}
    if attrs is None or (attrs and m.group("self")):
        return None  # (an empty element's attributes are its data)
    label = next((attrs[k] for k in _LABEL_ATTRS if attrs.get(k)), None)
    return closing, lower, label


def read_markup(text: str) -> str:
    """`text` with the tags of its markup rewritten as its layout, at the same length (`text` itself if none)."""
    if text.count("</") < _MIN_CLOSERS:
        return text
    closed = {m.group(1) for m in _CLOSER.finditer(text)}
    if not closed:
        return text
    found = [(m, _read(m, closed)) for m in _TAG.finditer(text)]
    # An element whose opening tag stays as written keeps its closing tag too ('<id country="SE">…</id>' reads as
    # a whole, as the recognizers know it).
    kept = {m.group("name") for m, read in found if read is None and not m.group("close")}
    tags = [(m, read) for m, read in found if read is not None and not (read[0] and m.group("name") in kept)]
    parents = _parents(found)
    if not tags:
        return text
    out = list(text)
    index = 0
    while index < len(tags):
        # A run: tags with nothing but blanks between them.
        end = index + 1
        while end < len(tags) and not text[tags[end - 1][0].end() : tags[end][0].start()].strip():
            end += 1
        run = tags[index:end]
        a, b = run[0][0].start(), run[-1][0].end()
        out[a:b] = _run_layout(text, run, b, parents.get(run[-1][0].start()))
        index = end
    return "".join(out)


def _parents(found: list) -> dict[int, str]:  # noqa: ANN001
    """Per opening tag (by where it starts), the name of the element it sits in."""
    stack: list[str] = []
    parents: dict[int, str] = {}
    for m, _ in found:
        name = m.group("name")
        if m.group("close"):
            if name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
            continue
        if stack:
            parents[m.start()] = stack[-1]
        if not m.group("self") and name.lower() not in _HTML_VOID:
            stack.append(name)
    return parents


def _field_label(tag: str, parent: str | None, room: int) -> str:
    """The label of an element's text: its tag, with its parent's name before a tag that says only what kind of
    value it is ("name" in `<station><name>` is a station's name, not a person's) when there is room for both."""
    label = _label(tag)
    if parent is None or label not in _GENERIC_TAGS:
        return label
    qualified = f"{_label(parent)} {label}"
    if len(qualified) + 2 <= room:
        return qualified
    return _label(parent) if len(_label(parent)) + 2 <= room else label


def _run_layout(text: str, run: list, after: int, parent: str | None) -> list[str]:  # noqa: ANN001
    """What a run of tags reads as: blanks, with a line break, a bar or a colon where its tags put one, and the
    label of the element whose text follows at its end (on a line of its own)."""
    a, b = run[0][0].start(), after
    layout = [" "] * (b - a)
    names = [(closing, lower) for _, (closing, lower, _) in run]
    html = all(lower in HTML_TAGS for _, lower in names)
    last_m, (last_closing, last_lower, last_label) = run[-1]
    if html:
        if any(c and lower in _HTML_TERMS for c, lower in names) and any(not c and lower == "dd" for c, lower in names):
            layout[0] = ":"
        elif any(lower in _HTML_BLOCKS for _, lower in names):
            layout[-1] = "\n"  # the next line starts where the text does: no indent
        elif any(c and lower in _HTML_CELLS for c, lower in names) and any(
            not c and lower in _HTML_CELLS for c, lower in names
        ):
            layout[min(1, len(layout) - 1)] = "|"
        return layout
    layout[-1] = "\n"
    if last_closing or last_m.group("self") or last_lower in HTML_TAGS:
        return layout
    # The element's own text follows: its tag (or the field its attribute names) labels it.
    label = _label(last_label) if last_label else _field_label(last_m.group("name"), parent, len(layout))
    value_end = text.find("<", b)
    value = text[b : value_end if value_end >= 0 else len(text)].strip()
    if label and value and len(label) + 2 <= len(layout):
        # As a log line's key=value reads (normalize.py): a value with a digit or a colon gets a blank after its
        # label, not a colon, which would read as part of an IPv6 or a MAC address.
        colon = " " if any(c.isdigit() or c == ":" for c in value) else ":"
        layout[len(layout) - len(label) - 2 :] = ["\n", *label, colon]
    return layout
