"""PersonScriptRecognizer on ordinary words of other scripts quoted in English text (signs, localised UI strings,
department names, menus): no name, while names in those scripts are still found (`_script_words`)."""

from __future__ import annotations

import pytest
from pii_pipeline_recognizers import _script_words

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("PersonScriptRecognizer")


@pytest.mark.parametrize(
    "text",
    [
        # Chinese words led by a family-name character: the dictionary knows them.
        "The 金额 column in the export shows totals in CNY.",
        "The 高级 settings tab does not open in the Chinese build.",
        "The 周一 stand-up moves to 10:30 for the Beijing team.",
        "Deliver the 安全出口 signs to floors 2 and 3.",  # 安全 + 出口: two words
        "Department codes: 董事会 = BOARD, 单价 = unit price.",
        "Department code 宣传部 stands for marketing.",  # 宣传 + a noun suffix
        "Traditional-script invoices print 金額 in the header.",  # read through the simplified form
        # Not led by a family name at all.
        "Labels: RECEPTION / 前台, MEETING ROOM / 会议室, PANTRY / 茶水间.",
        "Email subject: [通知] Office closed on Monday.",
        # Japanese: hiragana in the run, katakana alone.
        "The Tokyo kitchen sign reads お知らせ and asks staff to wash cups.",
        "Use メール for email and パスワード for password.",
        # Korean: noun suffixes, verb endings, four syllables without a two-syllable family name, loanwords.
        "Agenda: 1) 공지사항 page 2) 고객센터 hours.",
        "Channels #인사팀 and #재무팀 are archived.",
        "The title slide says 환영합니다 in large type.",
        "The Korean store lists 서비스 plans.",
        # Alphabets: a word alone, a lower-case word, a stop word of the language.
        "Greek cover text: Καλώς ήρθατε over the harbour photo.",
        "Hindi banner: स्वागत है, with the date below.",
    ],
)
def test_ordinary_words_are_no_names(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her tutor 周杰 comes on Saturdays.", "周杰"),  # a family name, no dictionary word
        ("The stepfather 黄志强 took her phone.", "黄志强"),  # the dictionary tags it as a name
        ("Volunteer 欧阳娜娜 will follow up.", "欧阳娜娜"),  # a double family name
        ("My daughter 高峰 says he is scared.", "高峰"),  # a dictionary word ('peak'), but cued
        ("The man, 山田 太郎, was seen at the playground.", "山田 太郎"),  # a Japanese family name
        ("Reporter 高橋 みゆき called twice.", "高橋 みゆき"),  # a given name in hiragana
        ("A caller, ジョン・スミス, asked for the child.", "ジョン・スミス"),  # a middle dot: a foreign name
        ("Her daughter さくら was at home.", "さくら"),  # kana, cued
        ("The boy mentioned 정우성 from his club.", "정우성"),
        ("Complaint filed by 남궁민수 about the babysitter.", "남궁민수"),
        ("Name: 하늘 (sister).", "하늘"),  # two syllables, cued by a label
        ("An adult called Дмитрий messaged the child.", "Дмитрий"),  # one word, cued
        ("The report names فاطمة الزهراء as the aunt.", "فاطمة الزهراء"),
    ],
)
def test_names_stay_found(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


def test_the_dictionary_is_read_at_warm_up(recognizer) -> None:  # noqa: ANN001
    _script_words._lexicon.cache_clear()
    recognizer.warm_up()
    assert _script_words._lexicon.cache_info().currsize == 1
    words, names = _script_words._lexicon()
    assert "金额" in words and "会议" in words  # jieba's dictionary, not a table of ours
    assert "李娜" in names and "李娜" not in words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Дмитрий messaged the child again.", "Дмитрий"),
        ("The Arabic sign says مخرج at the exit.", "مخرج"),  # a word, but no dictionary tells: redacted, by design
    ],
)
def test_one_capitalised_alphabetic_word_stays_a_name(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    # Without a dictionary of the language a menu item cannot be told from a name; a missed name costs more.
    assert [v for v, _ in found(recognizer, text)] == [expected]
