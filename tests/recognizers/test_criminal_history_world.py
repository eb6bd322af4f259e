"""CriminalHistoryWorldRecognizer, called directly: a record said in another language is found with the clause it
stands in; a statute's penalty and a word that only looks like a record's are not."""

from __future__ import annotations

import pytest

RECOGNIZER = "criminal_history_world"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Tim hält sich bei Ahmet auf, der wegen Körperverletzung vorbestraft ist.",
            "wegen Körperverletzung vorbestraft ist",
        ),
        (
            "Le suspect, 35 ans, a déjà été incarcéré pour enlèvement. Il circulerait",
            "a déjà été incarcéré pour enlèvement",
        ),
        ("Sergio (58 años), que tiene antecedentes por malos tratos.", "tiene antecedentes por malos tratos"),
        ("Marko je bio u zatvoru zbog nasilja u porodici.", "je bio u zatvoru zbog nasilja u porodici"),
        ("Его брат ранее судим за кражу.", "ранее судим за кражу"),
        ("Babası daha önce hapis yatmış.", "daha önce hapis yatmış"),
        ("他曾經因為販毒被捕，現在住在台中。", "他曾經因為販毒被捕"),
        ("아버지는 폭행으로 교도소에서 복역한 적이 있다.", "아버지는 폭행으로 교도소에서 복역한 적이 있다"),
        ("הוא ישב בכלא על עבירות מין", "הוא ישב בכלא על עבירות מין"),
        ("Hann var dæmdur fyrir þjófnað árið 2019.", "var dæmdur fyrir þjófnað árið 2019"),
    ],
)
def test_finds_the_clause(find, text: str, value: str) -> None:  # noqa: ANN001
    found = [v for _, v, _ in find(text)]
    assert any(value in v for v in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marko je bio u zatvoru zbog nasilja.", "Marko"),
        ("Jan Novák byl odsouzen za krádež.", "Jan Novák"),
    ],
)
def test_leaves_the_subject_out(find, text: str, name: str) -> None:  # noqa: ANN001
    found = [v for _, v, _ in find(text)]
    assert found and all(name not in v for v in found), found


@pytest.mark.parametrize(
    "text",
    [
        # A statute's penalty, in general
        "Artículo 147: será castigado con la pena de prisión de seis meses a tres años.",
        "§ 223 StGB: Körperverletzung wird mit Freiheitsstrafe bis zu fünf Jahren bestraft, auch im Gefängnis.",
        # Words that only look like one: closed, the shop; a thousand; a name
        "Radnja je zatvorena nedjeljom, a kafić se zatvori u deset.",
        "Jelani Karan met the gripping Gripen display team.",
        "The museum's cafe is open inside the old prison walls.",
    ],
)
def test_ignores(find, text: str) -> None:  # noqa: ANN001
    assert find(text) == []
