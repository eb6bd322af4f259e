"""Dates of birth: a date (any common format) with birth context before it (born, DOB, date of birth, birthday)."""

import re

from pii_pipeline.detection.prescreen import needs

from ._chat import ANSWER_HEAD
from ._goods import ANIMAL_HEADER
from ._recognizer_helpers import ContextRegexRecognizer, line_bounds, table_ranges
from ._tables import column_cells

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_SEP = r"[/\-.\u2010-\u2015\u2212]"
_DATE = (
    r"(?:\d{1,2}"
    + _SEP
    + r"\d{1,2}"
    + _SEP
    + r"(?:\d{4}|\d{2})"  # 03/14/2012, 14.03.12
    + r"|"
    + _YEAR
    + _SEP
    + r"\d{1,2}"
    + _SEP
    + r"\d{1,2}"  # 2012-03-14
    + r"|"
    + _MONTH
    + r"\s+"
    + _DAY
    + r",?\s+"
    + _YEAR  # March 14, 2012
    + r"|(?:the\s+)?"
    + _DAY
    + r"\s+(?:of\s+)?"
    + _MONTH
    + r",?\s+"
    + _YEAR  # 14 March 2012
    + r"|"
    + _MONTH
    + r"\s+"
    + _YEAR  # March 2012
    + r"|(?:0?[1-9]|[12]\d|3[01])[\-/. ]"
    + _MONTH
    + r"[\-/. ,]+(?:"
    + _YEAR
    + r"|\d\d)"  # 14-Mar-2012, 14 Mar 12
    + r"|"
    + _MONTH
    + r"[\-/]"
    + _DAY
    + r"[\-/,]\s*"
    + _YEAR  # Mar-14-2012
    + r")"
)
# Other languages' month names, after their birth words: "né le 4 mars 1979", "geboren am 4. März 1979",
# "nacido el 4 de marzo de 1979", "nata il 4 aprile 1979", "nascido em 4 de março de 1979".
_MONTH_OTHER = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|januar|"
    r"februar|m[äa]e?rz|april|juni|juli|august|september|oktober|november|dezember|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|"
    r"settembre|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|outubro|dezembro|januari|februari|"
    r"maart|mei|augustus|"
    # Polish and Russian months, in the genitive a date puts them in: "3 kwietnia 2009", "3 апреля 2009"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[śs]nia|pa[źz]dziernika|listopada|grudnia|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    # Ukrainian, Czech and Greek genitives; Turkish, Indonesian, Tagalog, Romanian, Hungarian and Nordic months
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|ledna|února|března|"
    r"dubna|května|června|července|srpna|září|října|listopadu|prosince|Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|"
    r"Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου|ocak|[şs]ubat|mart|nisan|"
    r"may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k|maret|agustus|desember|enero|pebrero|"
    r"marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|ianuarie|februarie|martie|aprilie|iunie|iulie|"
    r"septembrie|octombrie|noiembrie|decembrie|január|február|március|április|május|június|július|augusztus|"
    r"szeptember|október|augusti|maj|"
    # Welsh, Irish, Maltese and Georgian months
    r"ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|ean[áa]ir|feabhra|"
    r"m[áa]rta|aibre[áa]n|bealtaine|meitheamh|i[úu]il|l[úu]nasa|me[áa]n[ \t]+f[óo]mhair|deireadh[ \t]+f[óo]mhair|"
    r"samhain|nollaig|jannar|frar|marzu|mejju|[ġg]unju|lulju|awwissu|settembru|ottubru|novembru|di[ċc]embru|"
    r"იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი)"
)
# A date as Chinese, Japanese and Korean write it: "2009年4月3日", "2009년 4월 3일".
_DATE_CJK = (
    r"(?:" + _YEAR + r"|(?:昭和|平成|令和)[ \t]*(?:元|\d{1,2}))"  # a year of the Gregorian calendar or of an era
    r"[ \t]*[年년][ \t]*\d{1,2}[ \t]*[月월][ \t]*\d{1,2}[ \t]*[日일]"
)
# An airline's date (IATA): day, month in capitals, two-digit year ("15DEC92"), as SSR DOCS and PNRs print it.
_DATE_IATA = r"(?:0[1-9]|[12]\d|3[01])(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d\d(?!\d)"
# Formats seen only after a birth word (forms, OCR): "20110304", "04MAR2011", "03 / 04 / 2011", "03 04 2011",
# "10MAR78".
_DATE_FORM = (
    r"(?:"
    + _YEAR
    + r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)|(?:0?[1-9]|[12]\d|3[01])"
    + _MONTH
    + _YEAR
    + r"|(?:0?[1-9]|[12]\d|3[01])\.?(?:er)?[ \t]+(?:(?:de|ta['’])[ \t]+)?"
    + _MONTH_OTHER
    + r",?[ \t]+(?:de[ \t]+)?"
    + _YEAR
    + r"|\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}[ \t]*[/.\-][ \t]*(?:\d{4}|\d\d)(?!\d)|\d{1,2}[ \t]\d{1,2}[ \t]"
    + _YEAR
    + r"|"
    + _DATE_CJK
    # "3rd Apr '09", "April 3, ’09": a year in two digits, after a month's name
    + r"|(?:"
    + _DAY
    + r"\s+(?:of\s+)?"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+"
    + _DAY
    + r")"
    + r",?\s+['’]\d\d(?!\d)|"
    + _DATE_IATA
    + r")"
)
# A numeric date read by OCR, letters for digits ("O3/O4/2O11", "1l/O4/1968"): only right after a birth word.
_OCR_DIGIT = r"[\dOoIl]"
_DATE_OCR = (
    r"(?=[^\s]{0,6}\d)" + _OCR_DIGIT + r"{1,2}[ \t]?[/.\-][ \t]?" + _OCR_DIGIT + r"{1,2}[ \t]?[/.\-][ \t]?(?:"
    + _OCR_DIGIT + r"{4}|" + _OCR_DIGIT + r"{2})(?![\w])"
    # "2O11-O4-O3", "O3-APR-2O11"
    + r"|(?:19|2[0O])" + _OCR_DIGIT + r"{2}[/.\-]" + _OCR_DIGIT + r"{1,2}[/.\-]" + _OCR_DIGIT + r"{1,2}(?![\w])|"
    + _OCR_DIGIT + r"{1,2}[\-/. ]" + _MONTH + r"[\-/. ,]+(?:19|2[0O])" + _OCR_DIGIT + r"{2}(?![\w])"
)  # fmt: skip
# A birth year alone, only right after a birth word ("born in 1987", "year of birth: 1987").
_YEAR_ONLY = r"(?:19|20)\d\d(?![\d/\-.]\d)"
# Birth context right before the date: "born on", "DOB:", "date of birth is", "birthday: ", "b. ".
_BIRTH = (
    # Field names too: "birth_date=", "child_dob", "dateOfBirth".
    r"(?:\bborn|(?<![^\W_])d\.?o\.?b\b\.?|\bd[ \t]o[ \t]b\b|\bdate[\s_]*of[\s_]*birth|\bbirth[\s\-_]*date|\bbirthday|"
    r"\bb-?day|\bb\.|"
    r"\bbirth|"
    # Other languages' birth words, before a numeric date: geboren, né(e) le, fecha de nacimiento, data di nascita …
    r"\bgeboren(?:\s+am)?|\bgeb\.|\bgeburtsdatum|\bn[ée]e?\s+le|\bdate\s+de\s+naissance|\bfecha\s+de\s+nacimiento|"
    r"\bnacid[oa](?:\s+el)?|\bdata\s+d[ie]\s+nasc(?:ita|imento)|\bnat[oa]\s+il|\bnascid[oa](?:\s+em)?|"
    r"\burodzon[ya]|\bdata\s+urodzenia|\bf[øo]dt|\bf[öo]dd|\bsyntynyt|\bdo[ğg]um\s+tarihi|生年月日|出生日期|생년월일|"
    r"\bgeboortedatum|\bgeboren\s+op|\bf[öo]delsedatum|\bf[øo]dselsdato|\bf[øo]dselsdag|\bsyntym[äa]aika|"
    r"\bдата\s+рождения|\bрожд(?:ения|ен[аы]?)|\bdata\s+nascimento|\bdate\s+naiss\.?|"
    r"\bfecha\s+(?:de\s+)?nac\.|\bf\.\s*(?:de\s+)?nac(?:imiento|\.)|\bdata\s+(?:de\s+)?nasc\.|\bn[ée]\s*\(e\)\s+le|"
    r"\bgeb\.?\s*-\s*datum|\bродил(?:ся|ась)|\burodzi[łl]a?\s+si[ęe]|출생일|출생|생일|出生(?:于|於)?|生まれ|誕生日|"
    # … and in the languages of other partners: Indonesian, Vietnamese, Tagalog, Swahili, Hindi, Arabic, Persian,
    # Hebrew, Thai, Greek, Ukrainian, Czech, Croatian, Hungarian, Romanian.
    r"\bt(?:angga)?l\.?\s+lahir|\blahir(?:\s+(?:pada|tanggal|tgl\.?))?|\bipinanganak(?:\s+noong)?|\bng[àa]y\s+sinh|"
    r"\bsinh\s+ng[àa]y|\bkapanganakan|"
    r"\btarehe\s+ya\s+kuzaliwa|\balizaliwa|जन्म\s*तिथि|जन्मतिथि|जन्म\s*दिनांक|تاريخ\s+الميلاد|تاریخ\s+تولد|"
    r"تاريخ\s+الولادة|מועד\s+לידה|תאריך\s+לידה|נולד(?:ה)?|วันเกิด|เกิดวันที่|ημερομηνία\s+γέννησης|"
    r"γεννήθηκε(?:\s+(?:στις|την|τον|το))?|"
    r"\bдата\s+народження|\bнародил(?:ся|ася)|\bdatum\s+naro(?:zení|zeni)|\bnaro(?:zen|zena)|\bdatum\s+ro(?:đ|d)enja|"
    r"\brođen[a]?|\bsz[üu]let[ée]si\s+d[áa]tum|\bsz[üu]l\.|\bdata\s+na[șs]terii|\bn[ăa]scut[ăa]?|"
    # … and of the world's other languages: Slovak, Slovenian, Baltic, Afrikaans, Maltese, Albanian, Icelandic, Celtic,
    # Catalan, Basque, Turkic, African and Malagasy words, then Cyrillic, Arabic-script and Indic ones.
    r"\bnaroden[ýáa]|\bnarodil[a]?\s+sa|\bdátum\s+narodenia|\brojen[a]?|\bdatum\s+rojstva|\bgimę?s|\bgimusi|"
    r"\bgimimo\s+data|\bdzimis|\bdzimusi|\bdzimšanas\s+datums|\bsündinud|\bsünniaeg|\bsünnikuupäev|"
    r"\bgebore(?:\s+op)?|\bimwiel(?:ed|da)|\bdata\s+tat-twelid|\blindur|\bdatëlindja|\bfædd(?:ur)?|"
    r"\bfæðingardagur|\bganwyd|\bdyddiad\s+geni|\brugadh|\bdáta\s+breithe|\bnascud?[ta]|\bdata\s+de\s+naixement|"
    r"\bjaioa|\bjaiotze\s+data|\bdoğulub|\bdoğum\s+tarixi|\bdoğumlu|\btug['ʻ‘’]ilgan|"
    r"\bwazalwa(?:\s+ngomhla(?:\s+we-?)?|\s+ngo-?)?|"
    r"\bọjọ́\s+ìbí|\branar\s+haihuwa|\ban\s+haife\s+(?:shi|ta)|\bteraka|\byavutse|\bdhashay|"
    r"\btaariikhda\s+dhalashada|\bipinanganak|"
    # Galician, Romansh, Luxembourgish, Frisian, Faroese, Gaelic, Haitian, Quechua, Wolof, Shona, Oromo, Turkmen, Maori,
    # Samoan, Cebuano, Tatar and Yiddish
    r"\bdata\s+de\s+nacemento|\bnaceu(?:\s+o)?|\bdata\s+da\s+naschientscha|\bnasch[iì](?:da)?|\bgebuertsdatum|"
    r"\bgebuer(?:en)?(?:\s+den)?|\bbertedatum|\bberne(?:\s+op)?|\bføðingardagur|\bføddur|\bfødd|"
    r"\bceann-latha\s+breith|\brugadh\s+(?:[eé]|[ií])|\btwieled|\bdat\s+nesans|\b(?:li\s+)?f[èe]t(?=\s+\d)|"
    r"\bpaqarisqan(?:\s+p['’]unchaw)?|\bjuddu(?:\s+na)?|\bakazvarwa|\bzuva\s+rekuzvarwa|\bdhalate|"
    r"\bguyyaa\s+dhalootaa|\bdoglan(?:\s+senesi)?|\bi\s+wh[āa]nau\s+mai(?:\s+i\s+te)?|\br[āa]\s+wh[āa]nau|"
    r"\baso\s+fanau|\bnatawo(?:\s+niadtong)?|\badlaw\s+sa\s+pagkatawo|\bтуган(?:\s+көне)?|געבורטסטאָג|געבוירן|"
    r"\bроден[аи]?|\bрођен[аи]?|\bдатум\s+рођења|\bдата\s+на\s+раждане|\bнарадзіў(?:ся|ася)|\bдата\s+нараджэння|"
    r"\bтуған|\bтуулган|\bтөрсөн|\bтаваллуд|"
    r"تاریخ\s+پیدائش|پیدا\s+ہو[ئا]|تاریخ\s+پیدایش|জন্ম\s*তারিখ|জন্ম|பிறந்த\s+தேதி|பிறந்த|పుట్టిన\s+తేదీ|"
    r"जन्मतारीख|जन्म\s+मिति|જન્મ\s+તારીખ|ಜನ್ಮ\s+ದಿನಾಂಕ|ജനന\s+തീയതി|උපන්\s+දිනය|ថ្ងៃខែឆ្នាំកំណើត|မွေးနေ့|"
    r"ວັນເດືອນປີເກີດ|"
    # Armenian, Georgian and Amharic labels
    r"ծննդյան\s+ամսաթիվ|ծնվել\s+է|დაბადების\s+თარიღი|დაიბადა|დაბადებულია|የትውልድ\s+ቀን|የተወለደ(?:ች|በት\s+ቀን)?|"
    # "date of birth given at sign-up: …", "DOB as stated by the caller: …", "DOB matches: …": a few words, then
    # the colon; "date of birth you gave (…)", "date of birth field \"…\"": then the bracket or the quote
    r"(?:\bdate\s+of\s+birth|(?<![^\W_])d\.?o\.?b\b\.?|\bbirth[\s\-]*date)\s+(?:[a-z\-]+\s+){0,3}[a-z\-]+"
    r"(?:(?=\s*:)|\s*[\"“(])|"
    # Chinese "birthday", Russian "д.р." / "др" (день рождения) right before the date
    r"生日|(?<![^\W\d_])д\.?[ \t]?р\.?(?=[ \t]*\d))"
    # A format hint or a second field in the label: "DOB (MM/DD/YYYY):", "Date of birth / Age:".
    r"\)?(?:\s*\([^)\n\d]{0,24}\)|\s*/\s*age)?"
    # "Age/DOB: 34 / 03-14-1990": an age before the date.
    r"(?:\s*[:\-–]?\s*\d{1,3}\s*(?:y(?:ears?|rs?|o)?\.?)?\s*[/,;]\s*(?=\d))?"
    # "DOB ______ 08/17/1990", "Date of birth ....: 3.4.2011", "gave her date of birth as 5 June 1991"
    # (and the Welsh, Irish and Maltese "on": "Ganwyd ar 24 Tachwedd 1986", "twieled fil-21 ta' Awwissu")
    r"(?:\s+(?:is|was|on|in|of|=|as|listed\s+as|given\s+as|it'?s|it’s|that'?s|ar|fil-))*\s*"
    r"(?:[:：\-–,|][ \t]*[._…]*|[._…]{2,}[:]?)?\s*"
    r"(?:on\s+|is\s+)?"
    # A JSON or YAML key's quotes: '"dob": "2011-03-04"'.
    r"(?:[\"']?[ \t]*[:=][ \t]*[\"']?|(?<=[:=])[ \t]*[\"'])?"
)

# A date spoken, as dictation and call transcripts write it: "the eleventh of september twenty twenty", "twentieth
# march twenty nineteen", "August twenty-seventh, two thousand and seven", "oh three three one two oh oh eight".
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ORDINAL_UNIT = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_SPOKEN_DAY = (
    r"(?:(?:twenty|thirty)[ \-]?" + _ORDINAL_UNIT + r"|twentieth|thirtieth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|" + _ORDINAL_UNIT + r"|"
    r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))"
)
_SPOKEN_YEAR = (
    r"(?:nineteen[ \-](?:"
    + _TENS_WORD
    + r"(?:[ \-]"
    + _UNIT_WORD
    + r")?|"
    + _TEEN_WORD
    + r"|oh[ \-]"
    + _UNIT_WORD
    + r")|two[ \-]thousand(?:[ \-]and)?(?:[ \-](?:"
    + _UNIT_WORD
    + r"|"
    + _TEEN_WORD
    + r"|twenty(?:[ \-]"
    + _UNIT_WORD
    + r")?))?|twenty[ \-](?:oh[ \-]"
    + _UNIT_WORD
    + r"|"
    + _TEEN_WORD
    + r"|twenty(?:[ \-]"
    + _UNIT_WORD
    + r")?)|"
    + _YEAR
    + r")"
)
_DIGIT_WORD = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_DATE = (
    r"(?:(?:the\s+)?"
    + _SPOKEN_DAY
    + r"(?:\s+of)?\s+"
    + _MONTH
    + r",?\s+"
    + _SPOKEN_YEAR
    + r"|"
    + _MONTH
    + r"\s+(?:the\s+)?"
    + _SPOKEN_DAY
    + r",?\s+"
    + _SPOKEN_YEAR
    + r"|(?:"
    + _DIGIT_WORD
    + r"[ \-]+){7}"
    + _DIGIT_WORD
    + r")(?![\w\-])"
)
# What a speaker says between "date of birth" and the date: "dob the …", "date of birth um …", "… is right …".
_SPOKEN_FILLERS = r"(?:[ \t,]+(?:the|um+|uh+|er+|erm|hmm|right|so|like|is|was|basically|sort\s+of|i\s+think))*[ \t,:]+"

# A question about the birth date (its answer on the next lines: see the pattern "birth_reply").
_BIRTH_ASKED = (
    r"(?:\bd\.?o\.?b\b|\bdate\s+of\s+birth|\bbirth[\s\-]*date|\bbirthday|\bb-?day|\bwhen\s+(?:were|was)\s+\w+\s+born)"
)

# A birth verb and "in/at" a place, in the languages whose birth words _BIRTH knows.
_BORN_AT = (
    r"(?:\bborn[ \t]+(?:in|at)|\bn[ée]e?[ \t]+(?:à|a|en)|(?-i:\bnat[oa])[ \t]+(?:a|in)|\bnacid[oa][ \t]+en|"
    r"\bnascid[oa][ \t]+(?:em|no|na)|\bgeboren[ \t]+in|\burodzon[ya][ \t]+w|\bродил(?:ся|ась)[ \t]+в)"
)
# The place between: capitalised words and the little words of place names ("St Mary's Hospital", "the UK").
_PLACE = r"(?:(?:the|St\.?|of|de|del|la|di|der|(?-i:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ])[\w'’\-]*)[ \t]*,?[ \t]+){1,5}?"

# The world's other birth words (see _BIRTH) as the prescreens look for them.
_WORLD_BIRTH_KEYS = """narod rojen rojstva gimę gimus gimimo dzimi dzimš sündi sünni gebore imwiel twelid lindur
    datëlindja fædd fæðing ganwyd geni rugadh breithe nascud nascut naixement jaio doğul doğum twieled
    tug'il tugʻil tug‘il tug’il
    wazalwa ìbí haihuwa haife teraka yavutse dhashay dhalashada роден рођен раждане нарадзі нараджэння туған
    туулган төрсөн таваллуд پیدائش پیدا پیدایش জন্ম பிறந்த పుట్టిన जन्म જન્મ ಜನ್ಮ ജനന උපන් កំណើត မွေး ເກີດ
    nacemento naceu naschientscha nasch gebuer bertedatum berne føðingardagur føddur fødd ceann-latha nesans fèt
    paqarisqan juddu akazvarwa rekuzvarwa dhalate dhalootaa doglan whānau whanau fanau natawo pagkatawo туган
    געבורטסטאָג געבוירן""".split()

# What each pattern's match holds (its birth words), searched in the text's screened (lower-cased) form before the
# costlier pattern.
_NEEDS = {
    "birth_then_date": re.compile(
        r"born|d\.?o\.?b|d o b|birth|b-?day|b\.|"
        r"geb|n[ée]e?\s*(?:\(e\)\s*)?le|naissance|nac\.|nacimiento|nacid|nasc|nat[oa]\s|urodz|f[øo]dt|"
        r"f[öo]dd|syntyn|do[ğg]um|生年月日|出生|생년월일|출생|生まれ|誕生日|geboorte|f[öo]delse|f[øo]dsel|syntym|рожд|"
        r"родил|date\s+naiss|생일|lahir|sinh|kapanganakan|ipinanganak|kuzaliwa|जन्म|الميلاد|الولادة|تولد|לידה|נולד|เกิด|γέννη|γενν|"
        r"народ|naroz|rođen|sz[üu]l|na[șs]ter|n[ăa]scut|ծննդ|ծնվ|დაბად|დაიბად|ትውልድ|ተወለደ|生日|д\.?[ \t]?р|"
        + "|".join(re.escape(k) for k in _WORLD_BIRTH_KEYS)
    ),
    "date_then_birth": re.compile(r"dob|d\.o\.b\.|birth"),
    "birth_spoken": re.compile(r"(?:d\.?o\.?b|d o b|birth|born)[^\n]{0,40}?(?:teen|twenty|thirty|thousand|oh|\d)"),
    "airline_birth": re.compile(r"ssr[ \t]+docs|\((?:chd|inf)/"),
    "date_then_age": re.compile(r"\d[ \t]*(?:y/?o|yrs?|years?(?:[ \t]+old)?)[ \t]*\)"),
    "birth_reply": re.compile(r"(?:d\.?o\.?b|birth|b-?day|born)[^\n]*\n"),
    "birth_place_then_date": re.compile(
        r"born\s+[ia]|né|nee?\s+(?:à|a|en)\s|nat[oa]\s+[ai]|nacid|nascid|geboren\s+in|urodzon|родил"
    ),
    "cjk_date_then_birth": re.compile(r"[日일][ \t]*(?:生|출생|생)"),
    "birth_year": re.compile(r"born|d\.?o\.?b|birth|b\.|yob|n[ée]e?\s+en"),
    "birthday_no_year": re.compile(r"birthday|bday|born|d\.?o\.?b"),
    "birth_year_short": re.compile(r"born(?:\s+in)?\s+['’]\d"),
    # cells split by pipes or tabs, or a comma-separated header line without digits that names a birth date
    "date_in_cell": re.compile(
        r"[|\t]|(?:^|\n)[^\d\n,]*(?:,[^\d\n,]*)*?(?:dob|birth|born|geburt|naissance|né|nascita|nacimiento|"
        r"nascimento|geboorte|urodzenia|doğum|рождения|народження|födelse|fødsel|syntymä|生年月日|出生|생년월일)"
        r"[^\d\n]*\n",
        re.MULTILINE,
    ),
}
_DIGIT_OR_SPOKEN = re.compile(r"\d|teen|twenty|thirty|thousand|\boh\b", re.IGNORECASE)  # and a spoken one these
CELL_BASE = 0.05  # a bare date's base: reported only under a birth column's header
_BIRTH_HEADER = re.compile(
    # (a key's "_" is a break: "employee_dob", "child_birth_date")
    r"(?<![^\W_])(?:dob|d\.o\.b|birth|born|birthday|birthdate|bday|geburt|geb\.|naissance|né\(?e?\)?|née?\b|nascita|"
    r"nacimiento|nascimento|geboorte|geboren|urodzenia|doğum|рождения|народження|födelse|fødsel|syntymä|"
    r"生年月日|出生|생년월일)",
    re.IGNORECASE,
)


def _birth_column(cell: str) -> bool:
    """A header cell that names a birth date (a header test for `column_cells`)."""
    return len(cell) <= 40 and _BIRTH_HEADER.search(cell) is not None


def _spaced_birth_column(text: str, start: int) -> bool:
    """A date in a table aligned with spaces (a print-out, a team sheet) under a header that names a birth date."""
    return any(a <= start < b for a, b in column_cells(text, _birth_column))


# A CSV line's fields (a quoted field may hold commas): "Amira Haddad,04/03/2010,\"12 Fernhill Rd, Luton\"".
_CSV_FIELD = re.compile(r'[ \t]*(?:"(?:[^"\n]|"")*"|[^,\n]*)')
_CSV_MAX_LINES = 50  # how far above a row its header may be


def _csv_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the comma-separated fields of text[start:end] (one line)."""
    fields, pos = [], start
    while True:
        m = _CSV_FIELD.match(text, pos, end)
        stop = m.end() if m else pos
        fields.append((pos, stop))
        if stop >= end or text[stop] != ",":
            return fields
        pos = stop + 1


def _csv_birth_column(text: str, start: int) -> bool:
    """A date in a comma-separated row under a header whose field for its column names a birth date."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    fields = _csv_fields(text, line_start, line_end)
    if len(fields) < 2:
        return False
    column = next((i for i, (a, b) in enumerate(fields) if a <= start < b), None)
    pos = line_start
    for _ in range(_CSV_MAX_LINES):
        if column is None or pos == 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        head = _csv_fields(text, prev, pos - 1)
        if len(head) != len(fields):
            return False
        if not any(c.isdigit() for c in text[prev : pos - 1]):
            a, b = head[column]
            return _BIRTH_HEADER.search(text, a, b) is not None
        pos = prev
    return False


class DateOfBirthRecognizer(ContextRegexRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    # What every text it reports on holds (detection/prescreen.py): the detector skips it on others.
    SCREEN = needs(
        words="date",
        substrings=(
            "b. bday b-day birth born d.o.b do.b ob geb nac. "
            "naissance nacimiento nacid nasc nato nata urodz fodt født född fodd "
            "syntyn doğum dogum 生年月日 出生 생년월일 출생 生まれ 誕生日 yob geboorte födelse fodelse fødsel fodsel "
            "syntym рожд родил 日生 일생 생일 lahir sinh kapanganakan kuzaliwa जन्म الميلاد الولادة تولد לידה נולד "
            "เกิด γέννη γεννή ipinanganak народ naroz rođen szül szul naster naşter naște nascut născut "
            "ծննդ ծնվ დაბად დაიბად ትውልድ ተወለደ " + " ".join(_WORLD_BIRTH_KEYS)
        ).split()
        + ["d o b", "né le", "ne le", "née le", "nee le", "né en", "ne en", "née en", "nee en", "né à", "née à"]
        + ["né(e)", "生日", "др", "д.р"]
        # an airline's record and a date with its age ("(13 y/o)")
        + ["ssr docs", "(chd/", "(inf/", "y/o)", "yo)", "yrs)", "years)", "years old)"],
    )
    TEXT_NEEDS = _DIGIT_OR_SPOKEN
    PATTERN_NEEDS = _NEEDS
    PATTERNS = [
        # "r." after a Polish date: "roku", the year's word ("03.04.2011 r.")
        (
            "birth_then_date",
            _BIRTH + r"\(?(?P<v>(?:" + _DATE + r"|" + _DATE_FORM + r"|" + _DATE_OCR + r")(?:[ \t]?r\.(?!\w))?)(?!\d)",
            0.95,
        ),
        # The answer to a question about the birth date, on one of the next two lines of a call or a chat:
        # "Agent: can I take your date of birth?" / "Caller: yeah it's 03-11-1987".
        (
            "birth_reply",
            _BIRTH_ASKED
            # (A transcript writes no "?": "agent can i take your date of birth" then "caller november 12th 1985".)
            + r"(?:[^\n?]{0,60}\?|[^\n]{0,60}\bplease\b|[ \t]*(?=\n))[^\n]{0,20}\n(?:[^\n]*\n)??"
            # (or a deposition's answer after its line number: " 5   A.   January 9, 1983.")
            + ANSWER_HEAD
            # A transcript's speaker without a colon ("caller november 12th 1985"), then fillers.
            + r"(?:(?:caller|agent|operator|advis[eo]r|counsell?or|volunteer|child|parent|client|"
            r"yeah|yes|yep|yh|ok|okay|sure|um+|uh+|erm|so|it'?s|it’s|its|it\s+is|i\s+was\s+born(?:\s+on)?|"
            r"born(?:\s+on)?|on|the)[ \t,.]+)*(?P<v>" + _DATE + r"|" + _DATE_FORM + r"|" + _SPOKEN_DATE + r")(?!\d)",
            0.9,
        ),
        # A spoken date after a birth word: "dob the eleventh of september twenty twenty", "date of birth is one eight
        # oh five two oh two two"; and a written one after a speaker's fillers ("date of birth um 18 may 2022")
        (
            "birth_spoken",
            r"(?:\bd\.?o\.?b\b|\bd[ \t]o[ \t]b\b|\bdate\s+of\s+birth|\bbirth\s*date|\bborn(?:\s+on)?)"
            + _SPOKEN_FILLERS
            + r"(?P<v>"
            + _SPOKEN_DATE
            + r"|"
            + _DATE
            + r")(?!\d)",
            0.9,
        ),
        # "03/14/2012 (DOB)", "2012-03-14 - date of birth"
        ("date_then_birth", r"(?<!\d)(?P<v>" + _DATE + r")\s*[(\-–,]?\s*(?:dob|d\.o\.b\.|date\s+of\s+birth)\b", 0.95),
        # An airline's passenger record: SSR DOCS "P/USA/A53333532/USA/15DEC92/M/26FEB33/…", a child's "(CHD/06MAR22)"
        (
            "airline_birth",
            r"(?-i:(?:\bSSR[ \t]+DOCS[ \t]+[A-Z0-9]{2}[ \t]+HK\d[ \t]+[A-Z]{1,2}/[A-Z]{3}/[A-Z0-9]{5,15}/[A-Z]{3}/|"
            r"(?<=\(CHD/)|(?<=\(INF/))(?P<v>" + _DATE_IATA + r")(?=/|\)))",
            0.95,
        ),
        # A date with the age it makes someone: "Ani Avetisyan, 10.07.2011 (13 y/o)"
        (
            "date_then_age",
            r"(?<![\d/\-.])(?P<v>"
            + _DATE
            + r")[ \t]*\([ \t]*(?:aged?[ \t]+)?\d{1,3}[ \t]*(?:y/?o|yrs?|years?(?:[ \t]+old)?)"
            r"[ \t]*\)",
            0.9,
        ),
        # "2009年4月3日生まれ", "2009年4月3日生", "2009년 4월 3일 출생", "2009년 4월 3일생"
        ("cjk_date_then_birth", r"(?<!\d)(?P<v>" + _DATE_CJK + r")[ \t]*(?:生まれ|生|출생|생)", 0.95),
        (
            "birth_year",
            r"(?:\bborn(?:\s+in)?(?:\s+the\s+year)?(?:\s+(?:c\.|ca\.|circa|abt\.?|about|around|approx\.?))?\s*[:\-–]?|"
            r"\bd\.?o\.?b\b\.?\s*[:\-–]?|\byear\s+of\s+birth\s*[:\-–]?|\bbirth\s*year\s*[:\-–]?|\byob\s*[:\-–]?|"
            r"\bn[ée]e?\s+en|\(b\.|(?<=[a-z],[ \t])(?-i:b)\.(?=[ \t]?(?:19|20)\d\d\b)|(?<=[a-z][ \t])(?-i:b)\."
            r"(?=[ \t]?(?:19|20)\d\d(?:[,;)]|[ \t]*[-–—]|[ \t]*$)))\s*"
            r"(?P<v>" + _YEAR_ONLY + r")",
            0.9,
        ),
        # "born in '09", "born ’87": a birth year in two digits, after "born" only
        ("birth_year_short", r"\bborn(?:\s+in)?\s+(?P<v>['’]\d\d)(?![\d/\-.]\d|\w)", 0.85),
        # "born in Leeds on 3 April 2009", "né à Paris le 3 avril 2009", "nato a Roma il 3 aprile 2009"
        (
            "birth_place_then_date",
            _BORN_AT
            + r"[ \t]+"
            + _PLACE
            + r"(?:(?:on|il|le|el|em|am)[ \t]+(?:the[ \t]+)?)?(?P<v>"
            + _DATE
            + r"|"
            + _DATE_FORM
            + r")(?!\d)",
            0.9,
        ),
        # A birthday without its year ("birthday: March 14", "bday is 3/14"): still part of the date of birth.
        (
            "birthday_no_year",
            r"(?:\bbirthday|\bbday|\bborn\s+on|\bd\.?o\.?b\b\.?)\s*(?:is\s+|on\s+|[:\-–]\s*)?(?:the\s+)?"
            r"(?P<v>" + _MONTH + r"\s+" + _DAY + r"|" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"|\d{1,2}/\d{1,2})"
            r"(?![\d/]|,?\s*(?:19|20|['’])?\d\d\b)",
            0.85,
        ),
        # A date in a pasted table's column headed DOB / date of birth (see `score`).
        ("date_in_cell", r"(?<![\d/\-.])(?P<v>" + _DATE + r")(?![\d/\-.]\d)", CELL_BASE),
    ]
    REFERENCE_NEGATIVE = False

    def score(self, text: str, start: int, end: int, base: float) -> float:
        if base == CELL_BASE:
            ranges = table_ranges(text, start)
            if ranges is None:
                if "," in text and _csv_birth_column(text, start):
                    return 0.95
                return 0.95 if "  " in text and _spaced_birth_column(text, start) else 0.0
            named = any(_BIRTH_HEADER.search(text, a, b) for a, b in ranges)
            if named and ANIMAL_HEADER.search(text, *line_bounds(text, ranges[0][0])):
                return 0.0  # "Ear tag | Breed | Sex | DOB | Dam tag": a herd's register, animals' births
            return 0.95 if named else 0.0
        return super().score(text, start, end, base)
