"""Names in any register and script after a cue that only a name follows: lower-case chat ("what's your real name" /
"jake"), ALL-CAPS form fields ("NAME: MARIA LOPEZ"), and a name standing alone after "her daughter", "Donor",
"Emergency contact:", "my name is", "call me" ("her daughter emma", "Donor: Ли Мин", "call me ngozi").

The cue decides, not the name: no name list is consulted, only words that are no name (English words, chat fillers,
form placeholders such as "unknown" or "N/A").
"""

import re
from collections.abc import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from ._chat import ANSWER_HEAD, NAME_IS_AGE, chat_name_word
from ._form_labels import NO_VALUE, label_type
from ._latin_cues import ROLE_WORDS
from ._names import (
    CHAT_WORDS,
    COMMON_WORDS,
    DISCOURSE_WORDS,
    FIRST_NAMES_ALL,
    LAST_NAMES_ALL,
    NOT_INITIALS,
    NOUNS,
    ORG_WORDS,
    asian_word_surname,
    inflected_english,
    is_noun,
)
from ._names import WORDS_NOT_NAMES as ENGLISH_WORDS
from ._orgs import not_a_person_here
from ._person_rules import FOREIGN_NAME_LABELS
from ._places import known_place
from ._recognizer_helpers import ContextRegexRecognizer, line_of
from ._tables import column_cells

# Words that fill the place of a name without being one.
_PLACEHOLDERS = frozenset(
    """unknown none anonymous anon n/a na nil null redacted withheld declined refused tbd tba same see below above
    not given provided available applicable listed specified known unsure idk lol lmao omg ok okay k kk yes yeah
    yep no nope nah hi hey hello its it's im i'm ima um um uh umm hmm why wat what whats who u ur r y ya
    yo bro sis dude gonna wanna gotta cuz coz cause bc tho thx ty pls plz srry sorry sry haha hahaha lolol
    actually real really just only also too very so fine good bad sure nothing something anything nobody somebody
    anybody everyone someone private secret nvm jk brb ttyl gtg asap dm text call him her them me mine yours
    hers his theirs ours is was are be been being am do does did has have had will would can could should might
    must shall ask asked said says told tell son daughter mother father mom dad mum brother sister child kid
    baby boy girl wife husband friend aunt uncle cousin grandma grandpa grandmother grandfather niece nephew
    boyfriend girlfriend partner parent guardian stepdad stepmom stepfather stepmother named called known goes
    aka who which whose whom that calls texted messaged reported reports says claims pp str int bool varchar
    nvarchar uuid nullable undefined dict tuple idc idgaf bae bestie bff fam bestfriend tiktok snapchat snap insta
    instagram whatsapp discord roblox fortnite minecraft youtube facebook fb ig messenger telegram kik omegle twitch
    reddit twitter""".split()
) | {w for w in NO_VALUE if w.isalpha()}
NOT_NAMES = ENGLISH_WORDS | _PLACEHOLDERS
# After a form's label and a surname written first, only function words and placeholders stop the given name: a
# word of the dictionary is still a name there ("NAME: NILSSON, Gun").
_FIELD_NOT_NAMES = frozenset(w.casefold() for w in STOP_WORDS) | COMMON_WORDS | DISCOURSE_WORDS | _PLACEHOLDERS


# Form labels: a line (or a cell after "|") opening with one of these, then ":", "=", "|" or a tab.
_PERSON_HEADS = (
    r"child|parent|mother|father|donor|patient|caller|reporter|victim|suspect|student|applicant|member|client|"
    r"customer|employee|volunteer|participant|witness|informant|referee|guardian|spouse|partner|sibling|tenant|"
    r"pupil|learner|resident|beneficiary|deceased|minor|youth|perpetrator|offender|survivor|complainant"
)
_LABEL = (
    r"(?:(?:" + _PERSON_HEADS + r")(?:'?s)?[ \t]+)?"  # "Child's first name", "Applicant forenames"
    r"(?:(?:full|first|last|given|family|middle|maiden|legal|real|preferred|nick|sur|fore|christian|contact|"
    r"(?:" + _PERSON_HEADS + r")(?:'?s)?)"
    r"[ \t]*)?(?:name|names|surname|name\(s\))|names?[ \t]+of[ \t]+(?:the[ \t]+)?(?:" + _PERSON_HEADS + r")|"
    r"(?P<foreign>"
    + FOREIGN_NAME_LABELS
    + r")|(?P<alias>aka|a\.k\.a\.?|alias(?:es)?|nickname|also[ \t]+known[ \t]+as)|informant|"
    r"siblings?|sibling\(s\)|children|child\(ren\)|"
    r"emergency[ \t]+contact|next[ \t]+of[ \t]+kin|donor|reporter|caller|"
    r"reporting[ \t]+party|suspect|victim|child|parent|guardian|parent/guardian|mother|father|contact[ \t]+person|"
    r"signed|signature|witness|student|applicant|volunteer|tenant|patient|alleged[ \t]+perpetrator|offender|"
    r"spouse|minor|youth|kid|referred[ \t]+by|submitted[ \t]+by|attn|attention|(?:character[ \t]+|personal[ \t]+)?"
    r"references?|referee(?:[ \t]*\d)?|employee|pupil|client|interviewer|interviewee|"
    r"supervisor|trainee|case[ \t]*worker|social[ \t]+worker|key[ \t]*worker|"
    # a visit report's people: "SW: Callum Macleod   Accompanied by: …", "NOK: …", "GP: Dr Fifita"
    # (a doctor's label only before a doctor's title: "GP: Parkside Surgery" is the practice)
    r"sw|nok|accompanied[ \t]+by|(?:(?:clinic[ \t]+|family[ \t]+)?doctor|gp)(?=[ \t]*:[ \t]*(?:dr|doctor)\b)|"
    r"health[ \t]+visitor|hv|"
    # a case record's people: "Young person: …", "Record: YILDIRIM, Ece  DOB …", "Subject: … DOB …"
    r"young[ \t]+person|service[ \t]+user|linked[ \t]+child|carer|foster[ \t]+carer|registered[ \t]+keeper|"
    r"(?:record|subject)(?=[ \t]*:[^\n]{1,60}\b(?:DOB|D\.O\.B\.?|born|geb\.)[ \t:]*\d)|"
    r"(?:prepared|reported|completed|reviewed|approved|checked|witnessed|recorded|signed|filled[ \t]+in)[ \t]+by|"
    # travel records' people: a room's sharer, a ride's driver, a border crossing's traveller, a visa's inviter
    r"sharer|room[ \t]+sharer|(?:co-?)?travell?er|passenger|(?:lead[ \t]+)?guest|your[ \t]+driver|inviting[ \t]+person|"
    r"parental[ \t]+authority(?:[ \t]+\(minors\))?|"
    # a phone's extraction: its owner and user
    r"(?:device|phone|handset|account)[ \t]+(?:owner|user|holder)|"
    # a meeting's chair; a payment's parties ("SENDER: GAËTAN BENHADDOU", "Beneficiary: …", "Cardholder: …")
    r"chair(?:person)?|beneficiary|remitter|payee|payer|card[ \t]?holder|addressee|"
    # (a message's sender is a handle as often: only a name in capitals, as a transfer's form writes it)
    r"(?:sender|recipient)(?=[ \t]*:[ \t]*(?-i:\p{Lu}{2,}[ \t]+\p{Lu}{2,}))"
)
_FIELD = regex.compile(
    r"(?:^|(?<=[\n|;]))[ \t>*\-•]*(?:\d{1,2}[.)][ \t]+)?(?i:" + _LABEL + r")\*?(?:[ \t]*\([^)\n]{0,30}\))?\*?"
    r"(?:[ \t]*(?:[:=|\t]|-[ \t])(?:[ \t]*[_.…]{2,})?|[ \t]*[_.…]{3,}|(?P<spaces>[ ]{2,}(?=\S)))[ \t]*",
    regex.MULTILINE,
)
# The same labels in the middle of a line, after a wide gap, with their colon ("SW: Callum Macleod   Accompanied by:
# Seán Ní Bhriain (police officer)").
_FIELD_MID = regex.compile(r"(?<=\S[ \t]{2,})(?i:" + _LABEL + r")[ \t]*:[ \t]*(?=\S)")
# A key of an export (JSON, YAML, CSV header, a log's key=value) that holds a person's name: "first_name",
# "lastName", "reporter_name=", "contact.name:", "emergency_contact_name".
# Found from its end ("name" then ":" or "="), then its words before read backwards: the regex runs fast that way.
_KEY_END = regex.compile(r"(?i:name)[\"']?[ \t]*[:=][ \t]*")
_KEY_HEAD = regex.compile(
    r"(?i:(?:^|[_.\-])(?:(?:first|last|full|given|family|middle|maiden|legal|preferred|contact|kin|profile|real|"
    + _PERSON_HEADS
    + r")[_.\-]?|sur|fore))$"
)
_KEY_CHARS = regex.compile(r"[\w.\-]{1,60}$")


def _export_keys(text: str) -> Iterator[int]:
    """Where the values of an export's name keys start."""
    for m in _KEY_END.finditer(text):
        key = _KEY_CHARS.search(text, max(0, m.start() - 60), m.start())
        if key is not None and _KEY_HEAD.search(key.group()):
            yield m.end()


# A nickname in quotes after "aka", "alias", "also known as": 'aka "Bongani"', "also known as 'Tiny'".
_ALIAS_QUOTED = regex.compile(
    r"(?i:(?<![\w])(?:aka|a\.k\.a\.?|alias|nicknamed?|also[ \t]+known[ \t]+as|goes[ \t]+by)[ \t]*:?[ \t]*)(?=[\"“'‘])"
)
# Particles inside a surname ("VAN DER MERWE", "DELA PAZ", "bin Rashid"): name words when a name word follows.
_PARTICLES = frozenset(
    "de da del dela della di die van von der den du le la al el bin binti bint ibn ben abu dos das ter ten y ó ní nic "
    "mhic uí".split()
)
# After a label in another language, a capitalised word then a lower-case word or a year: a title in that language
# ("Siège social", "Jaarverslag 2024"), which no English word list can tell from a name ("Sanne de Groot" is one).
_JOINERS = _PARTICLES | {"e", "i", "und", "et"}
_FOREIGN_PHRASE = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’\-]*[ \t]+(?:(?!(?:" + "|".join(sorted(_JOINERS)) + r")\b)\p{Ll}|\d{4}\b)"
)
# Right after a word: an identifier's joint ("org.apache", "billing_service", "eu-west"), or the next key ("uid=").
_IDENTIFIER_AFTER = regex.compile(r"[_=@]|\.[a-z]")
# Cues inside a sentence: "my name is", "call me", "her daughter", "Donor", "emergency contact".
_INLINE = regex.compile(
    r"(?i:(?<![\w\-])(?:(?:my|his|her|their|your|ur|yr|the[ \t]+(?:child|kid|boy|girl)'?s)[ \t]+(?:real[ \t]+|"
    r"full[ \t]+|first[ \t]+|last[ \t]+|actual[ \t]+|legal[ \t]+|nick)?name"
    r"(?:[ \t]*(?:is|was|=|:|might[ \t]+be|could[ \t]+be|may[ \t]+be)|'s|s[ \t]+(?:is|are))|"
    # A chat's "name is thijs btw" with no one's before it (not a file's, a user's, a product's name)
    r"(?<![\w\-])(?<!(?:file|user|host|domain|product|brand|company|project|app|team|street|school|event|business|"
    r"group|server|channel|account|display|screen|code|pet|dog|cat|band|song|game|book|movie|show|store|shop|"
    r"club|device|model|the|a|its|whose)[ \t]+)(?<![\w'’]s[ \t]+)name[ \t]+(?:is|was|=)|"
    r"(?:call|calls|called)[ \t]+(?:me|him|her|them)|i'?m[ \t]+called|(?:they|people)[ \t]+call[ \t]+(?:me|him|her)|"
    r"named|goes[ \t]+by|known[ \t]+as|referred[ \t]+by|"
    # "Reply from Charlotte:", "message from Aiko", "comment by Tomás": who wrote an entry
    r"(?P<author>(?:reply|message|comment|review|note|update|voicemail|text)[ \t]+(?:from|by)|"
    r"(?:posted|written|left)[ \t]+by|card[ \t]?holder|account[ \t]+holder)|(?:his|her|their|my)[ \t]+name[ \t]+as|"
    r"(?P<rel>(?:my|his|her|their|our|your|ur)[ \t]+(?:little[ \t]+|older[ \t]+|younger[ \t]+|big[ \t]+|baby[ \t]+|"
    r"step[ \t\-]?|half[ \t\-]?)?(?:(?:daughter|son|sister|brother|niece|nephew|cousin|grandson|granddaughter|kid)s?|"
    r"sis|bro|mother|father|mom|mum|dad|child|children|aunt|auntie|uncle|grandma|grandpa|grandmother|grandfather|"
    r"boyfriend|girlfriend|bf|gf|husband|wife|partner|friend|bestie|bff|stepdad|stepmom|stepfather|stepmother|"
    r"guardian|teacher|coach|neighbou?r)|"
    # "ma mums bf", "her mum's new boyfriend": a parent's partner
    r"(?:(?:my|ma|mah|me|his|her|their|our)[ \t]+)?(?:mum|mom|mam|mam|dad|sister|brother|nan|gran|aunt|auntie)['’]?s"
    r"[ \t]+(?:new[ \t]+)?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fella|man)|"
    # "the baby, Oisín", "the eldest, Tendai": a child named after the word for them
    r"the[ \t]+(?:baby|little[ \t]+one|eldest|youngest|oldest|middle[ \t]+one)|"
    r"me[ \t]+(?:and|n|&)|emergency[ \t]+contact|donor|reporter|caller)"
    r"(?:[ \t]+(?:is[ \t]+|was[ \t]+)?(?:called|named))?)(?:[ \t]*,)?)[ \t]+",
)
# A question for a name in a chat, and the reply on the next line (after its speaker or time stamp, if any), or on
# the same line after the next speaker ("Bot: What's the name on the account? User: Ágnes Földesy").
_QUESTION = regex.compile(
    r"(?i:\b(?:what'?s|whats|wats|wat'?s|wuts|wut'?s|whts|what[ \t]+is|wat[ \t]+is|tell[ \t]+me|and)[ \t]+"
    r"(?:your|ur|yr|her|his|their|ya)[ \t]+(?:real[ \t]+|full[ \t]+|first[ \t]+|last[ \t]+|actual[ \t]+)?name|"
    r"(?:your|ur)[ \t]+name[ \t]*\?|"
    r"\bname[ \t]*\?|who[ \t]+(?:are|r)[ \t]+(?:you|u|ya)[ \t]*(?:\?|(?=\n))|"
    r"name[ \t]+(?:on|for|of)[ \t]+the[ \t]+(?:account|card|booking|order|reservation|ticket|file|report)|"
    r"(?:may|can|could)[ \t]+(?:i|we)[ \t]+(?:have|get|take|ask)[ \t]+(?:your|ur|the[ \t]+child'?s|his|her)[ \t]+"
    r"(?:full[ \t]+|first[ \t]+|last[ \t]+)?name|who[ \t]+(?:am[ \t]+i|are[ \t]+we)[ \t]+(?:speaking|talking)[ \t]+"
    r"(?:to|with)|who[ \t]+is[ \t]+this[ \t]*\?|who(?:[ \t]+(?:is|was)|['’]?s)[ \t]+(?:he|she|that|they)[ \t]*\?|"
    r"what[ \t]+(?:should|can|do|shall|could)[ \t]+(?:i|we)[ \t]+call[ \t]+(?:you|u)\b|"
    r"what[ \t]+name[ \t]+(?:would|do|should|can|shall)[ \t]+(?:you|u|i|we)\b|"
    r"(?:state|spell|give)[ \t]+(?:your|ur|his|her)[ \t]+(?:full[ \t]+|first[ \t]+|last[ \t]+)?name)"
    r"(?:[^\n]*\n(?:[ \t]*[\w.@\-]{1,32}[ \t]+\(?\d{1,2}:\d{2}(?::\d{2})?\)?[ \t]*\n)?|"
    # (the reply's author and clock may stand on a line of their own, "beta9 (20:37)", the reply indented below)
    r"[^\n?]*\?[ \t]+(?=[\w.@\-]{1,32}[ \t]*:[ \t]*\S))"
)
# An e-mail's display name before its address: "From: Dana Okoro <dana@example.org>", "Cc: "Li, Wei" <…>".
_DISPLAY_NAME = regex.compile(
    r"(?:^|[:,;][ \t]*)[\"“]?(?P<v>\p{L}[\p{L}\p{M}'’.\-]*(?:,?[ \t]+\p{L}[\p{L}\p{M}'’.\-]*){0,3})[\"”]?[ \t]*"
    r"<[^<>\s@]{1,64}@[^<>\s]{1,255}>",
    regex.MULTILINE,
)
# A letter's or an e-mail's sign-off, the writer's name alone on the next line ("Thanks,\nPriya", "Best regards,\n
# Tomasz Nowak", "--\nSam").
_SIGN_OFF = regex.compile(
    r"^[ \t]*(?i:thanks(?:[ \t]+again)?|thank[ \t]+you|thx|many[ \t]+thanks|best(?:[ \t]+wishes)?|"
    r"(?:kind|warm|warmest|best|many)?[ \t]*regards|cheers|sincerely|yours(?:[ \t]+(?:sincerely|truly|faithfully))?|"
    r"take[ \t]+care|respectfully|with[ \t]+thanks|all[ \t]+the[ \t]+best|speak[ \t]+soon|--|"
    # a child's or a family's letter: "love from\nKacper S xxx", "Lots of love,\nAmara", "your friend\nNoor"
    r"(?:lots[ \t]+of[ \t]+|all[ \t]+my[ \t]+|much[ \t]+|with[ \t]+)?love(?:[ \t]+from)?|hugs|from|"
    r"your[ \t]+(?:friend|son|daughter|sister|brother|grandson|granddaughter|niece|nephew|pupil))"
    r"[ \t]*[,!.]?[ \t]*\n[ \t]*",
    regex.MULTILINE,
)
_REPLY_PREFIX = regex.compile(
    ANSWER_HEAD  # (a deposition's answer too: " 3   A.   Yusuf Robinson.")
    + r"(?i:(?:it'?s|its|im|i'?m|i[ \t]+am|name'?s|my[ \t]+name[ \t]+is|call[ \t]+me|um+|uh+|ok|k|lol|haha|fine|"
    r"sure|ya|yeah|yes)[ \t,.]+)*"
)
# A mailing label or letterhead: the first line of a block, two or three words (an initial allowed), with an address
# line ("12 Oak St", "Unit 4", "PO Box 9", "PSC 5420") within the next three lines.
_LABEL_BLOCK = regex.compile(
    r"(?:\A|(?<=\n[ \t]*\n)|(?<=\A[^\n]{0,40}:[ \t]*\n))[ \t>*?•]*"
    r"(?P<v>[\p{L}][\p{L}\p{M}'’\-]+(?:[ \t]+(?:[\p{L}]\.?|[\p{L}][\p{L}\p{M}'’\-]+)){1,2})[ \t]*\n"
    r"(?:[^\n]*\n){0,2}[ \t>*?•]*(?:\d{1,6}[ \t]+[\p{L}\d]|(?i:unit|apt|suite|ste|p\.?[ \t]*o\.?[ \t]*box|box|psc|"
    r"dpo|apo|fpo|rr|hc|flat)[ \t]*\.?[ \t]*\d)",
)
# A sign-up list's line: a name and an age ("1. Tyler 11yrs — lichess: …", "- Ananya, 15 y/o"), in any script.
_NAME_THEN_AGE = regex.compile(
    r"^[ \t]*(?:\d{1,3}[.)]|[\-*•·])?[ \t]*(?P<v>[\p{L}][\p{L}\p{M}'’\-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’\-]*){0,2})"
    r"[ \t]*,?[ \t]+\d{1,2}[ \t]*(?i:yrs?|y/?o|years?|yo|ans|jahre|años|anni|lat|jaar|år)\b",
    regex.MULTILINE,
)
# In a sentence, a name and then the age, after a comma or in brackets, in the partners' languages: "she say Genti,
# 6 years old", "basically Agus, 12 살", "제 동생 최수아 (14살)", "Seo-yeon, 10 años". A capitalised word, or a word of
# a script without capitals.
_NAME_AGE_UNIT = (
    r"(?:years?[ \t]+old|y/?o|yrs?|años|anos|ans|jahre|jahren|anni|lat|jaar|år|살|세|歳|岁|taong[ \t]+gulang|saal|"
    r"sal|yaşında|vuotias|éves|let)"
)
_NAME_THEN_AGE_INLINE = regex.compile(
    r"(?<![\p{L}\p{M}'’\-])(?P<v>\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’\-]+)?|"
    # (or a script without capitals, vowels written as marks included: "ਸਿਮਰਨ, ੧੪ —")
    r"\p{Lo}[\p{Lo}\p{M}]*(?:[ \t]\p{Lo}[\p{Lo}\p{M}]*)?)"
    r"(?:[ \t]*,[ \t]*\d{1,2}[ \t]*" + _NAME_AGE_UNIT + r"|[ \t]*\([ \t]*\d{1,2}[ \t]*" + _NAME_AGE_UNIT + r"[ \t]*\)|"
    # no unit, then a dash or the bracket's end: "(+ Ірина, 15 — same school)", "(Tomás, 9)"
    r"[ \t]*,[ \t]*\d{1,2}(?=[ \t]+[—–\-][ \t]|[ \t]*\)))"
    r"(?![\p{L}\d])"
)
# A relation or a role before a capitalised name, without "my" or "her" ("mum Kinjal not yet aware", "Van driver
# Shibu"), and a name before its relation or role in brackets ("Ximena (mum)", "Poppy Evans (DSL)").
_KIN = (
    r"mum|mom|mother|dad|father|stepdad|stepmum|stepmom|stepfather|stepmother|nan|nana|gran|granny|grandma|grandad|"
    r"grandpa|grandmother|grandfather|aunt|auntie|aunty|uncle|sister|brother|cousin|niece|nephew|son|daughter|"
    r"husband|wife|partner|boyfriend|girlfriend|carer|driver|neighbou?r|tutor|coach|"
    # The same in the languages of partners' reports: "Der Vater Elif Kılıç hat", "la mère Amélie", "el tío Jorge"
    r"vater|mutter|bruder|schwester|onkel|tante|stiefvater|stiefmutter|père|mère|frère|sœur|oncle|beau-père|"
    r"padre|madre|hermano|hermana|tío|tía|padrastro|madrastra|pai|mãe|irmão|irmã|padrasto|madrasta|vader|moeder|"
    r"broer|zus|oom|stiefvader|ojciec|matka|brat|siostra|ojczym|wujek|ciotka|baba|anne|abi|abla|amca|dayı|teyze"
)
_KIN_BEFORE = regex.compile(r"(?<![\p{L}'’])(?i:" + _KIN + r")[ \t]+(?=\p{Lu}\p{Ll})")
_ROLE_AFTER = regex.compile(
    r"(?<![\p{L}\p{M}'’\-])(?P<v>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]+){0,2})[ \t]*\((?i:"
    + _KIN
    + r"|dsl|ddsl|designated[ \t]+safeguarding[ \t]+lead|social[ \t]+worker|sw|key[ \t]*worker|gp|senco|"
    r"head[ \t]*teacher|(?:class[ \t]+|form[ \t]+)?(?:teacher|tutor)|(?:school[ \t]+)?nurse|interpreter|"
    r"foster[ \t]+carer|parent|guardian|victim|suspect|reporter|caller)\)"
)
# A person's initials after who wrote, signed or owns an entry ("Minutes by BC", "Signed: RN   DSL: NÓS",
# "Actions owner: KH").
_INITIALS_AFTER = regex.compile(
    r"(?<![\p{L}])(?i:(?:minutes|notes|recorded|taken|completed|prepared|signed|reviewed|checked|initialled|written|"
    r"entered|logged)[ \t]+by|(?:actions?[ \t]+)?owner|signed|dsl|ddsl|initials)[ \t]*:?[ \t]*"
    r"(?P<v>\p{Lu}\p{M}?\p{Lu}\p{M}?(?:\p{Lu}\p{M}?)?)(?![\p{L}\p{M}\d])"
)
# A name beside a handle in brackets ('Reporter: @reece.lockwood1 (Reece)', 'Reported user: @Lunar_Gamer_28 ("Jonas",
# says 17)'), and a moderator's verified identity ("identité vérifiée MATHIS MOREAU", "verified name: …").
_NAME_BY_HANDLE = regex.compile(
    r"(?<![\w@])@[\w.\-]{2,30}[ \t]*\([ \t]*[\"“«]?[ \t]*"
    r"(?P<v>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’\-]+)?)[ \t]*[\"”»]?[ \t]*[,)]"
)
_VERIFIED_NAME = regex.compile(
    r"(?i:\b(?:identit[ée][ \t]+v[ée]rifi[ée]e|verified[ \t]+(?:identity|name)|kyc[ \t]+name|legal[ \t]+name|"
    r"nombre[ \t]+verificado|identidad[ \t]+verificada|verifizierte[ \t]+identität)[ \t]*[:=]?[ \t]*)"
)
# Staff named by their initials in a hotline's shift notes: a handover between two ("(NK -> MM)"), one given a task
# ("VN to chase MASH", "CK to call back"), met or booked with ("Debrief booked w/ CR"), or signing off ("-- DW").
_INITIALS_SHIFT = regex.compile(
    r"\((?P<v>\p{Lu}{2})[ \t]*(?:->|→|=>)[ \t]*(?P<w>\p{Lu}{2})\)|"
    r"(?<![\p{L}\d/\-])(?P<x>\p{Lu}{2,3})[ \t]+to[ \t]+(?:chase|call|ring|check|follow[ \t]+up|contact|email|e-mail|"
    r"text|review|visit|update|speak|liaise|book|refer|arrange|escalate|phone)\b|"
    r"(?i:\b(?:booked|spoke|speak|met|meet|meeting|debrief|discussed|agreed|checked|call|catch[ \t]*up)[ \t]+w/)"
    r"[ \t]*"
    r"(?P<y>\p{Lu}{2,3})(?![\p{L}\d])|"
    r"(?m:^[ \t]*(?:--|—|–)[ \t]*(?P<z>\p{Lu}{2,3})[ \t]*$)"
)
_SHIFT_WORDS = regex.compile(r"(?i:\b(?:handover|hand[ \t\-]over|shift|am|pm|early|late|night|day|days|nights)\b)")
# Who is on a shift or in a meeting, a list after its label on one line: "ON SHIFT: DESTINY KOWALSKI / NK / BW",
# "Present: Amal, RT, Jo Byrne". Each item is a person: a name in any case or script, or initials.
_STAFF_LIST = regex.compile(
    r"(?im:^[ \t]*(?:on[ \t]+shift|staff(?:[ \t]+on)?|on[ \t]+duty|rota|present|attendees|in[ \t]+attendance|apologies|"
    r"team[ \t]+on)[ \t]*:[ \t]*(?P<list>[^\n]+)$)"
)
_DETERMINERS = frozenset("the a an our their his her its each every all any some four three two five".split())
_ROLE_PREFIXES = frozenset("vice deputy co assistant acting interim associate".split())
# A role's last word ("hotline supervisor", "safeguarding lead", "data protection officer"): no one's name.
_ROLE_HEADS = frozenset(
    """lead leads supervisor supervisors officer officers manager managers analyst analysts coordinator director
    chair chairs secretary treasurer trustee trustees member members representative representatives head clerk
    advisor adviser worker workers assistant volunteers volunteer staff team minute-taker minutes""".split()
)
_LIST_ITEM = regex.compile(r"[^/,;\n]+")
_LIST_NAME = regex.compile(
    r"[ \t]*(?P<v>[\p{L}\p{M}][\p{L}\p{M}'’.\-]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}'’.\-]*){0,2})[ \t]*"
)
# Who a caller is to a child, with the child's name and age: "NALEDI NKOSI (aunt of Sipho, 9)", "JENKINS, Destiny
# (nan of Madison, 6)", "(teacher re Lachlan, 10)".
_RELATION_OF = regex.compile(
    r"\((?i:" + _KIN + r"|teacher|foster[ \t]+carer|social[ \t]+worker|sw|gp|nurse|parent|guardian|friend|"
    r"grandparent|step[ \t\-]?parent)[ \t]+(?i:of|re|to|for)[ \t]+(?P<v>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+\p{Lu}"
    r"[\p{L}\p{M}'’\-]+)?)(?=[ \t]*[,)])"
)
# An investigator's notes on someone: "Notes re Monisola", "real name prob. Aaliyah", a caller-ID app's tag for a
# number ('Truecaller tag "Monisola"').
_NOTES_ON = regex.compile(
    r"(?i:(?<![\p{L}])(?:notes?[ \t]+re|real[ \t]+name(?:[ \t]+(?:is|was|prob(?:ably|\.)?|maybe|possibly|"
    r"likely|poss\.?))*[ \t]*[:=]?)[ \t]+)"
)
_CALLER_ID_TAG = regex.compile(
    r"(?i:(?:truecaller|getcontact|numbuster|eyecon|sync\.me|hiya|caller[ \t\-]?id)[ \t]+(?:tag|name|label|shows?|"
    r"says?)[ \t]*:?[ \t]*)(?=[\"“'‘])"
)
# A name and, in brackets right after it, an age with one word of any language around the number: "Natália (12
# rokov)", "Айпери (14 жашта)", "زۆھرە (16 ياش)", "Wulan (umur 15 taun)", "Ishimwe (imyaka 11)".
_NAME_AGE_BRACKET = regex.compile(
    r"(?<![\p{L}\p{M}'’\-])(?P<v>\p{Lu}[\p{Ll}\p{M}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’\-]+)?|"
    r"\p{Lo}[\p{Lo}\p{M}]*(?:[ \t]\p{Lo}[\p{Lo}\p{M}]*)?)"
    r"[ \t]*\([ \t]*(?:(?P<w1>[\p{L}\p{M}]+)[ \t]+)?\d{1,2}(?:[ \t]+(?P<w2>[\p{L}\p{M}]+))?[ \t]*\)"
)
# What a person does after "Name (9)": "Mădălina (9) disclosed to the school nurse", "(5) told teacher".
_PERSON_ACTS = regex.compile(r"[ \t]+(?:[a-z]{3,}ed|told|said|says|tells|is|was|has|had|and|who|lives|went|ran)\b")
# English words inside such a bracket that say it is an age (others say a count of things: "(3 beds)").
_AGE_BRACKET_WORDS = frozenset("years year yrs yr aged age old y".split())
# A deposition's question put to the witness by name ("Q.   Yusuf, you work as a chef, correct?"), and a question of
# someone's age ("How old was Freya in the summer?").
_VOCATIVE_QUESTION = regex.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[ \t]+)?Q[.:][ \t]+(?=\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?,[ \t]+(?:you|can|could|do|did|"
    r"are|were|would|will|have|is|was)\b)"
)
_HOW_OLD = regex.compile(r"(?i:how[ \t]+old[ \t]+(?:is|was|will[ \t]+be|would[ \t]+be)[ \t]+)(?=\p{Lu})")
# An airline's name field, surname first in capitals ("WASHINGTON/KAYLA MS", a PNR's "1.NÍBHRIAIN/SIOBHÁN MRS",
# SSR DOCS "…/26FEB33/JACKSON/DYLAN/P1", a boarding pass's barcode "M1BATYN/NOMIN    E5LYP9K").
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\-]+"
_CAPS_NAME = _CAPS_WORD + r"(?:[ ]" + _CAPS_WORD + r")?"
_AIRLINE_NAME = regex.compile(
    r"(?:(?<![\p{L}/])|(?<=\d\d[A-Z]{3}\d\d/))(?P<v>" + _CAPS_NAME + "/" + _CAPS_NAME + r")"
    r"(?=[ \t]*(?:MR|MRS|MS|MISS|MSTR|DR|MX)\b|/P\d\b|[ \t]{2,}E?[A-Z0-9]{6}[ \t])"
)
# A pasted table's header cell that says the column holds people's names ("Name", "Donor name", "Emergency contact").
_HEADER = regex.compile(
    r"(?i:(?:[a-z]+[ _\-])?(?:full|first|last|given|family|sur|fore|christian|middle|maiden|legal|donor|child|"
    r"parent|student|volunteer|contact|"
    r"guardian|caller|"
    r"reporter|member|participant|attendee|patient|client|customer|employee|staff|person)[ _\-]?names?|surname|"
    r"(?:account|card)[ _\-]?holder|donor|volunteer|guardian|parent|child|student|caller|reporter|attendee|"
    r"recipient|payee|beneficiary|participant|emergency[ _]contact|next[ _]of[ _]kin|signed[ _]by|submitted[ _]by|"
    r"referred[ _]by|names?[ _]of[ _](?:the[ _])?(?:" + _PERSON_HEADS + r")|"
    # A roster's people and their contacts, abbreviated and in the partners' languages ("Emerg. contact", "Player",
    # "Notfallkontakt", "Contact urgence", "Schüler")
    r"(?:emerg(?:ency|\.)?|parent|ice)[ _\-]*contact(?:[ _]names?)?|contact[ _]person|notfallkontakt|"
    r"contact[ _]?(?:d['’][ _]?)?urgence|personne[ _]à[ _]prévenir|contacto[ _]de[ _]emergencia|"
    r"contatto[ _]di[ _]emergenza|kontakt[ _]alarmowy|noodcontact|n[øö]dkontakt|player|pupil|learner|athlete|"
    r"swimmer|camper|sponsor|tutor|mentor|mentee|tenant|witness|spieler(?:in)?|joueu(?:r|se)|jugador(?:a)?|"
    r"giocat(?:ore|rice)|sch[üu]ler(?:in)?|[ée]l[èe]ve|alumn[oa]|alunn[oa]|ucze[ńn]|leerling|elev|oppilas)"
)
# A bare "Name" column holds people only beside a column of personal data ("Name | DOB | Phone"); beside "SKU" or
# "Capacity" it names products and rooms.
_BARE_NAME = regex.compile(r"(?i:names?|first|last|given|surname)")
_PERSONAL_HEADER = regex.compile(
    r"(?i:.*(?:dob|date[ _]of[ _]birth|birth|age|phone|mobile|cell|e-?mail|address|grade|gender|sex|relationship|"
    r"relation|ssn|school|guardian|parent|emergency|allerg|pronoun|nationality).*)"
)
_SPACED_PERSONAL_HEADER = regex.compile(
    r"(?im)^[^\n]*\bnames?\b[^\n]*  [^\n]*\b(?:dob|d\.o\.b\.?|date[ _]of[ _]birth|born|age|phone|mobile|tel)\b"
)
# Abbreviations that end a department's name, not a person's.
_UNIT_WORDS = frozenset("dept dep div hq ops admin hr it desk office unit team".split())
_SEPARATORS = ("|", "\t", ";", ",")
_CELL_NAME = regex.compile(r"[ \t]*(?P<v>[\p{L}][\p{L}\p{M}'’.\-]*(?:,?[ \t]+[\p{L}][\p{L}\p{M}'’.\-]*){0,3})[ \t]*")
# "I'm Keiko", "this is tavita", "its ngozi": a speaker giving a name (a word no dictionary holds).
_INTRO = regex.compile(r"(?i:(?<![\p{L}'’])(?:i'?m|i’m|i[ \t]+am|this[ \t]+is|it'?s|it’s|its)[ \t]+)")
# "this is …", "it's …" give a name only when typed in lower case (chat); capitalised, they name a brand as often.
_GREETINGS = frozenset("hi hey hello yo hiya".split())


_NAME_CUE = regex.compile(r"(?i:name|named)")
# A letter's or a message's greeting, the name then its comma ("Hi Reuben,", "Dear Ms Okafor:"), and a criminal case's
# defendant ("R v HOÀNG BẢO NGỌC", "State v. Marisol Reyes").
_SALUTATION = regex.compile(
    r"(?m:^[ \t>]*(?i:hi|hello|hey|hiya|dear|good[ \t]+(?:morning|afternoon|evening))[ \t]+)(?=\p{L})"
)
_GREETED_END = regex.compile(r"[ \t]*(?:[,!:]|$)", regex.MULTILINE)
_CASE_PARTY = regex.compile(
    r"(?<![\p{L}])(?:R|Regina|Rex|The[ \t]+(?:State|People|Queen|King|Crown)|State|People|Commonwealth)[ \t]+v\.?[ \t]+"
    r"(?=\p{Lu})"
)
_ACCOUNT_ROLES = frozenset(
    "admin administrator moderator mod system bot staff support team user guest owner host author editor "
    "reception office helpdesk".split()
)
# "Hello, I'm Grace, how can I help?": after "I'm", a capitalised given name that is also a word, then the clause ends.
_GIVEN_NAME_THEN_STOP = regex.compile(r"(?P<v>\p{Lu}\p{Ll}+)(?=[ \t]*[,.!;]|[ \t]+(?:here|from)\b)")


def _role_word(word: str) -> bool:
    """A word of the dictionary no name list holds ("Manager", "Hiring", "Team")."""
    w = word.casefold().strip(".,")
    if w in FIRST_NAMES_ALL or w in LAST_NAMES_ALL:
        return False
    return w in ENGLISH_WORDS or is_noun(w) or inflected_english(w)


def _given_name_introduced(text: str, at: int) -> Iterator[tuple[str, int, int, float]]:
    """A given name that the word lists also know as a word ("grace", "hope"), introduced by its bearer."""
    m = _GIVEN_NAME_THEN_STOP.match(text, at)
    if m is None or m.group("v").casefold() not in FIRST_NAMES_ALL or m.group("v").casefold() not in ENGLISH_WORDS:
        return  # (a name that is no word is _value's)
    line = line_of(text, at)
    if not regex.search(r"(?<![\p{L}'’])\p{Ll}", line) or not_a_person_here(text, *m.span("v")):
        return  # "I'm Sorry, We're Closed": a Title Case line capitalises every word
    yield "intro", *m.span("v"), 0.65


def _without_chat_words(text: str, found: tuple[str, int, int, float]) -> tuple[str, int, int, float]:
    """The name without the chat words typed after it ("name is thijs btw")."""
    cue, start, end, score = found
    words = text[start:end].split()
    while len(words) > 1 and words[-1].casefold() in CHAT_WORDS:
        end = text.rindex(words.pop(), start, end)
        end = len(text[:end].rstrip())
    return cue, start, end, score


def _utterance_start(text: str, at: int) -> bool:
    """Whether what a speaker types opens at `at`: the text's or a line's start, after punctuation or a greeting."""
    before = text[:at].rstrip(" \t")
    # (">" and "<" close a transcript's direction marks: "IN  > its berfin im 11")
    return not before or before[-1] in "\n.!?,:;)><" or before.rsplit(None, 1)[-1].casefold() in _GREETINGS


_INTRO_IMPERSONAL = regex.compile(r"(?i:this|it'?s|it’s|its)[ \t]+$")
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’\-]*(?<!['’\-])")
_GAP = regex.compile(r"[ \t]+")
# An initial in a form's value: "A. Fairweather", "OKAFOR, CHIDINMA J.", "ROSSI, Marco A.".
_INITIAL = regex.compile(r"\p{Lu}\.?(?![\p{L}\p{M}\d'’\-])")
# Between the words of a form's value, a wide gap (a tab, three spaces) or two spaces before a label end the value:
# "NAME: JANE DOE  AGE: 15", "Straße: Lindenweg   Hausnummer: 12" (aligned columns, not one name).
_COLUMN_GAP = regex.compile(r"\t|[ ]{3,}|[ ]{2}(?=[\p{L}\p{M}'’\-]+[ \t]*[:=])")
_INVERTED_GAP = regex.compile(r",[ \t]*(?=\p{L})")
_MAX_WORDS = 3
_TITLE = regex.compile(r"(?i:mr|mrs|ms|mx|miss|dr|prof|sr|sra|mme|herr|frau)\.?[ \t]+(?=[\p{L}])")
# Words that follow a verb, not a name: "(her daughter) hates school", "(my son) wants to".
_OBJECT_WORDS = frozenset(
    "the a an to him her me it them us my his their our your school that this when because so out up about with "
    "going being at in on for from".split()
)


def _english_compound(word: str) -> bool:
    """A hyphenated word of English parts ("well-designed", "up-to-date"), none a first name ("anne-marie")."""
    parts = word.split("-")
    return len(parts) > 1 and all(
        p not in FIRST_NAMES_ALL and (p in NOT_NAMES or is_noun(p) or inflected_english(p)) for p in parts if p
    )


def _hyphenated_identifier(word: str) -> bool:
    """A lower-case hyphenated word with an English part ("nginx-deployment"), not two first names ("anne-marie")."""
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and any(
        len(p) >= 4 and p not in FIRST_NAMES_ALL and (p in NOT_NAMES or is_noun(p) or inflected_english(p))
        for p in parts
    )


def _unknown_word(word: str) -> bool:
    """A word no name list, dictionary or gazetteer knows: after a relation ("my step dad Radu"), a name."""
    w = word.casefold()
    return not (w in FIRST_NAMES_ALL or w in LAST_NAMES_ALL or w in ENGLISH_WORDS or is_noun(w) or known_place(word))


# Contractions typed without their apostrophe: "my niece shes twelve" names nobody "shes".
_BARE_CONTRACTIONS = frozenset(
    "shes hes im ive youre theyre thats whos dont cant wont isnt wasnt didnt doesnt aint ill id youd".split()
)


def _name_word(word: str, cue: str) -> bool:
    w = word.casefold()
    if w in _BARE_CONTRACTIONS:
        return False
    if (
        w in (_FIELD_NOT_NAMES if cue in ("field_inverted", "alias") else NOT_NAMES)
        or len(w) < 2
        and not regex.match(r"\p{Lo}", word)
    ):
        return False
    if word.islower() and (inflected_english(w) or _english_compound(w)):
        return False  # "I'm attaching", "this is well-designed": a verb's form, not a name typed in lower case
    if cue == "field" and word.islower() and _hyphenated_identifier(w):
        return False  # "name: nginx-deployment", "name: billing-service": a resource, not a person
    if cue == "relation_cased" and word.islower():
        return False  # "her daughter hates school": in a cased text, a name after a relation has a capital
    if cue == "relation" and w.endswith(("ing", "ed", "ly")) and len(w) > 4:
        return False  # "my son crying": a verb or an adverb, not a name
    return True


_LABEL_ONLY = regex.compile(r"(?i:" + _LABEL + r")")
_BEFORE_COLON = regex.compile(r"([^\W\d_][\w /'’\-]{0,30}?)[ \t]*:")


def _label_next(text: str, at: int) -> bool:
    """Whether a field's label, not a value, starts at `at` ("Witnessed by:" after "Signed: ......")."""
    m = _BEFORE_COLON.match(text, at, at + 40)
    return m is not None and (_LABEL_ONLY.fullmatch(m.group(1)) is not None or label_type(m.group(1)) is not None)


def _titled(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _given_name_before_surname(text: str, word: regex.Match) -> bool:
    """A capitalised dictionary word opens a name after a label when a capitalised word no dictionary holds follows
    it ("Reference: Cyprian Szymaniuk", "Referred by Lot Scheffers"; not "Reference: March invoice")."""
    first = word.group()
    if not _titled(first) or first.casefold() in _PLACEHOLDERS:
        return False
    nxt = _WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
    if nxt is None:
        return False
    second = nxt.group()
    return _titled(second) and second.casefold() not in ENGLISH_WORDS


def _header_row(text: str, at: int) -> bool:
    """Whether the line around `at` is a table's header: no digit, and two or more "|" or tab separators, or one
    over a row with as many ("NOMBRE COMPLETO | VEHÍCULO" over "LUCÍA FERNÁNDEZ | 1234 BCD")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if any(map(str.isdigit, line)):
        return False
    separators = line.count("|") + line.count("\t")
    if separators >= 2:
        return True
    if separators == 0 or end < 0:
        return False
    next_end = text.find("\n", end + 1)
    below = text[end + 1 : next_end if next_end >= 0 else len(text)]
    if below.count("|") + below.count("\t") != separators:
        return False
    # "Name | Tomasz Wiśniewski" over "Phone | 0161 555 0101": a label's row in a table of labels and values.
    return label_type(re.split(r"[|\t]", below, maxsplit=1)[0].strip()) is None


# (A time stamp's colons inside it: "CALLER (01:12): ", "[00:01:40] Caller: ".)
_SPEAKER_LABEL = regex.compile(r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\n:]|:(?=\d)){1,40}:[ \t]")


def _line_cased(text: str, at: int) -> bool:
    """Whether the line around `at`, without its speaker's label ("Child: "), has a capital letter."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    label = _SPEAKER_LABEL.match(text, start, at)
    line = text[label.end() if label else start : end if end >= 0 else len(text)]
    return any(map(str.isupper, line))


def _spaced_header(text: str, at: int) -> bool:
    """Whether the word at `at`, after a label and spaces, is the next column's header ("Name    DOB    Phone")."""
    m = _WORD.match(text, at)
    return m is None or _PERSONAL_HEADER.fullmatch(m.group()) is not None or is_noun(m.group().casefold())


def _acronym_in_prose(text: str, word: "regex.Match[str]") -> bool:
    """A short word in capitals on a line that has small letters too, and no given name ("CRM", "NGO"; "KIM" and
    initials, "TJ", stay)."""
    w = word.group()
    if not (w.isupper() and 3 <= len(w) <= 4) or w.casefold() in FIRST_NAMES_ALL:
        return False
    lo, hi = text.rfind("\n", 0, word.start()) + 1, text.find("\n", word.end())
    line = text[lo : hi if hi >= 0 else len(text)]
    return sum(c.islower() for c in line) > 10


# A bank statement's payer, after the narrative's word for a credit: "VIR SEPA RECU /DE M. SANNE VISSER /MOTIF …",
# "CREDIT TRANSFER Mohd Azlan bin Othman sponsorship", "FASTER PAYMENT FROM J KOWALSKI".
_STATEMENT_PAYER = re.compile(
    r"(?:/DE|/FROM|\bCREDIT[ \t]+TRANSFER(?:[ \t]+FROM)?|\bFASTER[ \t]+PAYMENTS?(?:[ \t]+RECEIVED)?(?:[ \t]+FROM)?|"
    r"\bTFR[ \t]+FROM|\bGUTSCHRIFT[ \t]+VON)[ \t]+(?:(?:M|MME|MLLE|MR|MRS|MS|DR)\.?[ \t]+)?"
    r"(?P<v>[A-ZÀ-Þ][\w'’\-]*(?:[ \t]+(?:(?:bin|binti|bint|van|von|de|da|al|el)[ \t]+)?[A-ZÀ-Þ][\w'’\-]*){1,3})"
    r"(?=[ \t]+/|[ \t]{2,}|[ \t]+[a-z]|[ \t]*$)",
    re.MULTILINE,
)


class PersonCueRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = []
    REFERENCE_NEGATIVE = False

    def candidates(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        lowered = text.casefold()
        if "name" in lowered or ":" in text or "|" in text or "\t" in text:
            for m in _FIELD.finditer(text):
                if _header_row(text, m.start()):
                    continue  # "Name | SKU | Price": a table's header, its next cell is no value
                if m.group("spaces") and _spaced_header(text, m.end()):
                    continue  # "NAME    DOB    PHONE": a header aligned with spaces
                cue = "alias" if m.group("alias") else "field"
                if m.group("foreign") and _FOREIGN_PHRASE.match(text, m.end()):
                    continue  # "Nom : Siège social", "Naam: Jaarverslag 2024": a title, not a name
                if text[m.end() : m.end() + 1] == "\n":
                    # "NAME OF REPORTER:\nADEBAYO TUNDE": the value on the next line, alone on it
                    at = m.end() + 1 + len(text[m.end() + 1 :]) - len(text[m.end() + 1 :].lstrip(" \t"))
                    yield from self._value(text, at, cue, 0.75, whole_line=True)
                else:
                    yield from self._value(text, m.end(), cue, 0.8)
        if "  " in text and ":" in text:
            for m in _FIELD_MID.finditer(text):
                yield from self._value(text, m.end(), "field", 0.8)
        if '"' in text or "'" in text or "“" in text or "‘" in text:
            for m in _ALIAS_QUOTED.finditer(text):
                yield from self._value(text, m.end(), "alias", 0.75)
        if "name" in lowered:
            for at in _export_keys(text):
                yield from self._value(text, at, "field", 0.8)
        if "/de " in lowered or "transfer" in lowered or "gutschrift" in lowered or "faster payment" in lowered:
            for m in _STATEMENT_PAYER.finditer(text):
                value = m.group("v")  # (its words alone: the purpose after it, "sponsorship", names no thing of it)
                if not not_a_person_here(value, 0, len(value)):
                    yield "statement", m.start("v"), m.end("v"), 0.75
        if "\n" in text:
            for m in _LABEL_BLOCK.finditer(text):
                words = m.group("v").split()
                long = [w for w in words if len(w.strip(".")) > 1]
                folded = [w.casefold() for w in long]
                plural = folded[-1].endswith("s") and is_noun(folded[-1])  # "Accounts Payable" aside, "Facilities"
                if (
                    len(long) >= 2
                    and not plural
                    and not any(w in _FIELD_NOT_NAMES or w in ORG_WORDS for w in folded)
                    and not all(is_noun(w) or w in NOT_NAMES for w in folded)
                ):
                    if not not_a_person_here(text, m.start("v"), m.end("v")):
                        yield "label_block", m.start("v"), m.end("v"), 0.7
        if "@" in text and "<" in text:
            for m in _DISPLAY_NAME.finditer(text):
                yield from self._value(text, m.start("v"), "field", 0.8)
        if "\n" in text:
            for m in _SIGN_OFF.finditer(text):
                yield from self._value(text, m.end(), "field", 0.75, whole_line=True)
            yield from self._table_column(text)
            if "  " in text:
                yield from self._spaced_column(text)
        ages = list(_NAME_THEN_AGE.finditer(text))
        if "," in text or "(" in text:
            ages += _NAME_THEN_AGE_INLINE.finditer(text)
        for m in ages:
            for found in self._value(text, m.start("v"), "field", 0.75):
                folded = [w.casefold() for w in text[found[1] : found[2]].split()]
                if any(w in COMMON_WORDS for w in folded) or known_place(text[found[1] : found[2]]):
                    continue  # "In Leeds, 9 years old": a place's age group
                if not all(
                    w not in FIRST_NAMES_ALL and (w in ENGLISH_WORDS or is_noun(w) or inflected_english(w))
                    for w in folded
                ):
                    yield found  # not "Boys 12 years", "Under 9s 8 years"
        cased = any(map(str.isupper, text))
        for m in _INTRO.finditer(text):
            if cased and m.group()[:3] in ("Its", "its") and text[m.end() : m.end() + 1].islower():
                if m.group()[0] == "I" or not _utterance_start(text, m.start()):
                    continue  # "Its rollout is planned", "see its docstring": the possessive, not "it's" and a name
            yield from self._value(text, m.end(), "intro", 0.65)
            if not m.group()[:2].casefold().startswith(("it", "th")):  # "I'm", "I am": the speaker's own name
                yield from _given_name_introduced(text, m.end())
        for m in _INLINE.finditer(text):
            # After a relation ("her daughter"), a lower-case word on a line that has capitals is no name; a chat's
            # line typed in lower case after its speaker's label still gives one ("Child: my uncle joseph").
            rel_cased = cased and _line_cased(text, m.start())
            cue = "relation_cased" if m.group("rel") and rel_cased else "relation" if m.group("rel") else "inline"
            if m.group().casefold().startswith("referred") or m.group("author"):
                cue = "field"  # "Referred by Pranit Pal": a referral names its referrer as a form's field does
            elif not m.group("rel") and _NAME_CUE.search(m.group()):
                cue = "field"  # "his real name might be Bambang Nasution": the sentence says a name follows
            for found in self._value(text, m.end(), cue, 0.75):
                if m.group("author") and text[found[1] : found[2]].casefold() in _ACCOUNT_ROLES:
                    continue  # "Comment by Admin": an account's role, no one's name
                yield _without_chat_words(text, found)
        yield from self._roles(text)
        for m in _SALUTATION.finditer(text):
            for found in self._value(text, m.end(), "field", 0.75):
                words = text[found[1] : found[2]].split()
                if not _GREETED_END.match(text, found[2]) or not words[0][:1].isupper():
                    continue  # "Hi there everyone", "Dear hotline"
                if any(_role_word(w) for w in words):
                    continue  # "Dear Hiring Manager", "Dear Sir or Madam"
                yield found  # "Hi Marcus,"
        if " v" in text:
            for m in _CASE_PARTY.finditer(text):
                yield from self._value(text, m.end(), "field", 0.8)
        for m in NAME_IS_AGE.finditer(text):
            if chat_name_word(m.group("name")) and not not_a_person_here(text, *m.span("name")):
                yield "name_is_age", *m.span("name"), 0.7
        if "name" in lowered or "who" in lowered or "call" in lowered:
            for m in _QUESTION.finditer(text):
                prefix = _REPLY_PREFIX.match(text, m.end())
                at = prefix.end() if prefix else m.end()
                yield from self._value(text, at, "chat_reply", 0.7, whole_line=True)

    def _roles(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """Names beside a relation or a role ("mum Kinjal", "Ximena (mum)") and initials after who signed."""
        for m in _KIN_BEFORE.finditer(text):
            yield from self._value(text, m.end(), "relation_cased", 0.7)
        if "(" in text:
            for m in _ROLE_AFTER.finditer(text):
                yield from self._value(text, m.start("v"), "field", 0.75)
        if "/" in text:
            for m in _AIRLINE_NAME.finditer(text):
                parts = [w.casefold() for w in regex.split(r"[/ ]", m.group("v"))]
                if all(len(w) <= 3 for w in parts) or all(w in ENGLISH_WORDS for w in parts):
                    continue  # "LHR/JFK", "AND/OR", "INPUT/OUTPUT": codes and words, no one's name
                yield "airline", *m.span("v"), 0.75
        for rx in (_VOCATIVE_QUESTION, _HOW_OLD) if "Q" in text or "old" in text else ():
            for m in rx.finditer(text):
                for found in self._value(text, m.end(), "field", 0.7):
                    if not known_place(text[found[1] : found[2]]):
                        yield found  # not "How old was Rome when it fell?"
        if "(" in text:
            for m in _NAME_AGE_BRACKET.finditer(text):
                value = m.group("v")
                folded = [w.casefold() for w in value.split()]
                inside = [w.casefold() for w in (m.group("w1"), m.group("w2")) if w]
                if not (inside or _PERSON_ACTS.match(text, m.end())) or any(
                    w.casefold() in ROLE_WORDS for w in value.split()
                ):
                    continue  # "Principia (6)": a crossword's answer length; "meine Tochter (4 Jahre)": a relation
                if any(w in ENGLISH_WORDS or is_noun(w) for w in inside if w not in _AGE_BRACKET_WORDS):
                    continue  # "Suite (3 beds)", "Chapter (12 pages)": a count of things
                if any(is_noun(w) or w in ENGLISH_WORDS or w in COMMON_WORDS for w in folded) or known_place(value):
                    continue  # "Room (3 rooms)", "Leeds (12 sites)": a thing's or a town's count
                yield "name_age", *m.span("v"), 0.7
        for m in _NOTES_ON.finditer(text):
            for found in self._value(text, m.end(), "field", 0.7):
                if not is_noun(text[found[1] : found[2]].split()[0].casefold()):
                    yield found  # not "Notes re Project Phoenix"
        for m in _CALLER_ID_TAG.finditer(text):
            yield from self._value(text, m.end(), "alias", 0.75)
        for m in _INITIALS_AFTER.finditer(text):
            if m.group("v") not in NOT_INITIALS:
                yield "initials", *m.span("v"), 0.7
        if "@" in text and "(" in text:
            for m in _NAME_BY_HANDLE.finditer(text):
                if not is_noun(m.group("v").split()[0].casefold()):
                    yield "name_by_handle", *m.span("v"), 0.75
        for m in _VERIFIED_NAME.finditer(text):
            yield from self._value(text, m.end(), "field", 0.75)
        for m in _INITIALS_SHIFT.finditer(text):
            if m.group("v") is not None and not _SHIFT_WORDS.search(line_of(text, m.start())):
                continue  # "(EU -> UK)": a route, not a handover between two of the staff
            for group in ("v", "w", "x", "y", "z"):
                if m.group(group) is not None and m.group(group) not in NOT_INITIALS:
                    yield "initials", *m.span(group), 0.7
        for m in _STAFF_LIST.finditer(text):
            for item in _LIST_ITEM.finditer(m.group("list")):
                name = _LIST_NAME.fullmatch(item.group())
                if name is None:
                    continue
                value = name.group("v")
                words = regex.split(r"[\s\-]+", value.casefold())
                initials = 2 <= len(value) <= 3 and value.isupper()
                if (
                    value in NOT_INITIALS
                    or words[0] in _DETERMINERS
                    or words[-1] in _ROLE_HEADS
                    or (
                        not initials
                        and all(
                            (w in ENGLISH_WORDS or is_noun(w) or w in _ROLE_PREFIXES) and w not in FIRST_NAMES_ALL
                            for w in words
                        )
                    )
                ):
                    continue  # "Present: all staff", "Apologies: none", "Vice-Chair", "the Secretary": roles
                offset = m.start("list") + item.start() + name.start("v")
                yield "staff_list", offset, offset + len(value), 0.75
        if "(" in text:
            for m in _RELATION_OF.finditer(text):
                if not is_noun(m.group("v").split()[0].casefold()):
                    yield "relation_of", *m.span("v"), 0.75

    def _spaced_column(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """The cells under a person column of a table aligned with spaces (a print-out, OCR): "NAME OF CHILD    DATE
        OF BIRTH" above "OKONKWO, ADAEZE    04/11/2012"."""
        # A bare "NAME" column holds people beside a personal one on its header line ("NAME  DOB  AGE").
        bare = _SPACED_PERSONAL_HEADER.search(text) is not None
        for a, b in column_cells(
            text, lambda cell: _HEADER.fullmatch(cell) or (bare and _BARE_NAME.fullmatch(cell)), every=True
        ):
            line = text[text.rfind("\n", 0, a) + 1 : a]
            if "|" in line or "\t" in line or ";" in line:
                continue  # a table with separators: _table_column reads it
            m = _CELL_NAME.fullmatch(text, a, b)
            if m is None or not self._cell_is_name(m.group("v")):
                continue
            if not not_a_person_here(text, m.start("v"), m.end("v")):
                yield "table_column", m.start("v"), m.end("v"), 0.75

    @staticmethod
    def _cell_is_name(value: str) -> bool:
        words = [w.strip(",.").casefold() for w in value.split()]
        return not all(w in NOT_NAMES or len(w) < 2 or is_noun(w) for w in words)  # not "N/A", "Standing Desk"

    def _table_column(self, text: str) -> Iterator[tuple[str, int, int, float]]:
        """The cells under a header that names a person column, in a table pasted as text (cells split by "|", a
        tab, ";" or ","), down to the table's end (a blank line or a line without the separator)."""
        lines, offsets, pos = text.split("\n"), [], 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        for i, line in enumerate(lines[:-1]):
            for sep in _SEPARATORS:
                if line.count(sep) < (2 if sep == "," else 1):
                    continue
                cells = [c.strip(" \t*#:") for c in line.split(sep)]
                personal = any(_PERSONAL_HEADER.fullmatch(c) for c in cells)
                columns = [
                    k
                    for k, c in enumerate(cells)
                    if c and (_HEADER.fullmatch(c) or (personal and _BARE_NAME.fullmatch(c)))
                ]
                if not columns:
                    continue
                for j in range(i + 1, len(lines)):
                    row = lines[j]
                    if sep not in row or not row.strip():
                        break
                    if set(row.strip()) <= set("|-+:= \t"):
                        continue  # a Markdown rule under the header
                    parts, at = row.split(sep), offsets[j]
                    starts = [at + sum(len(p) + len(sep) for p in parts[:k]) for k in range(len(parts))]
                    for k in columns:
                        if k >= len(parts):
                            continue
                        m = _CELL_NAME.fullmatch(parts[k])
                        if m is None:
                            continue
                        if not self._cell_is_name(m.group("v")) or label_type(m.group("v")) is not None:
                            continue  # (a label: "Reporter | Aoife Brennan" over "Town | Galway" are fields)
                        a = starts[k] + m.start("v")
                        b = starts[k] + m.end("v")
                        if not not_a_person_here(text, a, b):
                            yield "table_column", a, b, 0.75
                break

    @staticmethod
    def _initial(text: str, pos: int, after_word: bool, inverted: bool) -> "regex.Match[str] | None":
        """An initial at `pos` in a form's value: after a name word, or before one ("A. Fairweather")."""
        m = _INITIAL.match(text, pos)
        if m is None:
            return None
        if after_word:
            return m if inverted or m.group().endswith(".") or _WORD.match(text, m.end() + 1) else None
        nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        return m if nxt is not None and len(nxt.group()) > 1 and nxt.group()[:1].isupper() else None

    def _value(
        self, text: str, at: int, cue: str, score: float, whole_line: bool = False
    ) -> Iterator[tuple[str, int, int, float]]:
        """The name starting at `at`: up to three name words on the same line."""
        if cue == "field" and (_blank_before(text, at) or _config_key(text, at) or _label_next(text, at)):
            return  # "Child's full name: ______" then the next line's label; "[package]\nname = "certifi""; the
            # next field's label after a blank's leaders ("Signed: ............  Witnessed by: DC Kai Hall")
        words = []
        inverted = False
        dictionary_first = (
            False  # the name opens with a dictionary word ("Lot Scheffers"): the other recognizers miss it
        )
        if cue in ("field", "alias") and text[at : at + 1] in "\"'“‘«":
            at += 1  # 'Alias: "Tiny"', '"first_name": "Thandiwe"'
        title = _TITLE.match(text, at)
        pos = title.end() if title else at  # "her name is ms. kowalczyk": the name follows the title
        while sum(w.group().casefold() not in _PARTICLES for w in words) < _MAX_WORDS + 2 * inverted:
            m = _WORD.match(text, pos)
            if m is None:
                break
            if _IDENTIFIER_AFTER.match(text, m.end()):
                if words:
                    break
                return  # "Parent: org.apache.commons", "name=billing_service"
            if cue == "field" and (initial := self._initial(text, pos, bool(words), inverted)) is not None:
                words.append(initial)
                gap = _GAP.match(text, initial.end())
                if gap is None or _COLUMN_GAP.match(text, initial.end()):
                    break
                pos = gap.end()
                continue
            if (
                cue == "field"
                and m.group().casefold() in _PARTICLES
                and _GAP.match(text, m.end())
                and _WORD.match(text, _GAP.match(text, m.end()).end())
            ):
                words.append(m)  # "VAN DER MERWE, Pieter", "Marisol de la Cruz"
                pos = _GAP.match(text, m.end()).end()
                continue
            if not _name_word(m.group(), "field_inverted" if inverted else cue):
                if words and cue == "field" and _titled(m.group()) and m.group().casefold() in LAST_NAMES_ALL:
                    pass  # "Referred by Pranit Pal": a surname that is also a word, after a given name
                elif len(words) == 1 and asian_word_surname(words[0].group().casefold(), m.group().casefold()):
                    pass  # "my friend minji park": a surname of East Asia that is also a word
                elif words or cue not in ("field", "inline") or not _given_name_before_surname(text, m):
                    break
                else:
                    dictionary_first = True
            words.append(m)
            gap = _GAP.match(text, m.end())
            if (
                gap is None
                and cue == "field"
                and not inverted
                and (len(words) == 1 or all(w.group().isupper() for w in words))
            ):
                gap = _INVERTED_GAP.match(text, m.end())  # "NILSSON, Gun", "DELA PAZ, ROMMEL": surname first
                if gap is not None and m.group()[:1].isupper() and not text[gap.end() : gap.end() + 1].isupper():
                    gap = None  # "Witness: Tendai, aged 12": a lower-case word after the comma is no given name
                inverted = gap is not None
            if gap is None or (cue == "field" and _COLUMN_GAP.match(text, m.end())):
                break
            pos = gap.end()
        if cue not in ("field", "alias") and len(words) == 1 and _acronym_in_prose(text, words[0]):
            return  # "switching to Pellucid for donor CRM": an acronym after the cue word, in mixed-case text
        if cue == "relation" and len(words) == 1 and words[0].group().casefold().endswith("s"):
            after = _WORD.match(text, pos)
            if after is not None and after.group().casefold() in _OBJECT_WORDS:
                return  # "her daughter hates school", "my son wants to": a verb
        if (
            cue == "field"
            and len(words) > 1
            and _titled(words[0].group())
            and words[1].group().islower()
            and words[1].group() not in _PARTICLES
            and words[0].group().casefold() not in FIRST_NAMES_ALL
        ):
            return  # "Nom : Réunion trimestrielle": a title written in sentence case, not a name
        while words and words[-1].group().casefold() in _PARTICLES and not words[-1].group()[:1].isupper():
            words.pop()  # a particle ends no name
        if not words or all(w.group().casefold() in _PARTICLES for w in words):
            return
        if cue == "intro":
            words = words[:2]
            if _INTRO_IMPERSONAL.search(text, max(0, at - 9), at) and not all(w.group().islower() for w in words):
                return  # "It's Zendesk", "This is Acme": a brand as often as a name
            if any(w.group().casefold() in NOUNS for w in words) or known_place(words[0].group()):
                return  # "I'm student", "this is Leeds"
        start, end = (title.start() if title else words[0].start()), words[-1].end()  # the title with the name
        if regex.match(r"[\-_/]?\d", text[end : end + 2]):
            return  # "Reference: INV-2291": a code's letters, not a name
        if len(words) == 1 and words[0].group().isupper() and len(words[0].group()) <= 5:
            if regex.match(r"[ \t]*[:#]?[ \t]*\d{3}", text[end : end + 8]):
                return  # "References: ISBN 978-0-306-40615-7": a scheme's acronym before its number
        if whole_line:
            rest = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
            if len(regex.findall(r"\p{L}+", rest)) > 3:
                return  # a sentence answering something else, not a name given alone
        if not_a_person_here(text, start, end):
            return
        folded = [w.group().casefold() for w in words]
        if all(is_noun(w) and w not in FIRST_NAMES_ALL and w not in LAST_NAMES_ALL for w in folded):
            return  # "Submitted by: Facilities", "Signed: Procurement": a department, no name of anyone
        if folded[-1].strip(".") in _UNIT_WORDS and len(folded) > 1:
            return  # "Attention: Procurement Dept"
        if (
            len(folded) > 1
            and is_noun(folded[0])
            and folded[0] not in FIRST_NAMES_ALL
            and all(w in ENGLISH_WORDS or is_noun(w) for w in folded[1:])
        ):
            return  # "Name: Customer Service": words of a department, however many are also surnames
        # A capitalised Latin name after an inline cue is the name recognizers' (with their own checks): this one adds
        # the registers and scripts they do not read, so it only reports words that are not Title Case Latin.
        if (
            not dictionary_first
            and cue not in ("field", "alias", "chat_reply", "intro")
            and all(w.group()[:1].isupper() and not w.group().isupper() for w in words)
        ):
            kin_named = cue.startswith("relation") and all(_unknown_word(w.group()) for w in words)
            if all(w.group().isascii() for w in words) and not kin_named:
                return  # (but "my step dad Radu shouts": a name no list knows, after a relation, is this one's)
        yield cue.removesuffix("_cased"), start, end, score

    def score(self, text: str, start: int, end: int, base: float) -> float:
        return min(base, 1.0)


# A TOML or INI section's header ("[package]", "[[tool.poetry.dependencies]]"): its keys name software, not people.
_SECTION_HEADER = re.compile(r"^[ \t]*\[\[?[\w.\-\" ]+\]\]?[ \t]*$", re.MULTILINE)


def _blank_before(text: str, at: int) -> bool:
    """An empty form's blank ("____") ending the label's line, with `at` on the next: the value is missing (a
    signature's name after the blank on its line is one: "Signed: ______ A. Fairweather")."""
    before = text[max(0, at - 80) : at]
    stripped = before.rstrip()
    return stripped.endswith("_") and "\n" in before[len(stripped) :]


def _config_key(text: str, at: int) -> bool:
    """A key of a configuration file's section ("name = \"certifi\"" under "[package]")."""
    line_start = text.rfind("\n", 0, at) + 1
    if not re.match(r"[ \t]*name[ \t]*=", text[line_start:at]):
        return False
    block = text[max(0, line_start - 200) : line_start]
    headers = _SECTION_HEADER.findall(block)
    return bool(headers) and _PERSON_SECTION.search(headers[-1]) is None


# Sections about a person ("[contact]", "[emergency_contact]", "[user]"): their "name" is someone's.
_PERSON_SECTION = re.compile(
    r"(?i:contact|person|people|user|owner|author|maintainer|guardian|parent|child|member|donor|volunteer|"
    r"emergency|caller|reporter|staff|employee|patient|client|customer|kin)"
)
