"""Ordinary words of other scripts quoted in an English text, told from names (helpers for `person_script`).

A bilingual sign, a localised button or a department's name puts words of Chinese, Japanese or Korean into an English
text: "MEETING ROOM / 会议室", "the 공지사항 page", "お知らせ". Such a run is no name. A run is a name only when it
has a name's shape in its script, or an English cue before it says a person ("my daughter 高峰", "Name: 杨帆"):

- Chinese: a family name leads the run and the run is no dictionary word or phrase. The dictionary is jieba's
  (word, frequency, part of speech), read lazily, only when a Han run is met; entries tagged as person names (nr*)
  are kept apart, since names are what we look for.
- Japanese: a common Japanese family name leads the run ("佐藤 健", "田中花子"); a run with hiragana (okurigana,
  "お知らせ") or of katakana alone (loanwords, "メール") is a word unless cued, or a middle dot joins a foreign
  name ("ジョン・スミス").
- Korean: a family syllable and two given-name syllables ("김민준"), or a two-syllable family name and two more
  ("남궁민수"); a run that ends in a noun suffix or a verb ending ("인사팀", "환영합니다") is a word.
- Alphabets (Cyrillic, Greek, Arabic, Hebrew, Indic, Thai): a phrase with a lower-case word or a stop word of its
  language is no name; one capitalised word alone still is ("Καλώς ήρθατε", "स्वागत है").
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache

import regex

from ._person_context_rules import ROLE_NOUNS
from ._script_cues import (
    CN_DOUBLE_SURNAMES,
    CN_NOT_NAMES,
    CN_SURNAMES,
    KO_DOUBLE_FAMILY,
    KO_FAMILY,
    KO_NOT_NAMES,
    SPACED,
    TH_STOPS,
)

# --- English cues before a run ------------------------------------------------------------------------------------
# A role or kin noun, a name-introducing word or a form label just before the run says a person follows.
_CUE_WORDS = (
    *ROLE_NOUNS, "named", "called", "name is", "name was", "known as", "nicknamed", "alias", "mr", "mrs", "ms",
    "miss", "dr", "prof", "name", "full name", "contact",
)  # fmt: skip
_CUE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{'|'.join(regex.escape(w) for w in sorted(set(_CUE_WORDS), key=len, reverse=True))})"
    r"\.?[ \t]*[,:]?[ \t]*['\"“(]?$"
)


def cued(text: str, start: int) -> bool:
    """Whether an English cue word stands right before `start` on the same line ("my daughter 高峰", "Name: 杨帆")."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CUE.search(text, max(line_start, start - 40), start) is not None


# --- Chinese ------------------------------------------------------------------------------------------------------
# jieba tags these ordinary words as names (nr); a text quoting them means the word.
_NR_WORDS = frozenset("张贴 李子 叶子 孔雀 宋体 华为 白云 黄金 金星 许可 熊猫 卢布 马来".split())
# One character after a word that makes a noun of it: a department, room, fee, list, dish ("销售部", "牛肉面").
_NOUN_SUFFIXES = frozenset(
    """部 室 间 处 科 组 队 厅 馆 店 费 表 单 册 书 面 饭 茶 汤 机 器 品 区 站 楼 门 口 员 者 会 版 率 量 价 额
    类 号 式 性 化 业 线 点 期 节 卡 证 码 网 页 栏 箱 车 税 款 包""".split()
)
# Traditional and Japanese forms of common characters, for the (simplified) dictionary: "金額", "會議", "営業".
_TO_SIMPLIFIED = dict(
    zip(
        "會議業資實證認際報導開關門們時間問題電話說讀設計請書學國長東車發見現點後營總線經產銷務級額錢貨貿價單據"
        "類費標區場運輸訊網頁碼號幣張員辦處廳館廠裝購買賣應產齊齋檢險驗圖說轉齒樂環擇濟雜鐘體聯係歲條這進還過達"
        "營営総経労売読説検険駅図発広覧証転歩銭鉄団囲変戻済斉帯縁焼薬様楽歳亜悪円価気処応",
        "会议业资实证认际报导开关门们时间问题电话说读设计请书学国长东车发见现点后营总线经产销务级额钱货贸价单据"
        "类费标区场运输讯网页码号币张员办处厅馆厂装购买卖应产齐斋检险验图说转齿乐环择济杂钟体联系岁条这进还过达"
        "营营总经劳卖读说检险驿图发广览证转步钱铁团围变戻济齐带缘烧药样乐岁亚恶圆价气处应",
        strict=True,
    )
)


def _jieba_dict_path() -> str | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "dict.txt")
    return path if os.path.exists(path) else None


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """jieba's words of two or three characters: (ordinary words, words tagged as person names). Empty if absent."""
    path = _jieba_dict_path()
    words: set[str] = set()
    names: set[str] = set()
    if path is None:
        return frozenset(), frozenset()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 3:  # a run of four is a name only after 欧阳 etc.
                (names if parts[2].startswith("nr") else words).add(parts[0])
    return frozenset(words | _NR_WORDS), frozenset(names - _NR_WORDS)


def warm() -> None:
    """Read the dictionary now (before a detector forks its workers), not at the first Han run."""
    _lexicon()


def _simplified(run: str) -> str:
    return "".join(_TO_SIMPLIFIED.get(ch, ch) for ch in run)


def _pieces(run: str, words: frozenset[str]) -> int:
    """The fewest dictionary words (two characters or more) the run is made of, a noun suffix allowed at its end
    ("销售部"); 0 when it is not made of such words."""
    best = [0] + [99] * len(run)
    for end in range(2, len(run) + 1):
        for start in range(0, end - 1):
            if best[start] < 99 and run[start:end] in words:
                best[end] = min(best[end], best[start] + 1)
    if len(run) > 2 and run[-1] in _NOUN_SUFFIXES and best[-2] < 99:
        best[-1] = min(best[-1], best[-2] + 1)
    return best[-1] if best[-1] < 99 else 0


def _named_thing(run: str, names: frozenset[str]) -> bool:
    """A word the dictionary tags as a name, with a noun suffix: a thing ("乌龙茶" is 乌龙 + 茶)."""
    return len(run) > 2 and run[-1] in _NOUN_SUFFIXES and run[:-1] in names


def compound(run: str) -> bool:
    """A Han run made of two dictionary words or more ("安全出口", "会议室" as 会议 + 室): no name."""
    words, names = _lexicon()
    simple = _simplified(run)
    return len(run) > 2 and (_pieces(simple, words) >= 2 or _named_thing(simple, names))


def dictionary_word(run: str) -> bool:
    """A Han run that is one word of the dictionary, not tagged as a name ("金额", "周一", "高级")."""
    simple = _simplified(run)
    words, _ = _lexicon()
    return run in CN_NOT_NAMES or simple in CN_NOT_NAMES or simple in words


def cn_family_led(run: str) -> bool:
    """A Chinese name's shape: a family name and one or two given characters."""
    double = run[:2] in CN_DOUBLE_SURNAMES
    given = len(run) - (2 if double else 1)
    return (double or run[:1] in CN_SURNAMES or _simplified(run[:1]) in CN_SURNAMES) and 1 <= given <= 2


# --- Japanese -----------------------------------------------------------------------------------------------------
# Common Japanese family names of two or three kanji (general knowledge of the most frequent ones).
JA_FAMILY = frozenset(
    """佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤 斉藤
    清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本
    福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田
    柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野
    藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 島田 水野
    桜井 高野 渡部 吉川 山内 西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 中田 久保田 服部 岩田 土屋
    川崎 福島 本田 樋口 秋山 永井 松下 大石 荒木 望月 片山 吉村 浅野 大橋 北川 宮田 石原 小池 岡崎 黒田""".split()
)
_HIRAGANA = regex.compile(r"\p{Hiragana}")
_KATAKANA_ONLY = regex.compile(r"[\p{Katakana}ー]+")


def ja_family_led(run: str) -> bool:
    first = run.split()[0]
    return any(first.startswith(f) and len(first) - len(f) <= 2 for f in JA_FAMILY)


def kana_word(run: str) -> bool:
    """Hiragana in a run (okurigana, particles) or katakana alone (a loanword): a word, not a name."""
    if "・" in run:
        return False  # "ジョン・スミス": a foreign name in katakana
    return _HIRAGANA.search(run) is not None or _KATAKANA_ONLY.fullmatch(run.replace(" ", "")) is not None


# --- Korean -------------------------------------------------------------------------------------------------------
# Syllables of Korean given names (general knowledge of how given names are formed: Sino-Korean name characters and
# native names such as 하늘, 보람, 슬기). A word's syllables ("서비스", "이메일") mostly fall outside it.
KO_GIVEN = frozenset(
    """가 각 간 갑 강 건 걸 겸 경 계 고 곤 관 광 교 구 국 군 권 규 균 근 금 기 길 나 남 년 녀 늘 다 단 담 달
    대 덕 도 돈 동 두 둘 들 라 란 람 랑 래 량 려 련 렬 령 례 로 록 룡 루 류 륜 률 름 리 린 림 마 만 매 명 모
    목 묵 문 미 민 바 반 배 백 범 벽 별 병 보 복 본 봄 봉 부 분 비 빈 빛 사 산 삼 상 새 샘 생 서 석 선 설 섭
    성 세 소 솔 송 수 숙 순 술 슬 승 시 식 신 심 아 안 애 양 언 여 연 열 엽 영 예 오 옥 온 완 왕 요 용 우 욱
    운 울 웅 원 월 위 유 윤 율 융 은 을 음 의 이 익 인 일 임 자 잔 장 재 전 정 제 조 종 주 준 중 지 직 진
    찬 창 채 천 철 청 초 춘 충 치 태 택 표 풍 필 하 학 한 해 향 헌 혁 현 형 혜 호 홍 화 환 황 회 효 후 훈 휘
    희 힘""".split()
)
# Endings of Korean words that no name has: noun suffixes of rooms, teams, places and services, verb endings.
KO_WORD_ENDINGS = tuple(
    """팀 실 부서 센터 사항 서비스 회의 안내 공지 고객 과 처 청 국 소 장 관 점 층 팅 트 스 드 크 프 다 요 까 죠
    해 세요 니다 시오 함 됨 물 료 법""".split()
)
# Common words of three syllables that look like a family name and two given syllables.
KO_WORDS = frozenset(
    """사용자 이용자 소비자 참가자 신청자 방문자 관리자 운영자 담당자 대표자 전문가 작성자 수신자 발신자 주문자
    고객님 회원님 여러분 안녕히 이번주 다음주 지난주 오늘은 내일은 한국어 영어로 정보원 인사말 공지문""".split()
)
_HANGUL_ONLY = regex.compile(r"\p{Hangul}+")


def ko_name_shaped(run: str) -> bool:
    """A family syllable and two given syllables, or a two-syllable family name and one or two more."""
    if not _HANGUL_ONLY.fullmatch(run) or run in KO_WORDS or run.endswith(KO_WORD_ENDINGS):
        return False
    if run[:2] in KO_DOUBLE_FAMILY and 3 <= len(run) <= 4:
        return all(s in KO_GIVEN for s in run[2:])
    return len(run) == 3 and run[0] in KO_FAMILY and all(s in KO_GIVEN for s in run[1:])


def _ko_word(run: str, is_cued: bool) -> bool:
    parts = run.split()
    if len(parts) == 2 and (parts[0] in KO_FAMILY or parts[0] in KO_DOUBLE_FAMILY):
        run = "".join(parts)  # "남궁 민수": a spaced family name
    elif len(parts) > 1:
        return True  # "시장 분석": a phrase
    if ko_name_shaped(run):
        return False
    plain = not run.endswith(KO_WORD_ENDINGS) and run not in KO_WORDS and run not in KO_NOT_NAMES
    return not (is_cued and plain and 2 <= len(run) <= 4)


# --- Alphabets ----------------------------------------------------------------------------------------------------
_STOPS_OF_SCRIPT: dict[str, frozenset[str]] = {
    "Arabic": frozenset([*SPACED["ar"]["stops"], *SPACED["fa"]["stops"]]),  # type: ignore[misc]
    "Hebrew": frozenset(SPACED["he"]["stops"]),  # type: ignore[arg-type]
    "Devanagari": frozenset(SPACED["hi"]["stops"]),  # type: ignore[arg-type]
    "Thai": frozenset(TH_STOPS),
}


def _alphabet_word(run: str, script: str, cased: bool, is_cued: bool) -> bool:
    """A phrase with a lower-case word ("Καλώς ήρθατε") or a stop word of its language ("स्वागत है") is no name. One
    capitalised word alone stays a name even uncued ("Дмитрий messaged her"): without a dictionary of the language a
    menu item ("Главная") cannot be told from a name, and a missed name costs more than an extra redaction."""
    words = run.split()
    if any(w in _STOPS_OF_SCRIPT.get(script, ()) for w in words):
        return True
    return cased and not all(w[:1].isupper() and len(w) > 1 for w in words)


# --- All scripts --------------------------------------------------------------------------------------------------
def _han_word(run: str, is_cued: bool) -> bool:
    parts = run.split()
    if len(parts) == 2:  # "佐藤 健", "高橋 みゆき": a family name, then a given name (kana allowed)
        first = parts[0]
        family = ja_family_led(first) or first in CN_SURNAMES or first in CN_DOUBLE_SURNAMES
        return not (family or is_cued) or compound(first) or compound(parts[1])
    if kana_word(run):
        return not is_cued
    if ja_family_led(run):
        return False
    if compound(run):
        return True  # "会议室", "安全出口": words of the dictionary, put together
    if dictionary_word(run):
        return not is_cued  # "金额", "周一"; but "my daughter 高峰"
    return not (is_cued or cn_family_led(run))


def word_not_name(text: str, start: int, end: int, script: str, cased: bool) -> bool:
    """Whether a run of another script, name-shaped by length, is an ordinary word or phrase of its language."""
    run = text[start:end]
    is_cued = cued(text, start)
    if script in ("Han", "Hiragana", "Katakana"):
        return _han_word(run, is_cued)
    if script == "Hangul":
        return _ko_word(run, is_cued)
    return _alphabet_word(run, script, cased, is_cued)
