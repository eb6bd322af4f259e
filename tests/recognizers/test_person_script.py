"""PersonScriptRecognizer, called directly: names written in another script inside a Latin-script text."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("PersonScriptRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boy says 박서연 from his class sends him photos.", "박서연"),
        ("Father is 李娜 per the school form.", "李娜"),
        ("Her tutor 高橋 大輔 picks her up on Fridays.", "高橋 大輔"),
        ("An adult called Дмитрий Соколов messaged the child.", "Дмитрий Соколов"),
        ("Neighbour Ελένη Γεωργίου saw the injuries.", "Ελένη Γεωργίου"),
        ("The stepfather, יוסי לוי, refused entry.", "יוסי לוי"),
        ("The report names فاطمة الزهراء as the aunt.", "فاطمة الزهراء"),
        ("Contact person: سارا رضایی (cousin).", "سارا رضایی"),
        ("Cousin सुनीता देवी stays with them.", "सुनीता देवी"),
        ("Her classmate ณัฐวุฒิ ศรีสุข was there too.", "ณัฐวุฒิ ศรีสุข"),
        ("Вчера приходила Мария Кузнецова с сыном.", "Мария Кузнецова"),  # a Cyrillic text
        ("@kay: หนูชื่อพิมพ์ชนก อายุ 12 ปี อยู่ภูเก็ต ค่ะ", "พิมพ์ชนก"),  # "I (a girl) am named", glued before it
    ],
)
def test_names_in_other_scripts(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert expected in [v for v, _ in found(recognizer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nothing but Latin letters here, José and Zoë included.",
        "She moved to 대구 last year.",  # a place: the LOCATION recognizer's
        "Вчера было холодно и шёл дождь.",  # a Cyrillic sentence without capitalised words inside
        "The report was filed on 2024-03-01 at 10:00.",
        "Labels ship in 中文, 日本語 and 한국어 this quarter.",  # names of languages
        "She wrote спасибо at the end of the message.",
        # An English line's nouns in a text of other scripts
        "Traveller's phrase card\nThank you | Спасибо | 谢谢\nPronunciation guides on the reverse.",
    ],
)
def test_not_names(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


def test_a_long_cjk_run_is_not_taken_for_a_name(recognizer) -> None:  # noqa: ANN001
    assert found(recognizer, "The note said 我们明天下午在学校门口见面 in the margin.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Got a message from 김민준 asking for photos.",
        "She talked to 王伟 on WeChat last night.",
        "Visiting 佐藤健 this weekend, she said.",
    ],
)
def test_names_after_cues_that_take_people_or_places(recognizer, text: str) -> None:  # noqa: ANN001
    # "from", "to", "visiting" also take places; a run that names no town is the person's name.
    assert len(found(recognizer, text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("저는 김민준입니다. 열네 살이에요.", "김민준"),
        ("나는 박서연이야", "박서연"),
        ("私は佐藤ゆいです。中学二年生です。", "佐藤ゆい"),
        ("あたしは高橋りんだよ", "高橋りん"),
        ("僕は田中です、よろしく。", "田中"),
        ("山口健太と申します。", "山口健太"),
        ("名前は山本はるか、14歳です。", "山本はるか"),
        ("我是李娜。", "李娜"),
    ],
)
def test_self_introductions(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    assert [v for v, _ in found(recognizer, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "私は学生です。",
        "私は大丈夫です。",
        "私は日本人です。",
        "名前は山本です。",  # the family name alone: no copula taken for a given name
        "これはスマホといいます。",
        "저는 학생입니다.",
        "저는 공무원입니다.",
        "저는 정말로 무서워요.",
        "我是高中生。",
        "我是韩国人。",
        "我是来举报的。",
    ],
)
def test_self_introductions_of_no_name(recognizer, text: str) -> None:  # noqa: ANN001
    assert [v for v, _ in found(recognizer, text) if v != "山本"] == []
