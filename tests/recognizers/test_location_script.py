"""LocationScriptRecognizer, called directly: towns in sentences of other scripts, beside their language's place
words."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.fixture(scope="module")
def recognizer(recognizer_by_name):  # noqa: ANN001, ANN201
    return recognizer_by_name("LocationScriptRecognizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cyrillic and Greek: a strong cue takes any capitalised words, a weak one a known town in any case.
        ("Она живёт в Самаре.", "Самаре"),
        ("Он из Казани.", "Казани"),
        ("Мы живём в Новосибирске.", "Новосибирске"),
        ("Мы живём в Нижнем Новгороде.", "Нижнем Новгороде"),
        ("Я вырос в Ростове-на-Дону.", "Ростове-на-Дону"),
        ("Он живет в городе Самара.", "Самара"),
        ("Она из Москвы.", "Москвы"),
        ("Вона мешкає у Харкові.", "Харкові"),
        ("Он живёт в Лапино.", "Лапино"),  # no list holds it: the cue does
        ("Ζει στη Θεσσαλονίκη με τη μητέρα της.", "Θεσσαλονίκη"),
        ("Οι γονείς του μένουν στον Βόλο.", "Βόλο"),
        # Arabic, Persian, Urdu, Hebrew and Indian scripts: a known town beside its (glued) preposition.
        ("يعيش في القاهرة مع والده", "القاهرة"),
        ("تعيش في دبي مع أمها", "دبي"),
        ("يسكن بالقاهرة", "القاهرة"),
        ("او در تهران زندگی می‌کند", "تهران"),
        ("وہ لاہور میں رہتا ہے", "لاہور"),
        ("הוא גר בחיפה עם אמא שלו", "חיפה"),
        ("היא גרה בתל אביב", "תל אביב"),
        ("वह पुणे में रहता है", "पुणे"),
        ("আমি ঢাকা থেকে এসেছি", "ঢাকা"),
        # Chinese, Thai, Japanese, Korean: the longest known town after or before the particle.
        ("他住在台中。", "台中"),
        ("她在上海工作。", "上海"),
        ("我来自北京。", "北京"),
        ("她搬到深圳了。", "深圳"),
        ("彼は大阪に住んでいる。", "大阪"),
        ("札幌出身です。", "札幌"),
        ("저는 서울에 살아요.", "서울"),
        ("부산에서 왔어요.", "부산"),
        ("저는 인천 출신이에요.", "인천"),
        ("ฉันอยู่ที่เชียงใหม่", "เชียงใหม่"),
        # A form's place label.
        ("Город: Самара", "Самара"),
        ("城市：台中", "台中"),
        ("도시: 대구", "대구"),
    ],
)
def test_places(recognizer, text: str, expected: str) -> None:  # noqa: ANN001
    values = [v for v, _ in found(recognizer, text)]
    assert expected in values, values


@pytest.mark.parametrize(
    "text",
    [
        "Отчёт за третий квартал готов.",
        "Мы обсудим это в Слаке.",
        "Я работаю в Сбербанке.",
        "Он живёт в квартире с родителями.",
        "Встреча в понедельник в офисе.",
        "Η συνάντηση είναι στην Τρίτη.",
        "الاجتماع في المكتب يوم الاثنين",
        "التقرير من قسم المالية",
        "הפגישה במשרד ביום שני",
        "बैठक सोमवार को कार्यालय में है",
        "我们在会议室开会。",
        "现在开始吧。",
        "数据存储在服务器上。",
        "この資料は経理部から来ました。",
        "보고서는 재무팀에서 왔어요.",
        "집에 살아요.",
        "The report is in English only.",
    ],
)
def test_not_places(recognizer, text: str) -> None:  # noqa: ANN001
    assert found(recognizer, text) == []


def test_gazetteer_waits_for_another_script(recognizer) -> None:  # noqa: ANN001
    """Text in Latin letters (accents included) never reads the ~123k-name gazetteer; a weak cue in Cyrillic does."""
    from pii_pipeline_recognizers import _places

    _places.native_towns.cache_clear()
    assert found(recognizer, "She lives in Kraków, near Zürich.") == []
    assert _places.native_towns.cache_info().currsize == 0
    assert [v for v, _ in found(recognizer, "Он из Казани.")] == ["Казани"]
    assert _places.native_towns.cache_info().currsize == 1
