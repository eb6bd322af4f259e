"""Register screenshot_ocr: OCR'd chat screenshots (UI chrome, OCR confusions, broken lines, many scripts)."""

from __future__ import annotations

import random

from common import per
from doc import Doc, Transform
from people import email, make_child, make_person, username
from places import street, town
from values import credential, credit_card, fmt_date, iban, phone, plate

BANKS: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        [
            "hey {vn} 😊 u up?",
            "how old r u again?",
            "ur so mature for ur age tbh",
            "add me on snap its {ou}",
            "dont tell ur mum about me ok",
            "i can pick u up, silver golf reg {pl}",
            "whats ur address? ill send a gift 🎁",
            "text me on {oph} not here",
            "im {oa} btw is that ok",
            "come to {ost} in {t} at 8",
            "i sent £50, send ur card number again",
            "make the account with my email {oe}",
            "delete this chat after 🙈",
            "my cousin {on2} will meet you at the station",
            "u said ur bday is {vdob} right? 🎂",
            "send the pic u promised 👀",
            "my number changed its {oph}",
            "whats ur insta password ill get u verified",
        ],
        [
            "im {va}",
            "{va} in march",
            "ok",
            "lol",
            "idk",
            "my mum would kill me 😭",
            "its {vph}",
            "i live at {vst}",
            "near {t}",
            "card is {cc}",
            "my snap is {vu}",
            "pw is {pw} dont change it",
            "ok ill come",
            "who is {on2}??",
            "im scared",
            "my bday is {vdob}",
            "my email is {ve}",
            "fine",
            "👍",
        ],
    ),
    "ru": (
        [
            "привет {vn} 😊",
            "сколько тебе лет?",
            "мне {oa}, это норм?",
            "напиши мне в телеге {ou}",
            "мой номер {oph}",
            "скинь адрес, пришлю подарок",
            "встретимся у метро, {t}, ул. {ost}?",
            "я переведу деньги, скинь номер карты",
            "никому не говори про меня",
            "мой брат {on2} тебя встретит",
            "удали переписку",
            "почта для аккаунта {oe}",
        ],
        [
            "мне {va}",
            "ок",
            "хз",
            "мама убьёт 😭",
            "мой номер {vph}",
            "живу {vst}",
            "карта {cc}",
            "пароль от вк {pw}",
            "ладно приду",
            "кто такой {on2}?",
            "др {vdob}",
            "мне страшно",
        ],
    ),
    "zh": (
        [
            "你好{vn}😊",
            "你几岁了？",
            "我{oa}岁",
            "加我微信：{ou}",
            "我的电话{oph}",
            "你住哪里？地址发我",
            "我在{t}，明天来接你",
            "把银行卡号发我，我转钱给你",
            "别告诉你妈妈",
            "我朋友{on2}会去车站接你",
            "车牌{pl}，白色的",
        ],
        [
            "我{va}岁",
            "好的",
            "哈哈",
            "我妈会骂我😭",
            "我电话{vph}",
            "我住在{vst}",
            "卡号{cc}",
            "密码是{pw}",
            "好吧我去",
            "{on2}是谁？",
            "生日{vdob}",
        ],
    ),
    "ja": (
        [
            "{vn}ちゃん、元気？",
            "何歳？",
            "俺は{oa}だよ",
            "LINEのIDは{ou}",
            "電話番号は{oph}",
            "住所教えて、プレゼント送るね",
            "{t}駅で会おうよ",
            "お金振り込むからカード番号教えて",
            "親には内緒ね",
            "友達の{on2}が迎えに行くよ",
        ],
        [
            "{va}歳",
            "うん",
            "ww",
            "ママに怒られる😭",
            "番号は{vph}",
            "{vst}に住んでる",
            "カード{cc}",
            "パスワード{pw}",
            "わかった行く",
            "{on2}って誰？",
        ],
    ),
    "th": (
        [
            "สวัสดี {vn} 😊",
            "อายุเท่าไหร่",
            "พี่อายุ {oa}",
            "แอดไลน์พี่ {ou}",
            "เบอร์พี่ {oph}",
            "ส่งที่อยู่มา เดี๋ยวส่งของขวัญให้",
            "เจอกันที่ {t} นะ",
            "ส่งเลขบัตรมา พี่โอนเงินให้",
            "อย่าบอกแม่นะ",
            "เพื่อนพี่ {on2} จะไปรับ",
        ],
        [
            "หนูอายุ {va}",
            "ค่ะ",
            "55555",
            "แม่ดุแน่ 😭",
            "เบอร์หนู {vph}",
            "บ้านอยู่ {vst}",
            "บัตร {cc}",
            "รหัสผ่าน {pw}",
            "โอเคไป",
            "{on2} คือใคร",
        ],
    ),
    "ko": (
        [
            "{vn} 안녕 😊",
            "몇 살이야?",
            "난 {oa}살",
            "카톡 아이디 {ou}",
            "내 번호 {oph}",
            "주소 알려줘 선물 보낼게",
            "{t}역에서 만나",
            "카드번호 보내 돈 보내줄게",
            "엄마한테 말하지 마",
            "내 친구 {on2}가 데리러 갈거야",
        ],
        [
            "{va}살이요",
            "네",
            "ㅋㅋㅋ",
            "엄마한테 혼나요😭",
            "제 번호 {vph}",
            "{vst} 살아요",
            "카드 {cc}",
            "비번 {pw}",
            "알겠어요",
            "{on2}가 누구에요?",
        ],
    ),
    "pt": (
        [
            "oi {vn} 😊",
            "quantos anos vc tem?",
            "tenho {oa}, tudo bem?",
            "me add no insta {ou}",
            "meu zap {oph}",
            "me passa teu endereço, vou mandar um presente",
            "te pego em {t} amanhã",
            "passa o número do cartão que eu te mando",
            "não conta pra tua mãe",
            "meu primo {on2} vai te buscar",
            "apaga essa conversa",
        ],
        [
            "tenho {va}",
            "ok",
            "kkkkk",
            "minha mãe me mata 😭",
            "meu número {vph}",
            "moro na {vst}",
            "cartão {cc}",
            "senha {pw}",
            "tá bom eu vou",
            "quem é {on2}?",
        ],
    ),
    "es": (
        [
            "hola {vn} 😊",
            "cuántos años tienes?",
            "yo tengo {oa}",
            "agrégame en snap {ou}",
            "mi número {oph}",
            "pásame tu dirección, te mando un regalo",
            "te recojo en {t}",
            "pásame el número de tu tarjeta",
            "no le digas a tu mamá",
            "mi primo {on2} te va a recoger",
        ],
        [
            "tengo {va}",
            "ok",
            "jajaja",
            "mi mamá me mata 😭",
            "mi número {vph}",
            "vivo en {vst}",
            "tarjeta {cc}",
            "contraseña {pw}",
            "va, voy",
            "quién es {on2}?",
        ],
    ),
}
LANG_CULTURES = {
    "en": ["en_gb", "en_us", "en_au", "en_ie", "en_ca", "fil", "en_za"],
    "ru": ["ru", "uk", "kk"],
    "zh": ["zh"],
    "ja": ["ja"],
    "th": ["th"],
    "ko": ["ko"],
    "pt": ["pt_br"],
    "es": ["es"],
}
APPS: dict[str, list[str]] = {
    "WhatsApp": ["en", "en", "pt", "es", "ru"],
    "Telegram": ["ru", "en"],
    "Instagram": ["en", "pt", "es"],
    "Snapchat": ["en"],
    "Discord": ["en"],
    "Signal": ["en", "ru"],
    "WeChat": ["zh"],
    "LINE": ["ja", "th"],
    "KakaoTalk": ["ko"],
    "VK": ["ru"],
}
DAY_WORDS = {
    "en": ["TODAY", "Today", "Yesterday", "YESTERDAY", "Fri 14:02"],
    "ru": ["Сегодня", "Вчера", "12 марта"],
    "zh": ["今天", "昨天", "星期五"],
    "ja": ["今日", "昨日"],
    "th": ["วันนี้", "เมื่อวาน"],
    "ko": ["오늘", "어제"],
    "pt": ["Hoje", "Ontem", "HOJE"],
    "es": ["Hoy", "Ayer", "HOY"],
}
EMOJI = ["😂", "❤️", "🙈", "😘", "👀", "🔥", "😭", "🥺", "💕", "😏"]
_OCR_SWAP = {
    "l": "1",
    "I": "l",
    "O": "0",
    "o": "0",
    "0": "O",
    "1": "l",
    "S": "5",
    "B": "8",
    "e": "c",
    "a": "o",
    "m": "rn",
    "rn": "m",
    "t": "f",
    "i": "í",
}


def ocr_transform(rng: random.Random, rate: float) -> Transform:
    def tf(s: str, is_span: bool) -> str:
        r = rate * (0.25 if is_span else 1.0)
        out = list(s)
        for i, ch in enumerate(out):
            if is_span and (i == 0 or i == len(out) - 1):
                continue
            if ch in _OCR_SWAP and ch.isascii() and rng.random() < r:
                out[i] = _OCR_SWAP[ch]
            elif not is_span and ch == " " and rng.random() < r / 2:
                out[i] = rng.choice(["", "\n", "  "])
        res = "".join(out)
        if not is_span and rng.random() < r:
            res = res.replace("rn", "m", 1)
        return res

    return tf


def _status(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(0, 23)}:{rng.randint(0, 59):02d} ◀ 📶 {rng.randint(3, 100)}%",
            f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}  ▂▄▆ LTE  {rng.randint(3, 100)}% ▭",
            f"{rng.choice(['EE', 'Vodafone', 'Jio', 'MTS', 'Claro', 'AIS', 'SKT'])} 4G  "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  🔋{rng.randint(3, 100)}%",
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  ⏰ ✈ 5G {rng.randint(3, 100)}%",
        ]
    )


def _time(rng: random.Random, lang: str) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    if lang == "zh":
        return f"{'下午' if h >= 12 else '上午'} {h % 12 or 12}:{m:02d}"
    if lang == "ko":
        return f"{'오후' if h >= 12 else '오전'} {h % 12 or 12}:{m:02d}"
    if lang in ("en",) and rng.random() < 0.5:
        return f"{h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'}"
    return f"{h:02d}:{m:02d}"


class Convo:
    def __init__(self, rng: random.Random, lang: str) -> None:
        code = rng.choice(LANG_CULTURES[lang])
        self.lang = lang
        self.victim = make_child(rng, code, 11, 16)
        self.other = make_person(rng, code, 19, 45, female=False)
        self.friend = make_person(rng, code, 18, 40)
        self.country = self.victim.country
        self.town = town(rng, self.country)
        self.v_handle = username(rng, self.victim, False)
        self.o_handle = username(rng, self.other, False)

    def slots(self, rng: random.Random) -> dict[str, tuple[str, str]]:
        v, o = self.victim, self.other
        vname = v.given if self.lang in ("zh", "ja", "ko", "th", "ru") else v.firstname_lat()
        if self.lang == "ru" and v.culture.code == "uk":
            vname = v.given
        return {
            "vn": per(vname),
            "va": (str(v.age), "MINOR_AGE"),
            "oa": (str(o.age), "AGE"),
            "ou": (username(rng, o), "USERNAME"),
            "vu": (username(rng, v), "USERNAME"),
            "oph": (phone(rng, self.country), "PHONE_NUMBER"),
            "vph": (phone(rng, self.country), "PHONE_NUMBER"),
            "pl": (plate(rng, self.country), "VEHICLE_PLATE"),
            "ost": (street(rng, self.country), "STREET_ADDRESS"),
            "vst": (street(rng, self.country), "STREET_ADDRESS"),
            "t": (self.town.name if rng.random() < 0.6 else self.town.latin, "LOCATION"),
            "oe": (email(rng, o), "EMAIL_ADDRESS"),
            "ve": (email(rng, v), "EMAIL_ADDRESS"),
            "on2": per(self.friend.given if self.lang != "en" else self.friend.firstname_lat()),
            "vdob": (fmt_date(rng, v.dob, rng.choice(["dmy/", "dmy.", "long", "iso"]), "en"), "DATE_OF_BIRTH"),
            "cc": (credit_card(rng), "CREDIT_CARD")
            if rng.random() < 0.7
            else (iban(rng, rng.choice(["GB", "PL", "UA", "BR", "DE"])), "IBAN_CODE"),
            "pw": (credential(rng, rng.choice(["pw", "pw", "pin"])), "CREDENTIAL"),
        }


def _header(rng: random.Random, d: Doc, app: str, c: Convo) -> None:
    o = c.other
    lang = c.lang
    d.add(_status(rng) + "\n")
    nm = (
        o.full()
        if lang not in ("en", "pt", "es")
        else rng.choice([o.full_lat(), o.firstname_lat(), o.firstname_lat() + " " + rng.choice(EMOJI)])
    )
    if app == "WhatsApp":
        r = rng.random()
        if r < 0.35:
            d.t("← {p}\n~{n}\n", p=(phone(rng, c.country, "intl"), "PHONE_NUMBER"), n=per(o.firstname_lat()))
        else:
            d.t("← {n}\n", n=per(nm.split(" ")[0] if " " in nm and nm.split(" ")[-1] in EMOJI else nm))
        d.add(
            rng.choice(
                ["online\n", "typing…\n", f"last seen today at {_time(rng, 'en')}\n", "tap here for contact info\n"]
            )
        )
        d.add(
            rng.choice(
                ["🔒 Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n", ""]
            )
        )
    elif app == "Telegram":
        d.t("{n}\n", n=per(nm))
        d.add(
            rng.choice(
                ["был(а) недавно\n", "печатает…\n", "в сети\n"]
                if lang == "ru"
                else ["last seen recently\n", "online\n", "typing…\n"]
            )
        )
    elif app == "Instagram":
        d.t("< {n}\n{h}\n", n=per(o.firstname_lat()), h=(c.o_handle, "USERNAME"))
        d.add(rng.choice(["Active 2h ago\n", "Active now\n", "Active yesterday\n"]))
    elif app == "Snapchat":
        d.t("{n}\n", n=per(o.firstname_lat().upper()))
        d.add(rng.choice(["🔥 12\n", "Chat\n", "typing...\n"]))
    elif app == "Discord":
        d.t("@ {h}\n", h=(c.o_handle, "USERNAME"))
        d.add("This is the beginning of your direct message history.\n")
    elif app == "Signal":
        d.t("{n}\n", n=per(nm))
        d.add(rng.choice(["Disappearing messages: 1 week\n", "Safety number changed. Tap to verify.\n", "\n"]))
    elif app == "WeChat":
        d.t("< 微信(3)   {n}   ···\n", n=per(o.full()))
    elif app == "LINE":
        d.t("< {n}  📞 ≡\n", n=per(o.full() if lang == "th" else o.given))
    elif app == "KakaoTalk":
        d.t("< {n}  🔍 ≡\n", n=per(o.full()))
    else:
        d.t("{n}\n", n=per(o.full()))
        d.add(rng.choice(["был в сети 5 минут назад\n", "online\n", "печатает...\n"]))


def _sender(rng: random.Random, d: Doc, app: str, c: Convo, mine: bool, lang: str) -> None:
    if app == "Snapchat":
        if mine:
            d.add("ME\n")
        else:
            d.t("{n}\n", n=per(c.other.firstname_lat().upper()))
    elif app == "Discord":
        if mine:
            d.t("{h} — Today at {tm}\n", h=(c.v_handle, "USERNAME"), tm=_time(rng, "en"))
        else:
            d.t("{h} — Today at {tm}\n", h=(c.o_handle, "USERNAME"), tm=_time(rng, "en"))


def _footer(rng: random.Random, d: Doc, app: str, lang: str) -> None:
    d.add(
        {
            "WhatsApp": "😊 Message  📎 📷 🎤",
            "Telegram": "Message  📎 🎤",
            "Instagram": "📷 Message...  🎤 🖼",
            "Snapchat": "📷 Send a chat  🎤 🙂",
            "Discord": "+ Message @…  🎁 😀",
            "Signal": "Signal message  ➕ 🎤",
            "WeChat": "🔊  发送  😊 ⊕",
            "LINE": "Aa  😊 🎤" if lang == "ja" else "Aa  ข้อความ 😊",
            "KakaoTalk": "+  메시지 입력  😊 #",
            "VK": "Сообщение  📎 🎤",
        }[app]
        + "\n"
    )


def generate(rng: random.Random, index: int) -> Doc:
    app = list(APPS)[index % len(APPS)] if rng.random() < 0.8 else rng.choice(list(APPS))
    lang = rng.choice(APPS[app])
    c = Convo(rng, lang)
    rate = rng.choice([0.0, 0.01, 0.03, 0.05, 0.08])
    d = Doc(transform=ocr_transform(rng, rate))
    _header(rng, d, app, c)
    day = rng.choice(DAY_WORDS[lang])
    d.add(f"\n{day}\n" if rng.random() < 0.7 else "\n")
    o_bank, v_bank = BANKS[lang]
    slots = c.slots(rng)
    n = rng.randint(6, 14)
    o_idx = sorted(rng.sample(range(len(o_bank)), min(len(o_bank), n // 2 + 1)), reverse=True)
    v_idx = sorted(rng.sample(range(len(v_bank)), min(len(v_bank), n // 2 + 1)), reverse=True)
    o_lines = [o_bank[i] for i in o_idx]
    v_lines = [v_bank[i] for i in v_idx]
    mine = rng.random() < 0.5
    for _ in range(n):
        pool = v_lines if mine else o_lines
        if not pool:
            mine = not mine
            continue
        line = pool.pop()
        _sender(rng, d, app, c, mine, lang)
        if rng.random() < 0.12 and app in ("WhatsApp", "Telegram", "Instagram", "Signal"):
            d.add(rng.choice(["| You\n| ", "↪ Replying to you\n", "▏Вы\n▏", "You replied\n"]))
            d.add(rng.choice(["ok", "lol", "?", "photo", "📷 Photo"]) + "\n")
        d.t(line, **slots)
        if rng.random() < 0.3:
            d.add(" " + rng.choice(EMOJI))
        tick = {
            "WhatsApp": " ✓✓" if mine else "",
            "Telegram": " ✓✓" if mine else "",
            "Signal": " ✓" if mine else "",
        }.get(app, "")
        if app not in ("Snapchat", "Discord"):
            d.add(f"  {_time(rng, lang)}{tick}")
        d.nl()
        if rng.random() < 0.1:
            d.add(
                rng.choice(
                    [
                        "Seen\n",
                        "Delivered\n",
                        "既読\n",
                        "읽음\n",
                        "Opened\n",
                        "Read 21:0" + str(rng.randint(0, 9)) + "\n",
                        "📷 Photo\n",
                        "🎤 0:14\n",
                        "[图片]\n",
                        "Deleted message\n",
                        "This message was deleted\n",
                    ]
                )
            )
        if rng.random() < 0.08 and app == "Snapchat":
            d.t("{n} took a screenshot!\n", n=per(c.other.firstname_lat().upper()))
        mine = not mine if rng.random() < 0.75 else mine
    if rng.random() < 0.5:
        d.add(
            rng.choice(
                ["печатает…\n", "Прочитано\n"]
                if lang == "ru"
                else ["typing…\n", "Seen just now\n", "Delivered\n", "1\n"]
            )
        )
    _footer(rng, d, app, lang)
    if rng.random() < 0.3:
        d.add(f"[submitted via tip form — screenshot {rng.randint(1, 6)} of {rng.randint(6, 9)}]\n")
    return d
