"""Criminal history: convictions, arrests, charges, prison, probation and parole, the sex-offender registry."""

import re
from collections.abc import Iterator

from pii_pipeline.detection.prescreen import needs, screen_text, screen_words

from ._recognizer_helpers import PHRASE_TAIL, ScreenedPatternsRecognizer, by_first_letter

# Offences, as they stand before the word that makes them a person's record ("drug possession charge",
# "assault conviction", "shoplifting arrest"). "battery" and "fraud" alone are left out: "battery charge",
# "a fraud charge on my card".
_CRIMES = (
    r"drugs?|narcotics?|possession|assault|aggravated\s+assault|sexual\s+assault|assault\s+and\s+battery|"
    r"domestic\s+(?:violence|battery|assault|abuse)|burglary|robbery|armed\s+robbery|theft|petty\s+theft|"
    r"grand\s+theft(?:\s+auto)?|identity\s+theft|auto\s+theft|car\s+theft|larceny|shoplifting|embezzlement|"
    r"forgery|vandalism|arson|trespass(?:ing)?|DUI|DWI|OWI|OUI|drunk[\s\-]driving|reckless\s+driving|"
    r"hit[\s\-]and[\s\-]run|homicide|manslaughter|murder|kidnapping|stalking|harassment|weapons?|firearms?|"
    r"gun|handgun|trafficking|solicitation|prostitution|indecent\s+exposure|child\s+endangerment|"
    r"child\s+abuse|child\s+pornography|rape|molestation|money\s+laundering|racketeering|extortion|bribery|"
    r"perjury|disorderly\s+conduct|public\s+intoxication|resisting\s+arrest|criminal\s+mischief|"
    r"breaking\s+and\s+entering|carjacking|meth(?:amphetamine)?|cocaine|crack|heroin|fentanyl|opioids?|"
    r"marijuana|cannabis|controlled\s+substances?|intent\s+to\s+distribute|sex\s+(?:crimes?|offen[cs]es?)|"
    r"felony|misdemeanou?r|probation\s+violation|parole\s+violation|(?:online\s+)?grooming(?:\s+(?:a\s+)?(?:minor|child|children|kids?))?|"
    r"indecent\s+images|"
    r"(?:drug\s+)?dealing(?!\s+with)|child\s+sexual\s+abuse|sexual\s+activity\s+with\s+a\s+(?:minor|child)|"
    # British charge names and their abbreviations ("locked up for GBH", "a caution for criminal damage").
    r"GBH|ABH|affray|criminal\s+damage|malicious\s+communications|dangerous\s+driving|drink[\s\-]driving|"
    r"drug\s+supply|supplying\s+drugs|possession\s+with\s+intent"
)
# Grouped by first letter: the regex engine then tries one group at each word, not every offence.
_CRIMES = by_first_letter(_CRIMES)
_TERM = (
    r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|a\s+few)"
    r"(?:\s+|-)(?:days?|weeks?|months?|years?)"
)
# The word that makes an offence someone's record.
# Charges that are money: "billing charges for", "late charges of", "data charges for roaming".
_MONEY_CHARGES = re.compile(
    r"\b(?i:billing|bank|service|usage|late|delivery|shipping|card|overdraft|monthly|annual|extra|additional|"
    r"hidden|roaming|data|transaction|processing|handling|cancellation|storage|transfer|network|finance|"
    r"interest|electricity|utility|parking|room|phone|mobile)\s+charges?\b"
)
# "in charge of the release", "took charge of", "no charge for the first 10 GB", "we charge for storing snapshots",
# "free of charge": a duty or a price. (An offence after "charge for" still counts: "a charge for assault".)
_NOT_OFFENCE_CHARGE = re.compile(
    r"\b(?i:(?:in|take|takes|took|taking|taken|person|officer|nurse)\s+charge\s+of|"
    r"(?:no|free|a\s+small|a\s+flat|one-time|separate|the\s+same)\s+charges?\s+for|free\s+of\s+charge|"
    r"(?:we|they|you|i|will|to|may|can|does|do|don'?t|doesn'?t|not)\s+charge\s+(?:for|of)|"
    r"charges?\s+(?:for|of)\s+(?:each|every|any|all|per|extra|additional|usage|use|access|[\$€£]|\d)|"
    r"charges?\s+(?:for|of)\s+(?:the\s+)?\w+ing\b)"
)
_RECORD_NOUNS = r"convictions?|charges?|arrests?|offen[cs]es?|sentences?|warrants?|citations?|indictments?"

_OFFENCE_RECORD = (
    r"(?<![\w\-])(?:(?:(?:19|20)\d\d|prior|previous|past|old|pending|outstanding|open|active|state|federal)\s+)?"
    r"(?:(?:" + _CRIMES + r")[\s\-]+){1,3}(?:" + _RECORD_NOUNS + r")(?:\s+(?:in|from)\s+(?:19|20)\d\d)?(?![\w\-])"
)
_TIME_SERVED = (
    r"\b(?:sentenced\s+to\s+" + _TERM + r"|(?:served|serving|spent)\s+" + _TERM + r"\s+(?:for\s+(?:a\s+|an\s+|the\s+)?"
    r"(?:" + _CRIMES + "|" + _RECORD_NOUNS + r")|behind\s+bars|(?:in|of)\s+(?:(?:a|the)\s+)?"
    r"(?:(?:state|federal|county)\s+)?(?:prison|jail|juvie|custody|detention|lockup|penitentiary)))\b"
)

# Whole words one of which every pattern's match holds (lower-cased, as prescreen.screen_words gives them), so a text
# without any skips the per-pattern screens. The custody pattern needs a verb and a place ("served time in jail"),
# or one of the words of its second branch.
_OFFENCE_AFTER = re.compile(r"\b(?i:for|of)\s+(?:(?:a|an|the)\s+)?(?:" + _CRIMES + r")\b")
# What someone is "charged with" when it is a duty ("charged with reviewing the budget", "overseeing …") or what a
# battery is charged with ("a 65 W adapter", "solar power").
_DUTY_OR_POWER = re.compile(
    r"(?i:(?:review|improv|overse|lead|develop|ensur|maintain|monitor|coordinat|implement|prepar|draft|evaluat|"
    r"assess|design|establish|advis|updat|defin|revis|supervis|identify|explor|examin|studi|consider|safeguard|"
    r"represent|govern)\w*ing\b|"
    r"(?:a|an|the)?\s*\d+(?:[.,]\d+)?\s*(?:W|V|A|mAh|Wh|kW|kWh|watts?|volts?|amps?|ml|mL|l|L|g|kg|mg|µl|µL|"
    r"litres?|liters?|grams?)\b|(?:a|an|the)\s+(?:\w+\s+)?(?:fine|fee|levy|surcharge|tax|penalty)\b|"
    r"(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+)?(?:adapters?|chargers?|cables?|batter(?:y|ies)|solar|power\s+banks?|"
    r"electricity|energy|current|ions|particles|static))"
)
_CRIME_WORD = re.compile(r"\b(?i:" + _CRIMES + r")\b")
_WITH = re.compile(r"\bwith\s+", re.IGNORECASE)


def _after_with(text: str, start: int, end: int) -> int:
    """Where the words after "charged with" begin in a match of the "charged" pattern."""
    m = _WITH.search(text, start, end)
    return m.end() if m else end


_CLAUSE_END = re.compile(r"[.,;:!?\n]")


def _clause_end(text: str, end: int) -> int:
    """Where the clause holding text[end] ends, at most 40 characters on ("charges for breaking and entering")."""
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 40))
    return stop.start() if stop else min(len(text), end + 40)


_ANY_WORDS = frozenset(
    "convicted guilty conviction convictions arrest arrests charge charges warrant warrants indictment indictments "
    "arrested charged indicted pleaded criminal police record offence offences offense offenses offender offenders "
    "megan megans probation parole parolee probationer monitor incarcerated imprisoned felon felony misdemeanor "
    "misdemeanour dui dwi sentence sentences citation citations sentenced served serving spent restraining "
    "protective bail remanded trial cautioned caution wanted suspended jailed locked order injunction shpo sopo "
    "sro asbo cbo dvpo dvpn released reprimand requirements prison jail juvie inside previous licence license "
    "unspent disqualified done doing did tagged fined bailed suspicion breached breach went".split()
)
# The words of a field that names a record ("offending_history:", "Strafregisterauszug:"); the pattern's screen, and
# what lets a text with no other record word through to the patterns.
_LABELLED = needs(
    substrings="criminal offending crim_ crim- convictions strafregister casier antecedentes precedenti sex offender"
)
_CUSTODY_VERBS = frozenset("served serving did spent released got just".split())
_CUSTODY_PLACES = frozenset("prison jail juvie juvenile federal time hmp hmyoi penitentiary correctional".split())


# What a record was for, when and where, after its words: "sentenced to 18 months | for fraud", "did time | for
# burglary | back in 2015", "released from HMP | Wandsworth", "incarcerated | at Rikers". Taken in, so none of the
# offence is left readable beside the finding.
_FOR_OFFENCE = re.compile(r"[ \t]+(?:for|of)[ \t]+(?:(?:a|an|the|his|her|their)[ \t]+)?" + PHRASE_TAIL, re.IGNORECASE)
_WHEN = re.compile(
    r"[ \t]+(?:(?:back[ \t]+)?(?:in|since)[ \t]+(?:(?:early|late|mid)[\s\-]+)?(?:19|20)\d\d\b|(?:in|since)[ \t]+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:[ \t]+(?:19|20)\d\d)?\b|(?:last|this)[ \t]+(?:year|month|week|summer|winter|spring|autumn))"
)
_WHERE = re.compile(
    r"[ \t]+(?:at|in)?[ \t]*(?:HMP[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+(?:Prison|Jail|Penitentiary|"
    r"Correctional[ \t]+\w+|Detention[ \t]+\w+))?(?![\w'’\-])"
)
_JOINS = re.compile(r"[ \t]*(?:,[ \t]*)?(?:after|and|then|but|before|following|while|for)[ \t]+|[ \t]*[,;][ \t]*", re.I)
_AND_OFFENCE = re.compile(r"[ \t]+and[ \t]+(?:" + _CRIMES + r")\b", re.IGNORECASE)
_CUSTODY_END = re.compile(r"(?i:incarcerated|imprisoned|HMP|HMYOI|prison|jail|held|detained|penitentiary)$")


# What leads a record's words in the same phrase: "got a suspended sentence", "declared a 2017 conviction for",
# "he's got a prior DUI conviction".
_LEAD = re.compile(
    r"(?:\b(?:has|had|have|got|gets|received|declared|disclosed|given|with)[ \t]+)?\b(?:a|an|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|multiple|numerous|\d{1,2})[ \t]+(?:(?:indefinite|lifetime|unspent|spent|previous|"
    r"prior|recent|current|active|suspended|custodial|conditional)[ \t]+)?(?:(?:19|20)\d\d[ \t]+)?$|"
    r"\b(?:has|had|have|got|gets|received|declared|disclosed|given)[ \t]+(?=$)|"
    # The copula of a predicate said of someone: "is currently | on bail", "is | a registered sex offender".
    r"\b(?:is|was|has\s+been|had\s+been)[ \t]+(?:(?:currently|already|previously|still|now)[ \t]+)?(?:a[ \t]+)?"
    r"(?:(?:listed|placed|put|out)[ \t]+)?$",
    re.IGNORECASE,
)


def _tail(text: str, end: int) -> int:
    """The end of a record's finding once the offence, the year and the prison that follow it are taken in."""
    if _CUSTODY_END.search(text, max(0, end - 14), end) and (m := _WHERE.match(text, end)):
        end = m.end()
    if m := _FOR_OFFENCE.match(text, end):
        end = m.end()
    if m := _AND_OFFENCE.match(text, end):
        end = m.end()
    if m := _WHEN.match(text, end):
        end = m.end()
    return end


class CriminalHistoryRecognizer(ScreenedPatternsRecognizer):
    ENTITY = "CRIMINAL_HISTORY"
    # Per pattern, what every match holds (detection/prescreen.py): a pattern is not run on a text without it.
    PATTERN_SCREENS = {
        "convicted": needs(words="guilty", substrings="convicted"),
        "conviction_for": needs(substrings="arrest charge conviction indictment warrant"),
        "cautioned": needs(
            substrings="cautioned sentenced jailed imprisoned tagged fined bailed remanded disqualified prison jail "
            "juvie probation parole community curfew"
        ),
        "suspicion": needs(substrings="suspicion"),
        "labelled": _LABELLED,
        "caution_or_sentence_for": needs(substrings="caution sentence order"),
        "fraud_conviction": needs(substrings="fraud"),
        "arrested": needs(substrings="arrested"),
        "charged": needs(substrings="charged indicted"),
        "pleaded": needs(words="pleaded"),
        "record": needs(
            words="arrest arrests charge charges convicted conviction convictions criminal offence offences offense "
            "offenses police record",
        ),
        "registry": needs(words="megans", substrings="megan's offender"),
        "supervision": needs(words="monitor officer parole parolee probation probationer"),
        "custody": needs(
            words="detention felon incarcerated hmp hmyoi penitentiary correctional",
            substrings="ex-con federal jail juvie prison time",
        ),
        "offence": needs(words="arrest arrests charge charges conviction convictions felony misdemeanor misdemeanour"),
        "offence_record": needs(
            substrings="arrest charge citation conviction indictment offence offense sentence warrant",
        ),
        "graded_offence": needs(words="felony misdemeanor misdemeanour"),
        "time_served": needs(substrings="entenced erved erving pent"),
        "punished_for": needs(
            substrings="arrested jailed imprisoned locked sent put convicted charged cautioned sentenced"
        ),
        "court_order": needs(substrings="order sentence bail remanded trial caution wanted record"),
        "under_order": needs(
            words="shpo sopo sro asbo cbo dvpo dvpn injunction", substrings="order notification requirements"
        ),
        "record_for": needs(substrings="caution record reprimand warning sentence released"),
        "custody_said": needs(
            words="prison jail juvie inside previous police licence license warrant unspent spent disqualified order "
            "done did doing breached breach breaches breaching"
        ),
    }
    PATTERNS = [
        ("convicted", r"\b(?:was\s+|been\s+)?(?:convicted|found\s+guilty)\s+(?:of|for|on)\s+" + PHRASE_TAIL, 0.9),
        # "was cautioned for exposure", "got sentenced for …": the verb with its subject's "was" is a record
        (
            "cautioned",
            r"\b(?:(?:was|been|got|i\s+was)\s+(?:cautioned|sentenced|jailed|imprisoned|tagged|fined|bailed|remanded|"
            r"disqualified)|(?:went|was\s+sent|got\s+sent|been)\s+to\s+(?:prison|jail|juvie)|"
            r"(?:got|given|received|was\s+given)\s+(?:(?:a|an)\s+)?(?:probation|parole|community\s+service|tag|curfew))"
            r"\s+for\s+" + PHRASE_TAIL,
            0.9,
        ),
        # "a caution for sexual communication with a child", "an 18-month sentence for burglary", "a 30-month
        # custodial sentence for supplying class A drugs", "a fraud conviction"
        (
            "caution_or_sentence_for",
            r"\b(?:a|an|one|two|three|\d+)\s+(?:(?:(?:\d+[\s\-](?:month|year|week)s?|custodial|suspended|prison|jail|"
            r"community|conditional|police|formal|final)[\s\-]+){0,3}cautions?|(?:(?:\d+[\s\-](?:month|year|week)s?|"
            r"custodial|suspended|prison|jail|community)[\s\-]+){1,3}(?:sentences?|orders?))\s+for\s+" + PHRASE_TAIL,
            0.85,
        ),
        ("fraud_conviction", r"\b(?:a|an|his|her|their|prior)\s+fraud\s+convictions?\b", 0.85),
        (
            "conviction_for",
            r"\b(?:prior\s+|previous\s+|past\s+|unspent\s+|spent\s+)?(?:convictions?|arrests?|charges?|warrants?|"
            r"indictments?)"
            r"\s+(?:for|of)\s+" + PHRASE_TAIL,
            0.9,
        ),
        ("arrested", r"\b(?:was\s+|been\s+|got\s+)?arrested\s+(?:for|on|in|after)\s+" + PHRASE_TAIL, 0.9),
        # The same in a transcript, with no punctuation to end the phrase: the offence's own words end it ("was
        # arrested for shoplifting please call"), and "jailed", "locked up", "sent down" for the verb.
        (
            "punished_for",
            r"\b(?:was\s+|been\s+|got\s+)?(?:arrested|jailed|imprisoned|locked\s+up|sent\s+down|put\s+away|convicted|"
            r"charged|cautioned|sentenced)(?:\s+in\s+(?:19|20)\d\d)?\s+(?:for|of|with)\s+(?:a\s+|an\s+)?(?:"
            + _CRIMES
            + r"|grooming(?:\s+(?:a\s+)?(?:minor|child|children|kids?))?|"
            r"indecent\s+images|sexual\s+activity\s+with\s+a\s+(?:minor|child))\b",
            0.9,
        ),
        ("charged", r"\b(?:was\s+|been\s+)?(?:charged|indicted)\s+with\s+" + PHRASE_TAIL, 0.9),
        # "was bailed on suspicion of child neglect", "arrested on suspicion of …"
        (
            "suspicion",
            r"\b(?:was\s+|been\s+|got\s+)?(?:bailed|arrested|detained|questioned|interviewed|held|released)\s+"
            r"(?:\w+\s+)?on\s+suspicion\s+of\s+" + PHRASE_TAIL,
            0.9,
        ),
        # A record's or a form's field that names it, with an answer that is no "none": '"offending_history": "fine
        # for driving without insurance in 2022"', "Endorsements / convictions: disqualified for …".
        (
            "labelled",
            r"(?i:\b(?:criminal[\s_\-]+(?:history|record|convictions?|background)|offending[\s_\-]+history|"
            r"crim(?:inal)?[\s_\-]*check|(?:previous|prior)[\s_\-]+convictions|(?:endorsements\s*/\s*)?convictions|"
            r"casier\s+judiciaire|antecedentes\s+penales|precedenti\s+penali|Strafregister(?:auszug)?|"
            r"sex\s+offender\s+regist(?:ry|er))[\"']?[ \t]*[:=][ \t]*[\"']?)"
            r"(?!(?i:none|nil|no\b|n/?a\b|clear|nothing|not\b|unknown|pending|no\s+records?|—|-|yes\b|true|false|null))"
            r"(?P<v>[^\s\"'\n;|][^\"'\n;|]{2,79}?)(?=[ \t]*(?:[\"'\n;|]|\.(?:\s|$)|$))",
            0.85,
        ),
        ("pleaded", r"\bpleaded\s+(?:guilty|no\s+contest)\s+to\s+" + PHRASE_TAIL, 0.9),
        (
            "record",
            r"\b(?:criminal|arrest|police)\s+(?:record|history|background)\b|\b(?:prior|previous|past)\s+"
            r"(?:convictions?|arrests?|record|offen[cs]es?|charges?)\b|\bconvicted\s+(?:felon|sex\s+offender)\b",
            0.9,
        ),
        (
            "registry",
            r"\b(?:on\s+the\s+)?(?:registered\s+)?sex[\s\-]offender(?:s|s'|'s)?(?:\s+(?:registry|register|list|"
            r"(?:notification|registration)(?:\s+requirements?)?))?\b|"
            r"\bMegan'?s\s+Law\s+(?:registry|list)\b",
            0.9,
        ),
        (
            "supervision",
            r"\b(?:(?:out\s+)?on|off|violated(?:\s+(?:his|her|their))?|violation\s+of)\s+(?:probation|parole)\b|"
            r"\b(?:parolee|probationer|probation\s+officer|parole\s+officer|ankle\s+monitor)\b",
            0.9,
        ),
        (
            "custody",
            r"\b(?:served|serving|did|spent|released\s+from|got\s+out\s+of|just\s+out\s+of)\s+(?:\w+\s+){0,4}?"
            r"(?:in\s+)?(?:prison|jail|juvie|juvenile\s+detention|federal\s+time|HMP|HMYOI|penitentiary|"
            r"correctional\s+(?:facility|institution|centre|center)|detention\s+cent(?:re|er)|"
            r"time(?:\s+in\s+(?:prison|jail|juvie))?)\b|\b(?:incarcerated|"
            r"imprisoned|ex-con|ex-convict|felon)\b",
            0.9,
        ),
        (
            "offence",
            r"\b(?:felony|misdemeanou?r)\s+(?:conviction|charges?|record|assault|theft|possession|DUI|DWI)\b|"
            r"\b(?:(?:prior|previous|past|old)\s+)?(?:DUI|DWI)\s+(?:arrests?|convictions?|charges?)\b",
            0.9,
        ),
        # "a felony drug possession charge", "2015 misdemeanor conviction", "his assault conviction",
        # "pending weapons charges", "DUI arrest in 2019": up to three offence words, then the record word.
        ("offence_record", _OFFENCE_RECORD, 0.9),
        # "felony drug possession", "misdemeanor possession of marijuana": a grade of crime and the offence.
        (
            "graded_offence",
            r"\b(?:felony|misdemeanou?r)\s+(?:(?:" + _CRIMES + r")[\s\-]+){0,2}(?:" + _CRIMES + r")\b"
            r"(?:\s+of\s+(?:a\s+)?(?:" + _CRIMES + r"))?",
            0.9,
        ),
        # "sentenced to five years", "served 18 months for a felony ...", "served two years behind bars" (not
        # "served four years in the Navy").
        ("time_served", _TIME_SERVED, 0.9),
        # A court's order against someone, a police caution, bail and a pending trial: "has a restraining order
        # against him", "was cautioned by police", "out on bail", "awaiting trial for".
        (
            "court_order",
            r"\b(?:restraining|protective|protection|no[\s\-]contact|non[\s\-]molestation|stay[\s\-]away)\s+order\s+"
            r"(?:against|on)\s+(?:him|her|them|\w+)\b|\b(?:suspended\s+sentence|(?:given|got|received|on|under|serving)\s+(?:an?\s+)?community\s+(?:service\s+)?order|"
            r"(?:did|doing|does|got)\s+community\s+service|"
            r"(?:out\s+)?on\s+bail|remanded\s+in(?:to)?\s+custody|"
            r"awaiting\s+trial(?!\s+(?:results?|data|approval|phase|sites?|enrol\w*|start|launch|design))|"
            r"(?:was\s+|been\s+|got\s+)?cautioned\s+by\s+(?:the\s+)?police|(?:a\s+)?police\s+caution|"
            r"wanted\s+by\s+(?:the\s+)?police|(?:has|had|got)\s+a\s+(?:criminal|police)\s+record|"
            r"(?<=he\s|ey\s|ho\s)(?:has|had)\s+a\s+record)\b",
            0.9,
        ),
        # An order a court put on someone, said of them: "is under a restraining order", "subject to a SHPO"
        (
            "under_order",
            r"\b(?:under|subject\s+to)\s+(?:a|an)\s+(?:(?:interim|full|final|new|court|civil)\s+)?(?:"
            r"(?:restraining|protective|protection|non[\s\-]?molestation|no[\s\-]contact|stay[\s\-]away|supervision|"
            r"community|banning|barring|criminal\s+behaviou?r|sexual\s+harm\s+prevention|sexual\s+risk|"
            r"domestic\s+(?:violence|abuse)(?:\s+protection)?|occupation|gang|youth\s+rehabilitation)\s+"
            r"(?:order|injunction)|injunction|SHPO|SOPO|SRO|ASBO|CBO|DVPO|DVPN)\b|\b(?:SHPO|SOPO|sexual\s+harm\s+prevention\s+order|"
            r"notification\s+requirements)\b",
            0.9,
        ),
        # "a caution for possession", "a record for dealing", "served a sentence for arson", "released on licence"
        (
            "record_for",
            r"\b(?:a\s+)?(?:police\s+|formal\s+|conditional\s+)?(?:caution|record|reprimand|final\s+warning)\s+"
            r"for\s+(?:a\s+|an\s+)?(?:"
            + _CRIMES
            + r")\b|\b(?:served|serving)\s+(?:a|his|her|their)\s+(?:\w+\s+)?sentence\s+for\s+"
            + PHRASE_TAIL
            + r"|\breleased\s+on\s+(?:licen[cs]e|parole|probation|bail)\b",
            0.9,
        ),
        # How people say it in a chat or a bulletin: "he was in prison for dealing", "inside for 3 years for robbery",
        # "done time for robbery", "got previous for assault", "known to police", "on licence from prison",
        # "wanted on an outstanding warrant", "an unspent conviction", "disqualified for drink driving",
        # "was given a restraining order".
        (
            "custody_said",
            r"\b(?:(?:was|is|been|were|being)\s+(?:in|inside)\s+(?:prison|jail|juvie|custody)|"
            r"inside\s+for\s+" + _TERM + r"|(?:done|did|doing)\s+(?:" + _TERM + r"|time|bird)\s+for\s+"
            r"(?:(?:a|an|the)\s+)?(?:" + _CRIMES + r")|(?:got|has|had|with)\s+previous(?=\s+for\b)|"
            r"known\s+to\s+(?:the\s+)?police|on\s+licen[cs]e\s+(?:from|after)\s+(?:prison|jail|HMP)|"
            r"(?<=is\s|as\s)on\s+licen[cs]e\s+(?:after|following)\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?"
            r"(?:sentence|conviction)\s+for\s+" + PHRASE_TAIL + r"|"
            r"(?-i:breach(?:ed|es|ing))\s+(?:a|an|his|her|their|the)\s+(?:restraining|protective|protection|"
            r"non[\s\-]molestation|no[\s\-]contact|stay[\s\-]away|community|court|bail)\s+(?:order|conditions)|"
            r"wanted\s+on\s+(?:an?\s+)?(?:outstanding\s+|active\s+|open\s+)?(?:arrest\s+)?warrant|"
            r"(?:an?|his|her|their|two|three|several)\s+(?:unspent|spent)\s+convictions?|disqualified\s+(?:from\s+driving|for\s+(?:drink|drunk)[\s\-]driving)|"
            r"(?:given|got|received|has|had|have)\s+(?:a|an)\s+(?:restraining|protective|protection|non[\s\-]molestation|"
            r"no[\s\-]contact|stay[\s\-]away)\s+order)\b",
            0.9,
        ),
    ]
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = screen_text(text)
        words = screen_words(lowered)
        if (
            _ANY_WORDS.isdisjoint(words)
            and (_CUSTODY_VERBS.isdisjoint(words) or _CUSTODY_PLACES.isdisjoint(words))
            and "ex-con" not in lowered
            and not _LABELLED.passes(lowered, words)
        ):
            return
        found: list[tuple[str, int, int, float]] = []
        for name, start, end, score in super().candidates(text):
            if name == "conviction_for" and _MONEY_CHARGES.search(text, max(0, start - 24), end):
                continue  # "you'll incur billing charges for that probe": money, not an offence
            if (
                name == "charged"
                and _DUTY_OR_POWER.match(text, _after_with(text, start, end))
                and not _CRIME_WORD.search(text, start, _clause_end(text, end))
            ):
                continue  # "charged with reviewing the budget", "charged with a 65 W adapter": a duty or power
            if name == "conviction_for" and _NOT_OFFENCE_CHARGE.search(text, max(0, start - 16), end):
                if not _OFFENCE_AFTER.search(text, start, _clause_end(text, end)):
                    continue  # "in charge of the release", "we charge for storing snapshots": a duty or a price
            if m := _LEAD.search(text, max(0, start - 40), start):
                start = m.start()  # "got | a suspended sentence", "declared | a 2017 conviction": the whole phrase
            found.append((name, start, _tail(text, end), score))
        yield from found
        # Two records in one clause are one finding, so the word between them is not left readable: "was released
        # from prison in March | after | serving a sentence for robbery".
        found.sort(key=lambda f: f[1])
        for (_, start, end, score), (_, next_start, next_end, _) in zip(found, found[1:], strict=False):
            if next_start > end and _JOINS.fullmatch(text, end, next_start):
                yield "joined", start, next_end, score
