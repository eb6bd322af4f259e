"""Texts written in a Latin-script language other than English, as data (helpers only; no recognizer here).

The hotline's tips and chats come in Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish,
Vietnamese, Tagalog, Indonesian and Romanian as well. The English NER model reads them poorly: it calls German
nouns ("Dienstag", "Richtlinie"), rooms after an article ("de Rembrandtzaal") and kin phrases ("Meine Tochter")
people, and misses a name after a cue ("un tal Ramiro"). Here:

- `language_at`: the language a sentence is written in, told by spaCy's stop-word lists (offline): the language
  with the most stop words of its own (not English ones), when it has at least two and more than English.
- Per language: its articles (a capitalised word after one is a noun, not a name), the cues after which a name
  follows (kin and role words, name-introducing verbs), and cues after a name (Turkish "adında", Dutch "heet").
  A cue marked strong ("se llama", "un tal") also makes the next word a name in lower-case chat.
"""

from __future__ import annotations

import importlib

import regex

from ._names import WORDS_NOT_NAMES as ENGLISH_WORDS

LANGS = ("es", "pt", "fr", "de", "it", "nl", "pl", "tr", "vi", "tl", "id", "ro")


def _stop_words(lang: str) -> frozenset[str]:
    module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    return frozenset(w.casefold() for w in module.STOP_WORDS if " " not in w and "_" not in w)


EN_STOPS = _stop_words("en")
# Each language's own stop words: those English shares ("a", "me", "no", "die") say nothing.
STOPS = {lang: _stop_words(lang) - EN_STOPS for lang in LANGS}
ALL_STOPS = frozenset().union(*STOPS.values())
# Apps and platforms named in chats ("en Instagram", "Instagram'da"): never a name after a cue.
APPS = frozenset(
    "snapchat discord instagram tiktok roblox kik facebook twitter whatsapp telegram youtube reddit "
    "twitch xbox minecraft fortnite venmo paypal zelle google apple amazon viber messenger wechat weibo "
    "skype zalo kakaotalk kakao imo bluesky mastodon vk vkontakte odnoklassniki tinder grindr "
    "bumble hinge wattpad omegle steam".split()
)
# Stop words that are also common given names or name particles: no evidence against a name when capitalised.
STOP_NAMES = frozenset("mia ana eva tal ella ema lia elena ina ada ira ola".split())

# Articles and article-preposition contractions: a capitalised word right after one is a noun ("am Dienstag",
# "de Rembrandtzaal", "la Semana Santa", "den Antrag"). Names take no article in these languages.
ARTICLES = {
    "es": "el la los las un una unos unas al del lo",
    "pt": "o a os as um uma uns umas ao aos do da dos das no na nos nas pelo pela num numa",
    "fr": "le la les l un une des du au aux",
    "de": "der die das den dem des ein eine einen einem einer eines am im zum zur vom beim ins ans",
    "it": "il lo la i gli le un uno una del dello della dei degli delle al allo alla ai agli alle nel nello "
    "nella nei negli nelle sul sullo sulla sui sugli sulle dal dallo dalla dai dagli dalle l",
    "nl": "de het een des der",
    "pl": "",
    "tr": "",
    "vi": "thứ những các cái",
    "tl": "ang mga",
    "id": "",
    "ro": "un o unui unei",
}
# Words before which even a known name is a thing's: Vietnamese "thứ Hai" is Monday ("Hai" is also a name).
NOUN_MARKERS = frozenset({"thứ"})
ARTICLE_WORDS = {lang: frozenset(words.split()) for lang, words in ARTICLES.items()}

# Kin and role words, with the possessive or article before them ("_" joins words): the capitalised words that
# follow name the person ("mi hija Lucía", "der Verdächtige Jürgen Mößner", "con gái tôi Lan").
KIN_ROLE = {
    "es": """hija hijo hijastra hijastro novio novia esposo esposa marido padrastro madrastra vecino vecina tío
        tía primo prima hermano hermana amigo amiga sobrino sobrina nieto nieta abuelo abuela entrenador
        entrenadora profesor profesora maestro maestra sospechoso sospechosa víctima señor señora don doña
        compañero compañera jefe jefa pareja cuñado cuñada""",
    "pt": """filha filho enteada enteado namorado namorada marido esposa padrasto madrasta vizinho vizinha tio
        tia primo prima irmão irmã amigo amiga sobrinho sobrinha neto neta avô avó treinador treinadora
        professor professora suspeito suspeita vítima senhor senhora dona colega chefe""",
    "fr": """fille fils belle-fille beau-fils copain copine mari femme beau-père belle-mère voisin voisine oncle
        tante cousin cousine frère sœur soeur ami amie neveu nièce petit-fils petite-fille entraîneur
        entraineur professeur professeure prof suspect suspecte victime monsieur madame mademoiselle collègue
        patron patronne""",
    "de": """tochter sohn stieftochter stiefsohn freund freundin ehemann ehefrau mann frau stiefvater stiefmutter
        nachbar nachbarin onkel tante cousin cousine bruder schwester neffe nichte enkel enkelin opa oma trainer
        trainerin lehrer lehrerin verdächtige verdächtiger täter täterin opfer herr kollege kollegin chef chefin""",
    "it": """figlia figlio figliastra figliastro ragazzo ragazza fidanzato fidanzata marito moglie patrigno
        matrigna vicino vicina zio zia cugino cugina fratello sorella amico amica nipote nonno nonna allenatore
        allenatrice professore professoressa prof maestro maestra sospettato sospettata vittima signor signore
        signora collega capo""",
    "nl": """dochter zoon stiefdochter stiefzoon vriend vriendin man vrouw stiefvader stiefmoeder buurman buurvrouw
        oom tante neef nicht broer zus opa oma trainer leraar lerares juf meester verdachte slachtoffer meneer
        mevrouw collega baas""",
    "pl": """córka córki syn syna pasierbica pasierb chłopak chłopaka dziewczyna mąż żona ojczym macocha sąsiad
        sąsiadka wujek ciocia kuzyn kuzynka brat siostra kolega koleżanka trener trenerka nauczyciel
        nauczycielka podejrzany podejrzana ofiara pan pani pana""",
    "tr": """kızım oğlum kızı oğlu sevgilisi sevgilim kocası karısı kocam karım üvey_babası üvey_babam komşumuz
        komşum komşusu amcası amcam teyzesi teyzem dayısı dayım ablası abisi ağabeyi kardeşi kardeşim arkadaşı
        arkadaşım öğretmeni öğretmenim antrenörü şüpheli mağdur bay bayan sayın""",
    "vi": """con_gái con_trai con_gái_tôi con_trai_tôi bạn_trai bạn_gái chồng vợ bố_dượng cha_dượng mẹ_kế hàng_xóm
        chú bác cậu dì cô thầy cô_giáo thầy_giáo anh chị em ông bà nghi_phạm nạn_nhân""",
    "tl": """anak_ko anak_kong anak_niya boyfriend_niya girlfriend_niya asawa_ko asawa_niya kapitbahay tito tita
        kuya ate lolo lola pinsan kaibigan guro titser mang aling si kay ni sina""",
    "id": """anak_saya putri_saya putra_saya anaknya pacar pacarnya pacar_saya suami istri ayah_tiri ibu_tiri
        tetangga paman bibi om tante kakak adik teman guru pelatih tersangka korban pak bu bapak ibu mas mbak
        kak""",
    "ro": """fiica fiul fiica_mea fiul_meu iubitul iubita prietenul prietena soțul soția tatăl_vitreg mama_vitregă
        vecinul vecina unchiul mătușa vărul verișoara fratele sora antrenorul profesorul profesoara suspectul
        victima domnul doamna dl dna""",
}
# Possessives written after the kin word ("o padrasto dela", "fiica mea", "con gái tôi", "anak saya").
POSSESSIVES_AFTER = [
    p.replace("_", " ") for p in "dela dele de_ella de_él mío mía mea meu lui ei tôi ko kong saya niya".split()
]
# Name-introducing words: the next word is a name even in lower-case chat ("un tal nacho", "se llama lucas").
NAME_CUES = {
    "es": "se_llama se_llamaba me_llamo mi_nombre_es llamado llamada un_tal una_tal de_nombre su_nombre_es "
    "apodado apodada alias",
    "pt": "se_chama chama-se me_chamo chamo-me meu_nome_é o_meu_nome_é chamado chamada um_tal uma_tal de_nome "
    "o_nome_dele_é o_nome_dela_é apelidado",
    "fr": "s'appelle s’appelle je_m'appelle je_m’appelle je_me_nomme mon_nom_est mon_prénom_est nommé nommée "
    "prénommé prénommée surnommé surnommée un_certain une_certaine",
    "de": "heißt heisst ich_heiße ich_heisse mein_name_ist namens genannt ein_gewisser eine_gewisse "
    "einem_gewissen einen_gewissen mit_namen",
    "it": "si_chiama mi_chiamo il_mio_nome_è chiamato chiamata di_nome un_certo una_certa soprannominato",
    "nl": "heet ik_heet mijn_naam_is genaamd ene een_zekere met_de_naam",
    "pl": "nazywa_się nazywam_się mam_na_imię o_imieniu imieniem niejaki niejaka niejakim niejakiego niejaką "
    "niejakiej ma_na_imię",
    "tr": "adı ismi ismim benim_adım",
    "vi": "tên_là tên có_tên tên_gọi",
    "tl": "ako_si pangalan_ko_ay nagngangalang na_nagngangalang pangalan_ay pangalan_niya_ay",
    "id": "bernama nama_aku namaku namanya yang_bernama nama_saya namanya_adalah",
    "ro": "pe_nume mă_numesc ma_numesc numele_meu_este se_numește se_numeste numit numită numita un_anume o_anume",
}
# Cues after a name: "Tolga adında biri", "een man die Gerrit heet", "ein Mann, der Detlef heißt", "Tolga Bey".
CUES_AFTER = {
    "tr": "adında adlı isimli adındaki bey hanım",
    "nl": "heet",
    "de": "heißt heisst",
}
# Cue words of weak cues that are also the words "you", "he" or "she" (Vietnamese "anh", "em"): a name must follow.
# After "das heißt", "was heißt", "het heet" the verb means "that is" or "is called" of a thing.
NOT_NAME_AFTER = frozenset("das was es dat wat het".split())
# Words after a cue that are no name: "un tal vez", "un certain temps".
NOT_NAMES = frozenset(
    """vez vezes temps point momento punto modo momento punkt moment chwila thing day tag dag zeit tijd""".split()
)


def _phrases(table: dict[str, str]) -> dict[str, list[str]]:
    return {lang: [p.replace("_", " ") for p in words.split()] for lang, words in table.items()}


KIN_ROLE_PHRASES = _phrases(KIN_ROLE)
NAME_CUE_PHRASES = _phrases(NAME_CUES)
CUES_AFTER_PHRASES = _phrases(CUES_AFTER)
# Kin and role words of one word ("hija", "Verdächtige"): the NER model runs them into the name that follows.
ROLE_WORDS = frozenset(p for phrases in KIN_ROLE_PHRASES.values() for p in phrases if " " not in p)

# --- A sentence's language -----------------------------------------------------------------------------------------
# Whole words of letters only: "f0b7" of a MAC address holds no word.
_WORD = regex.compile(r"(?<![\w'’\-])[\p{L}\p{M}]{2,}(?:['’\-][\p{L}\p{M}]+)*(?![\w'’\-])")
_SENTENCE = regex.compile(r"[^.!?\n。！？]+[.!?。！？]*")
_seen: tuple[str | None, list[tuple[int, int, str | None]]] = (None, [])


# Letters only one of these languages writes: a word holding one counts as that language's (Turkish has few stop
# words of its own, its suffixes being glued to the word).
LETTERS = {"tr": "ığİş", "pl": "łżźćńśąę", "ro": "șțăȘȚ", "vi": "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ"}


# Particles of names and addresses ("Maria da Mata", "rue de Pologne", "van der Berg"): no sign of a language.
_NAME_PARTICLES = frozenset("de da del della di van von der den du dos das el la le ter ten".split())


_LETTER_SETS = {lang: frozenset(letters) for lang, letters in LETTERS.items()}
# English words no other language lists ("need", "help", "and"): "hi, i'm giulia's son" is English.
_ENGLISH_ONLY = (EN_STOPS | ENGLISH_WORDS) - ALL_STOPS


def _language(words: set[str]) -> str | None:
    """The language with the most stop words of its own among `words` (lower-case ones, or a sentence's first):
    at least two distinct ones, more than the English words no other language lists. (Set operations: this runs on
    every sentence of a text with a name candidate.)"""
    words = words - _NAME_PARTICLES
    english = len(words & _ENGLISH_ONLY)
    best, best_count = None, 1
    for lang in LANGS:
        own = words & STOPS[lang]
        count = len(own)
        letters = _LETTER_SETS.get(lang)
        if letters:
            count += sum(1 for w in words - own if not letters.isdisjoint(w))
        if count > best_count:
            best, best_count = lang, count
    if best is None and english == 0 and len(words) >= 4:
        # A sentence with no English word at all and one stop word of a language ("El Ayuntamiento informa que …").
        best = next((lang for lang in LANGS if words & STOPS[lang]), None)
    return best if best is not None and best_count > english else None


def _sentences(text: str) -> list[tuple[int, int, str | None]]:
    global _seen
    if _seen[0] is not text:
        found = []
        for m in _SENTENCE.finditer(text):
            words = _WORD.findall(m.group())
            # Capitalised words inside a sentence are names ("Anh Minh Nguyễn", "Cite El Farik"): not counted.
            plain = {w.casefold() for i, w in enumerate(words) if not i or not w[:1].isupper()}
            found.append((m.start(), m.end(), _language(plain) if len(words) >= 3 else None))
        _seen = (text, found)
    return _seen[1]


def language_at(text: str, start: int) -> str | None:
    """The (non-English, Latin-script) language of the sentence holding text[start], or None."""
    for a, b, lang in _sentences(text):
        if a <= start < b:
            return lang
    return None


def sentence_start(text: str, start: int) -> int:
    for a, b, _ in _sentences(text):
        if a <= start < b:
            return a
    return 0


# --- Spans in such sentences --------------------------------------------------------------------------------------
_TOKEN = regex.compile(r"[^\s,;:()\"“”«»]+")
_PARTICLES = frozenset("de da del della di van von der den du dos das ter ten la le el al bin ibn".split())
_TITLES = frozenset("sr sra srta dr dra prof herr frau m mme mlle sig dott pan pani bay bayan pak bu".split())


def _title(text: str, start: int, end: int) -> bool:
    """A capitalised honorific the name's span keeps ("Anh Minh Nguyễn", "Frau Keller", "Don Ramiro")."""
    from ._names import TITLE_BEFORE

    return text[start].isupper() and TITLE_BEFORE.fullmatch(text[start:end] + " ") is not None


def _first_names() -> frozenset[str]:
    from ._names import FIRST_NAMES_ALL

    return FIRST_NAMES_ALL


def _known_name(word: str) -> bool:
    from ._names import FIRST_NAMES_ALL, LAST_NAMES

    return word in FIRST_NAMES_ALL or word in LAST_NAMES


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().strip(".'’").casefold()) for m in _TOKEN.finditer(text, start, end)]


def _cued_before(text: str, start: int, lang: str) -> bool:
    """Whether a kin or role word, a title or a name-introducing word stands right before `start`."""
    before = text[max(0, start - 40) : start].casefold().rstrip(" ,:")
    words = before.split()
    if not words:
        return False
    last = words[-1].strip(".")
    if last in ROLE_WORDS or last in _TITLES:
        return True
    return any(before.endswith(cue) for cue in NAME_CUE_PHRASES[lang])


def _previous_word(text: str, start: int) -> str:
    words = text[max(0, start - 24) : start].split()
    return words[-1].casefold() if words else ""


def _article_before(text: str, start: int, lang: str) -> bool:
    words = text[max(0, start - 24) : start].split()
    return bool(words) and words[-1].casefold().rstrip("'’") in ARTICLE_WORDS[lang]


def trim_foreign(text: str, start: int, end: int) -> tuple[int, int] | None:
    """An NER PERSON span in a sentence of another Latin-script language, without the articles, possessives and
    kin or role words the model runs into a name ("Der Verdächtige Jürgen Mößner"), or None when what is left is
    no name: a stop word or a lower-case word ("la profe dijo"), or a capitalised noun: after an article
    ("am Dienstag", "de Rembrandtzaal"), or alone in German, which capitalises every noun ("Richtlinie")."""
    lang = language_at(text, start)
    if lang is None:
        return start, end
    stops = STOPS[lang] | ARTICLE_WORDS[lang]
    tokens = _tokens(text, start, end)
    after = _tokens(text, end, min(len(text), end + 24))[:1]
    while tokens:
        word = tokens[0][2]
        nxt = (tokens[1:] or after or [(0, 0, "")])[0][2]
        if (
            word in stops
            and not (word in STOP_NAMES and nxt not in ROLE_WORDS)
            or (word in ROLE_WORDS and not _title(text, tokens[0][0], tokens[0][1]))
        ):
            tokens = tokens[1:]
        else:
            break
    if not tokens:
        return None
    for s, _, word in tokens:
        raw = text[s]
        if raw.islower() and word not in _PARTICLES or word in stops and word not in _PARTICLES | STOP_NAMES:
            return None  # "la profe dijo", "le pide", "Sitzungssaal vorgestellt"
        if word in ROLE_WORDS and word not in _PARTICLES:
            return None
    start, end = tokens[0][0], tokens[-1][1]
    known = _known_name(tokens[0][2])  # "la Semana Santa": a name's first word is a name
    if _article_before(text, start, lang) and (not known or _previous_word(text, start) in NOUN_MARKERS):
        return None  # "la Semana Santa", "de Rembrandtzaal", "am Dienstag": a thing, a day, a room
    if lang == "tr" and any("'" in text[s:e] or "’" in text[s:e] for s, e, _ in tokens[:-1]):
        return None  # "Emre'ye Burak": a case ending closes one name; the span runs into the next
    first_name = tokens[0][2] in _first_names()
    if lang == "de" and len(tokens) == 1 and not first_name and not _cued_before(text, start, lang):
        return None  # "die neue Richtlinie", "wegen Renovierung": a German noun
    return start, end


def foreign_not_a_name(text: str, start: int, end: int) -> bool:
    """Whether a span some English name rule found, in a sentence of another language, is no name there: a phrase
    led by an article or a possessive ("Der Vorstand", "mi hijo", "Meine Tochter"), or a noun and a verb
    ("Konferenzraum statt", read as "I'm Konferenzraum")."""
    if text.isascii() and not _has_foreign_stop(text):
        return False
    trimmed = trim_foreign(text, start, end)
    if trimmed is None:
        return True
    if trimmed[0] == start:
        return False
    # A kin word or an article before the name ("Kızım ... Tolga", "Der Verdächtige ..."); a title stays with it.
    return any(w not in _TITLES for _, _, w in _tokens(text, start, trimmed[0]))


_ascii_seen: tuple[str | None, bool] = (None, False)


def _has_foreign_stop(text: str) -> bool:
    global _ascii_seen
    if _ascii_seen[0] is not text:
        _ascii_seen = (text, any(w.casefold().strip(".,;:!?'\"()") in ALL_STOPS for w in text.split()))
    return _ascii_seen[1]


# --- Cues of the world's other Latin-script languages ----------------------------------------------------------------
# Tips come in far more languages than the twelve above. For the rest there is no sentence-language test, so only
# cues no English text holds are listed (phrases, words with letters English lacks, long words English lacks; each
# is checked by `distinctive` before use): kin words with their possessive and "is called" / "my name is" phrases.
# General knowledge of each language, not taken from any corpus. "_" joins a phrase's words.
WORLD_KIN = {
    "sw": "mpwa_wangu binti_yangu mwanangu mtoto_wangu mjukuu_wangu kaka_yangu dada_yangu rafiki_yangu "
    "mjomba_wangu shangazi_yangu baba_wa_kambo mpenzi_wake",
    "zu_xh": "umshana_wami indodakazi_yami indodana_yami umzukulu_wami umngane_wami",
    "yo": "ọmọ_mi ọmọbìnrin_mi ọmọkùnrin_mi ọmọ_ẹ̀gbọ́n_mi ọmọ_àbúrò_mi",
    "ha": "'yata ɗana ɗan_uwana 'yar_uwata jikata",
    "ig": "nwa_m nwa_nwanne_m nwanne_m",
    "id_ms": "keponakan_saya keponakanku cucu_saya cucuku adik_saya kakak_saya anak_saudara_saya "
    "anak_perempuan_saya anak_lelaki_saya anak_laki-laki_saya sepupu_saya",
    "jv": "ponakanku keponakanku anakku putuku adhiku mbakyuku",
    "tl": "pamangkin_ko apo_ko anak_kong_babae anak_kong_lalaki pinsan_ko kapatid_ko",
    "mg": "zanako zanak'anabaviko zanak'anadahiko zafiko",
    "rw": "umwana_wanjye umwishywa_wanjye umwuzukuru_wanjye",
    "af": "my_dogter my_seun my_niggie my_nefie my_kleindogter my_kleinseun my_stiefpa haar_stiefpa",
    "mt": "binti ibni in-neputija_tiegħi in-neputi_tiegħi ħija oħti",
    "so": "gabadhayda wiilkayga inantayda abtigay eedadey",
    "sk_cs": "moja_neter môj_synovec moja_dcéra môj_syn moja_vnučka môj_vnuk moje_neteř můj_synovec moje_dcera "
    "moje_vnučka můj_vnuk můj_nevlastní_otec jej_nevlastný_otec",
    "sl": "moja_nečakinja moj_nečak moja_hči moj_sin moja_vnukinja moj_vnuk",
    "hr_sr_bs": "moja_nećakinja moj_nećak moja_kći moja_kćer moj_sin moja_unuka moj_unuk njen_očuh njezin_očuh",
    "hu": "unokahúgom unokaöcsém lányom fiam unokám mostohaapja",
    "fi": "tyttäreni poikani sisarentyttäreni veljentyttäreni sisarenpoikani veljenpoikani lapsenlapseni",
    "et": "õetütar vennatütar õepoeg vennapoeg minu_tütar minu_poeg lapselaps",
    "lv": "mana_meita mans_dēls brāļameita māsasmeita brāļadēls māsasdēls mazmeita",
    "lt": "mano_dukra mano_sūnus dukterėčia sūnėnas anūkė",
    "tr_az_uz": "yeğenim torunum qızım oğlum bacımın_qızı qardaşımın_qızı nəvəm qizim o'g'lim jiyanim nevaram",
    "sq": "mbesa_ime nipi_im vajza_ime djali_im",
    "is_fo": "dóttir_mín sonur_minn frænka_mín frændi_minn",
    "cy_ga": "fy_merch fy_mab fy_nith fy_nai m'iníon mo_mhac mo_neacht",
    "ca_eu_gl": "la_meva_filla el_meu_fill la_meva_neboda el_meu_nebot nire_alaba nire_semea nire_iloba "
    "a_miña_filla o_meu_fillo a_miña_sobriña",
    "scandinavian": "min_datter min_sønn min_niese min_nevø mitt_barnebarn min_dotter min_son mitt_barnbarn "
    "hennes_styvfar hendes_stedfar",
    "ht": "pitit_fi_mwen pitit_gason_mwen nyès_mwen",
    "more_es_pt_fr_it_de_nl_pl_ro_vi": "mi_sobrina mi_sobrino mi_nieta minha_sobrinha meu_sobrinho minha_neta "
    "ma_nièce mon_neveu ma_petite-fille mia_nipote mio_nipote meine_nichte mein_neffe meine_enkelin "
    "mijn_nichtje mijn_neefje mijn_kleindochter moja_siostrzenica moja_bratanica mój_siostrzeniec "
    "mój_bratanek moja_wnuczka nepoata_mea nepotul_meu cháu_gái_tôi cháu_trai_tôi cháu_tôi",
}
WORLD_NAME_CUES = {
    "sw": "anaitwa ninaitwa jina_lake_ni jina_langu_ni aitwaye",
    "zu_xh": "igama_lakhe_ngu- igama_lami_ngu- ogama_lakhe_ngu- ngiyabizwa",
    "yo": "orúkọ_rẹ̀_ni orúkọ_mi_ni èmi_ni",
    "ha": "sunansa sunanta sunana",
    "ig": "aha_ya_bụ aha_m_bụ",
    "id_ms": "nama_dia nama_beliau dikenali_sebagai bernama namanya",
    "jv": "jenenge jenengku",
    "tl": "ang_pangalan_niya_ay ang_pangalan_ko_ay",
    "mg": "ny_anarany_dia ny_anarako_dia atao_hoe",
    "rw": "yitwa nitwa izina_rye_ni",
    "af": "sy_naam_is haar_naam_is my_naam_is genaamd",
    "mt": "jismu jisimha jisimni ismu_hu",
    "so": "magaciisu_waa magaceedu_waa magacaygu_waa",
    "sk_cs": "volá_sa menom jmenuje_se jménem volám_sa jmenuji_se",
    "sl": "ime_mu_je ime_ji_je imenuje_se z_imenom",
    "hr_sr_bs": "zove_se zovem_se po_imenu ime_mu_je ime_joj_je",
    "hu": "a_neve nevű nevem",
    "fi": "nimeltään niminen nimeni_on hänen_nimensä_on",
    "et": "tema_nimi_on minu_nimi_on nimega",
    "lv": "viņu_sauc mani_sauc vārdā",
    "lt": "jo_vardas jos_vardas mano_vardas vardu",
    "tr_az_uz": "adamın_adı onun_adı mənim_adım uning_ismi mening_ismim",
    "sq": "quhet emri_i_tij emri_i_saj emri_im",
    "is_fo": "heitir ég_heiti eg_eiti",
    "cy_ga": "ei_enw_yw fy_enw_i_yw is_ainm_dó is_ainm_di",
    "ca_eu_gl": "es_diu em_dic du_izena deitzen_da chámase",
    "scandinavian": "han_heter hun_heter hon_heter jeg_heter jag_heter han_hedder hun_hedder jeg_hedder",
    "ht": "li_rele mwen_rele non_li_se",
    "vi": "hắn_tên nó_tên tên_hắn_là tên_nó_là",
}
# After a name: "Réka vagyok" (I am), "egy Tamás nevű férfi", "Matti-niminen", "Liis nimega".
WORLD_CUES_AFTER = "vagyok nevű niminen nimine nimega vārdā"
# Possessives after a kin word in those languages ("mpwa wangu", "nepoata mea").
WORLD_POSSESSIVES_AFTER = "wangu yangu yake ime im tiegħi mîn minn".split()


def _world(table: dict[str, str]) -> list[str]:
    return [p.replace("_", " ") for words in table.values() for p in words.split()]


WORLD_KIN_PHRASES = _world(WORLD_KIN)
WORLD_NAME_CUE_PHRASES = _world(WORLD_NAME_CUES)
WORLD_CUES_AFTER_PHRASES = WORLD_CUES_AFTER.split()
