"""Names that are not people, as data: firms and brands named after their founders, and rooms, buildings and
institutions named after someone (helpers only; no recognizer here).

"Wells Fargo", "Morgan Stanley", "Johnson & Johnson", "the Lincoln Room", "Franklin Hall": capitalised words that
read as a first name and a surname, but name no person in the text.
"""

from __future__ import annotations

import re

# Firms and brands whose names are people's names. Matched as whole words, case-insensitively.
FIRMS = (
    "Wells Fargo", "Morgan Stanley", "Charles Schwab", "Harley-Davidson", "Harley Davidson", "Johnson & Johnson",
    "Goldman Sachs", "Merrill Lynch", "Edward Jones", "Raymond James", "Dow Jones", "Ernst & Young",
    "Procter & Gamble", "Marks & Spencer", "Dolce & Gabbana", "Ben & Jerry's", "Black & Decker", "Allen & Overy",
    "Simon & Schuster", "Eli Lilly", "John Deere", "Ralph Lauren", "Calvin Klein", "Tommy Hilfiger",
    "Louis Vuitton", "Estée Lauder", "Estee Lauder", "Hewlett-Packard", "Hewlett Packard", "Walt Disney",
    "Philip Morris", "Lockheed Martin", "Booz Allen", "Booz Allen Hamilton", "Sherwin-Williams", "Jones Day",
    "Baker McKenzie", "Clifford Chance", "Johnson Controls", "Dr Pepper", "Trader Joe's", "Charles River",
    "Thomson Reuters", "Bristol Myers", "Bristol-Myers Squibb", "Abbott Laboratories", "Pfizer", "Levi Strauss",
    "Paul Smith", "Ted Baker", "Hugo Boss", "Giorgio Armani", "Coco Chanel", "Christian Dior", "Kate Spade",
    "Michael Kors", "Marc Jacobs", "Tory Burch", "Vera Wang", "Stella McCartney", "Martha Stewart Living",
    "Sam's Club", "Macy's", "Kohl's", "Dillard's", "Wendy's", "Arby's", "Hardee's", "Denny's", "Papa John's",
    "McDonald's", "Carl's Jr", "Dunkin Donuts", "Jack Daniel's", "Jim Beam", "Johnnie Walker", "Ben Sherman",
    "Fred Perry", "Tommy Bahama", "Rolls-Royce", "Rolls Royce", "Aston Martin", "Mercedes-Benz", "Mercedes Benz",
    "Alfa Romeo", "Enterprise Holdings", "Jenny Craig", "Betty Crocker", "Sara Lee", "Kraft Heinz",
    "Warner Bros", "Warner Brothers", "Lehman Brothers", "Salomon Brothers", "Smith Barney", "Dean Witter",
    "Charles Tyrwhitt", "Cushman & Wakefield", "Jones Lang LaSalle", "Keller Williams", "Coldwell Banker",
    "Sotheby's", "Christie's", "Bain Capital", "Arthur Andersen", "Grant Thornton", "Moss Adams", "Baker Tilly",
    "Marsh McLennan", "Aon", "Freddie Mac", "Fannie Mae", "Sallie Mae", "Ginnie Mae", "Tim Hortons",
    "Hobby Lobby", "Barnes & Noble", "Crate & Barrel", "Williams-Sonoma", "Bath & Body Works", "Abercrombie & Fitch",
)  # fmt: skip
_FIRM_RE = re.compile(
    r"(?<![\w'’\-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in FIRMS) + r")(?![\w\-])"
)
# "Hartley & Hartley", "Baker & Finch LLP": a name joined to itself, or names before a firm's ending, are a firm
# ("Maria & Jose" are two people).
_AMPERSAND_FIRM = re.compile(
    r"(?P<a>[A-Z][\w'’\-]*)[ \t]*&[ \t]*(?P=a)\b"
    r"|[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*[ \t]*&[ \t]*[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*"
    r",?[ \t]+(?:LLP|LLC|Inc|Co|Ltd|PLC|GmbH|Sons|Partners|Associates|Company)\b"
)
# What a name is the name of, when one of these follows it: "the Lincoln Room", "Franklin Hall", "Ford Motors".
# (Not "Hall", "Wing", "Tower" or "Brothers": they are surnames too, as in "Veronica Hall".)
_NAMED_AFTER = re.compile(
    r"[ \t]+(?:Room|Rooms|Building|Bldg|Center|Centre|Library|Auditorium|Suite|Theater|Theatre|"
    r"Stadium|Arena|Lounge|Lobby|Gallery|Pavilion|Elementary|Academy|University|College|Hospital|"
    r"Foundation|Institute|Memorial|Dealership|Motors|Motor[ \t]+Company|Corporation|Corp|Inc|LLC|Ltd|"
    r"Securities|Investments|Pharmaceuticals|Laboratories|Conference[ \t]+Room|Boardroom|Ballroom|"
    # (Not before a number: "Ann Roe Suite 541" is a name and then an address.)
    r"Fellowship|Scholarship|Prize|Award|Lecture|Trophy)\b(?![ \t]*#?\d)"
)


def not_a_person(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words text[start:end] name a firm, a brand or a place named after someone."""
    if _NAMED_AFTER.match(text, end):
        return True
    space = text.rfind(" ", start, end)
    if space > start and (m := _NAMED_AFTER.match(text, space)) is not None and m.end() == end:
        return True  # the span took the word in: "Lincoln Room" (matched on the whole text: a number may follow)
    if "&" in text[max(0, start - 40) : end + 40]:
        for m in _AMPERSAND_FIRM.finditer(text, max(0, start - 40), min(len(text), end + 40)):
            if m.start() <= start and end <= m.end():
                return True
    return any(a < end and start < b for a, b in _firm_spans(text))  # "Wells Fargo Advisors" too


_last: tuple[str | None, list[tuple[int, int]]] = (None, [])


def _firm_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a listed firm; the last text's answer is kept (its names are checked one by one)."""
    global _last
    if _last[0] is not text:
        _last = (text, [m.span() for m in _FIRM_RE.finditer(text)])
    return _last[1]
