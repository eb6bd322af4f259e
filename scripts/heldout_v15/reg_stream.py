"""Register 2: stream_voice_logs - livestream chat logs and game voice-chat transcripts."""

import phonenumbers

import ids
import world
from reg_telecom import CENTER
from core import (
    DIGIT_WORDS,
    Doc,
    E,
    age_label,
    email_for,
    full_name,
    make_person,
    name_variant,
    num_words,
    username_for,
)

EMOTES = [
    "PogChamp",
    "Kappa",
    "LUL",
    "KEKW",
    "monkaS",
    "catJAM",
    ":sob:",
    ":skull:",
    "<3",
    "xD",
    "OMEGALUL",
    "Sadge",
    "PepeHands",
    "lmao",
    "💀",
    "😭",
    "🔥",
    "HeyGuys",
    "BibleThump",
    "ResidentSleeper",
]
BADGES = ["[VIP] ", "[MOD] ", "[SUB 12] ", "[Founder] ", "[Prime] ", "", "", "", "[SUB 3] "]
FILLER = [
    "gg",
    "lets gooo",
    "bro that was insane",
    "ez",
    "who else here from tiktok",
    "first time here hi",
    "W stream",
    "L take",
    "chat is so fast",
    "can u play bedwars next",
    "what rank are u",
    "clip that",
    "hes cracked",
    "lag?",
    "audio is low",
    "🔥🔥🔥",
    "no way",
    "lol",
    "same",
    "fr fr",
    "ratio",
    "can u say hi to me",
    "ur so good at this",
    "F",
    "oof",
    "hi from school lol",
]
EN_CC = ["GB", "US", "AU", "CA", "ZA", "NG", "KE", "IN", "DE", "SE", "PL", "BR", "MX", "FR", "TR"]


def cc_person(rng, cc=None, gender=None):
    c = world.BY_CC[cc or rng.choice(EN_CC)]
    return c, make_person(rng, c, gender)


def tstamp(rng, h=None):
    h = rng.randint(0, 23) if h is None else h
    return f"{h:02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


class Clock:
    def __init__(self, rng, start=None, fmt="hms"):
        self.rng = rng
        self.s = start if start is not None else rng.randint(0, 20 * 3600)
        self.fmt = fmt

    def tick(self, lo=2, hi=40):
        self.s += self.rng.randint(lo, hi)
        h, r = divmod(self.s, 3600)
        m, s = divmod(r, 60)
        if self.fmt == "ms":
            return f"{h * 60 + m:02d}:{s:02d}"
        return f"{h % 24:02d}:{m:02d}:{s:02d}"


def age_chat(rng, n):
    lab = age_label(n)
    st = rng.choice(["im_n", "im_w", "n_lol", "w_years", "turning", "nearly", "age_is"])
    if st == "im_n":
        return ["im ", (str(n), lab)]
    if st == "im_w":
        return ["im ", (num_words(n), lab)]
    if st == "n_lol":
        return [(str(n), lab), " lol"]
    if st == "w_years":
        return [(num_words(n), lab), " years old"]
    if st == "turning":
        return ["turning ", (str(n), lab), " next month"]
    if st == "nearly":
        return ["nearly ", (num_words(n), lab)]
    return ["my age is ", (str(n), lab)]


def phone_words(rng, region):
    s = ids.phone_gen(rng, region, style="natl", mobile=True)
    p = phonenumbers.parse(s, region)
    natl = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
    digs = [c for c in natl if c.isdigit()]
    out = []
    i = 0
    while i < len(digs):
        ch = digs[i]
        if i + 1 < len(digs) and digs[i + 1] == ch and rng.random() < 0.4:
            out.append("double " + ("oh" if ch == "0" else DIGIT_WORDS[int(ch)]))
            i += 2
            continue
        out.append("oh" if ch == "0" and rng.random() < 0.6 else DIGIT_WORDS[int(ch)])
        i += 1
    return " ".join(out)


def chan_name(rng):
    return rng.choice(
        [
            "pixelpatrol",
            "mintyplays",
            "thecozycrew",
            "dunkstream",
            "lofi_racer",
            "bedwarsbros",
            "craftnight",
            "glitchgarden",
        ]
    )


def s_twitch(rng, d):
    cC, child = cc_person(rng)
    cA, adult = cc_person(rng, gender="m")
    u_child = username_for(rng, child)
    u_adult = username_for(rng)
    mod = username_for(rng)
    snap = username_for(rng, child)
    tn, tl = world.town_pair(rng, cC)
    age = rng.randint(10, 15)
    clk = Clock(rng)
    d.f("#{ch} - chat log export {dt} (UTC)\n", ch=chan_name(rng), dt=ids.rand_date(rng, 2024, 2025).isoformat())
    others = [username_for(rng) for _ in range(3)]

    def line(u, msg, badge=None):
        b = rng.choice(BADGES) if badge is None else badge
        d.f("[{t}] {b}{u}: ", t=clk.tick(), b=b, u=E(u, "USERNAME"))
        d.put(msg)
        d.t("\n")

    for _ in range(rng.randint(1, 3)):
        line(rng.choice(others), f"{rng.choice(FILLER)} {rng.choice(EMOTES)}")
    line(u_child, ["hiii ", rng.choice(EMOTES), " ", *age_chat(rng, age), " and my mum thinks im doing homework"], "")
    line(u_adult, "where u from? " + rng.choice(EMOTES), "")
    line(
        u_child,
        [
            (tl.lower() if rng.random() < 0.5 else tl, "LOCATION"),
            " " + rng.choice(["lol", "near the park", "its boring here"]),
        ],
        "",
    )
    line(rng.choice(others), rng.choice(FILLER))
    line(
        u_adult,
        [
            "add me on snap its ",
            (u_adult if rng.random() < 0.5 else username_for(rng), "USERNAME"),
            " i give free skins",
        ],
        "",
    )
    d.f("[{t}] [BOT] Nightbot: please do not share personal info in chat\n", t=clk.tick())
    line(u_child, ["ok mine is ", (snap, "USERNAME"), " " + rng.choice(EMOTES)], "")
    if rng.random() < 0.6:
        line(u_child, ["my real name is ", (child["given_lat"].lower(), "PERSON"), " btw"], "")
    line(mod, ["/timeout ", (u_adult, "USERNAME"), " 600"], "[MOD] ")
    line(
        mod,
        ["@", (u_child, "USERNAME"), " pls dont post ur socials here ur ", (num_words(age), "MINOR_AGE"), " ok"],
        "[MOD] ",
    )
    for _ in range(rng.randint(0, 3)):
        line(rng.choice(others), f"{rng.choice(FILLER)}")


def s_voice_stt(rng, d):
    cC, child = cc_person(rng, rng.choice(["GB", "US", "AU", "CA", "ZA"]))
    cA, adult = cc_person(rng, cC["cc"], "m")
    t1, t2 = username_for(rng, child), username_for(rng)
    age = rng.randint(9, 15)
    tn, tl = world.town_pair(rng, cC)
    clk = Clock(rng, 0)
    d.f(
        "VOICE TRANSCRIPT (auto speech-to-text, {loc}) - {game} match {mid} - party of {n}\n",
        loc=rng.choice(["en-US", "en-GB", "en"]),
        game=rng.choice(["Fortnite", "Roblox", "Rec Room", "Apex Legends", "Among Us"]),
        mid=ids.letters(rng, 10, "abcdef0123456789"),
        n=rng.randint(2, 4),
    )

    def say(spk, tag, *parts, conf=None):
        d.f("{t}  {s} [{u}]: ", t=clk.tick(), s=spk, u=E(tag, "USERNAME"))
        for x in parts:
            d.put(x)
        if conf:
            d.t(f"  (conf {conf:.2f})")
        d.t("\n")

    say("SPK1", t1, "yo can u hear me", conf=rng.uniform(0.6, 0.95))
    say("SPK2", t2, "yeah yeah um what's your name")
    say(
        "SPK1",
        t1,
        "its ",
        (child["given_lat"].lower(), "PERSON"),
        " my names ",
        (child["given_lat"].lower(), "PERSON"),
        rng.choice(["", " [laughs]"]),
    )
    say("SPK2", t2, "how old are you ", (child["given_lat"].lower(), "PERSON"))
    say(
        "SPK1",
        t1,
        "i'm ",
        (num_words(age), "MINOR_AGE"),
        rng.choice(["", " and a half", " uh"]),
        conf=rng.uniform(0.5, 0.9),
    )
    adult_age = rng.randint(24, 48)
    say(
        "SPK2",
        t2,
        rng.choice(["oh cool im ", "no way me too im like "]),
        (num_words(rng.choice([age + 1, age + 2])), age_label(age + 2)),
        rng.choice(["", " [inaudible]"]),
    )
    say("SPK2", t2, "where do you live like what town")
    say(
        "SPK1",
        t1,
        "uh ",
        (tl.lower(), "LOCATION"),
        " near the ",
        rng.choice(["big tesco", "leisure centre", "bus station", "mall"]),
    )
    say("SPK2", t2, "text me after ill send you v bucks whats ur number")
    say("SPK1", t1, "my mum checks my phone", conf=rng.uniform(0.4, 0.8))
    say("SPK2", t2, "just put mine in then its ", (phone_words(rng, cC["region"]), "PHONE_NUMBER"))
    if rng.random() < 0.6:
        say("SPK3", username_for(rng), "bro ur like ", (num_words(adult_age), "AGE"), " stop asking kids stuff")
    d.t(
        rng.choice(
            [
                "[transcript ends - clip flagged by player report]\n",
                "[end of segment 1/1]\n",
                "[stt: 3 low-confidence segments omitted]\n",
            ]
        )
    )


def s_discord_stage(rng, d):
    cA, adult = cc_person(rng, gender="m")
    cB, teen = cc_person(rng, cA["cc"])
    cC, other = cc_person(rng)
    crim = rng.choice(world.CRIMINAL)
    med = rng.choice(world.CONDITIONS)
    age_a = rng.randint(27, 52)
    age_t = rng.randint(13, 16)
    sa = name_variant(rng, adult, "given_lat").upper()
    st = name_variant(rng, teen, "given_lat").upper()
    so = name_variant(rng, other, "given_lat").upper()
    clk = Clock(rng, rng.randint(0, 2400), fmt="ms")
    d.f(
        "Discord voice - #{ch} - auto captions (beta)\n\n",
        ch=rng.choice(["late-night-vc", "squad-2", "chill-vc", "duos-lfg"]),
    )

    def spk(n, *parts):
        d.f("{t} ", t=clk.tick())
        d.f("{n}: ", n=E(n, "PERSON"))
        for x in parts:
            d.put(x)
        d.t("\n")

    spk(st, "is anyone else on mic or just me")
    spk(sa, "im here. how old r u again")
    spk(st, (str(age_t), "MINOR_AGE"), rng.choice([" why", " lol", ", nearly " + str(age_t + 1)]))
    spk(sa, "ur mature for ", (num_words(age_t), "MINOR_AGE"), " honestly")
    spk(so, "dude ur literally ", (str(age_a), "AGE"), rng.choice([" lmao", ""]))
    spk(sa, "so? " + crim[0], (crim[2], "CRIMINAL_HISTORY"), " and i turned my life around ok")
    spk(st, "i'm not feeling great anyway i've got ", (med, "MEDICAL_CONDITION"))
    if rng.random() < 0.7:
        spk(sa, "dm me your insta, mine is ", (username_for(rng, adult), "USERNAME"))
    spk(so, "@mods can someone look at this. his name is ", (full_name(adult, True), "PERSON"), " i know him irl")
    d.t("[caption accuracy may vary]\n")


def s_yt_csv(rng, d):
    cC, child = cc_person(rng)
    tn, tl = world.town_pair(rng, cC)
    rows = []
    ch_handle = username_for(rng, child)
    age = rng.randint(11, 16)
    d.t("timestamp,author_handle,author_name,is_member,message\n")
    clk = Clock(rng, fmt="hms")
    for _ in range(rng.randint(2, 4)):
        c2, p2 = cc_person(rng)
        rows.append(
            (
                (username_for(rng, p2), "USERNAME"),
                (full_name(p2, True), "PERSON"),
                rng.choice(FILLER) + " " + rng.choice(EMOTES),
            )
        )
    rows.insert(
        rng.randint(0, len(rows)),
        (
            (ch_handle, "USERNAME"),
            (name_variant(rng, child, rng.choice(["lat", "given_lat", "lower"])), "PERSON"),
            ["im ", (str(age), "MINOR_AGE"), " from ", (tl, "LOCATION"), " pls notice me"],
        ),
    )
    cA, adult = cc_person(rng, gender="m")
    rows.append(
        (
            (username_for(rng), "USERNAME"),
            (full_name(adult, True), "PERSON"),
            [
                "@",
                (ch_handle, "USERNAME"),
                " dm me on telegram ",
                (ids.phone_gen(rng, cA["region"], style="e164"), "PHONE_NUMBER"),
            ],
        )
    )
    rows.append(
        (
            (username_for(rng), "USERNAME"),
            ("Stream Mod Team", None),
            "Reminder: never share your phone number or address in chat",
        )
    )
    for h, n, m in rows:
        d.f(
            '{t},@{h},"{n}",{mem},"',
            t=clk.tick(),
            h=E(*h) if h[1] else h[0],
            n=n if n[1] else n[0],
            mem=rng.choice(["true", "false"]),
        )
        d.put(m)
        d.t('"\n')


def s_automod(rng, d):
    cC, child = cc_person(rng)
    tn, tl = world.town_pair(rng, cC)
    u = username_for(rng, child)
    mods = [username_for(rng) for _ in range(2)]
    d.f("MODERATION LOG - channel {ch} - {dt}\n", ch=chan_name(rng), dt=ids.rand_date(rng, 2024, 2025).isoformat())
    clk = Clock(rng)
    items = [
        lambda: ["my address is ", (cC["addr"](rng, tn), "STREET_ADDRESS"), " come to my bday"],
        lambda: ["text me ", (ids.phone_gen(rng, cC["region"]), "PHONE_NUMBER"), " im bored"],
        lambda: ["email me ", (email_for(rng, child, rng.random() < 0.6), "EMAIL_ADDRESS"), " for the map"],
        lambda: ["im ", (str(rng.randint(10, 15)), "MINOR_AGE"), " and i go to school in ", (tl, "LOCATION")],
        lambda: ["my password is ", (ids.token_gen(rng, "pw"), "CREDENTIAL"), " can u get me the rare pet"],
        lambda: [
            "im at ",
            (ids.geo(rng, *CENTER.get(cC["cc"], (51.5, -0.12)), rng.choice(["dec", "dec5"])), "GEO_COORDINATES"),
            " rn come find me lol",
        ],
    ]
    rng.shuffle(items)
    for it in items[: rng.randint(3, 5)]:
        d.f(
            '[{t}] [AutoMod] HELD message from {u} (reason: {r}): "',
            t=clk.tick(),
            u=E(u, "USERNAME"),
            r=rng.choice(["personal info", "identity", "risky content", "links/PII"]),
        )
        d.put(it())
        d.t('"\n')
        act = rng.choice(["denied", "denied", "approved by mistake, then deleted"])
        d.f("[{t}] [Mod] {m} {a}\n", t=clk.tick(), m=E(rng.choice(mods), "USERNAME"), a=act)
    d.f('[{t}] [Mod] {m} added note on {u}: "', t=clk.tick(), m=E(mods[0], "USERNAME"), u=E(u, "USERNAME"))
    d.put(
        [
            "probably a kid, maybe ",
            (num_words(rng.randint(10, 14)), "MINOR_AGE"),
            ". ",
            rng.choice(["warned", "escalated to T&S", "parent emailed us"]),
        ]
    )
    d.t('"\n')


def s_vr(rng, d):
    cC, child = cc_person(rng, rng.choice(["US", "GB", "AU", "CA", "NG", "KE"]))
    cA, adult = cc_person(rng, cC["cc"], "m")
    age = rng.randint(10, 14)
    uc, ua = username_for(rng, child), username_for(rng)
    tn, tl = world.town_pair(rng, cC)
    d.f(
        "[world: {w}] voice log - STT model v3 - speakers diarised\n",
        w=rng.choice(["The Black Cat", "Midnight Rooftop", "Just B Club", "Movie & Chill"]),
    )
    clk = Clock(rng, 0)

    def v(u, *parts):
        d.f("<{t}> {u} >> ", t=clk.tick(3, 25), u=E(u, "USERNAME"))
        for x in parts:
            d.put(x)
        d.t("\n")

    v(ua, "hey little one how old are ya")
    v(uc, "im ", (num_words(age), "MINOR_AGE"), " [crosstalk] my mom bought me the headset")
    v(ua, "ur so mature. whats ur real name")
    v(uc, (child["given_lat"].lower(), "PERSON"), " ", (child["family_lat"].lower(), "PERSON"), rng.choice(["", " uh"]))
    v(ua, "where in ", (tl.lower(), "LOCATION"), " do u live lol i can hear ur accent")
    v(uc, "how did u know i live in ", (tl.lower(), "LOCATION"))
    v(ua, "lucky guess. i'm ", (str(rng.randint(19, 45)), "AGE"), " but i act younger haha")
    if rng.random() < 0.7:
        v(ua, "add my discord ", (username_for(rng), "USERNAME"), " and dont tell ur mom")
    v(uc, "ok")
    d.t("-- segment flagged: grooming-risk classifier 0.{:02d} --\n".format(rng.randint(80, 99)))


def s_tiktok(rng, d):
    cC, child = cc_person(rng)
    tn, tl = world.town_pair(rng, cC)
    host = username_for(rng, child)
    d.f("LIVE replay - host @{h} - viewers peak {v}\n", h=E(host, "USERNAME"), v=rng.randint(40, 2400))
    age = rng.randint(12, 16)
    clk = Clock(rng, rng.randint(0, 2400), fmt="ms")
    viewers = [username_for(rng) for _ in range(4)]
    ev = []
    ev.append(lambda: d.f("{t} {u} joined\n", t=clk.tick(), u=E(rng.choice(viewers), "USERNAME")))
    ev.append(
        lambda: d.f(
            "{t} {u} sent {g} x{n}\n",
            t=clk.tick(),
            u=E(rng.choice(viewers), "USERNAME"),
            g=rng.choice(["Galaxy", "Lion", "Heart Me", "TikTok Universe", "Finger Heart"]),
            n=rng.randint(1, 20),
        )
    )
    ev.append(lambda: d.f("{t} {u}: {m}\n", t=clk.tick(), u=E(rng.choice(viewers), "USERNAME"), m=rng.choice(FILLER)))
    for _ in range(rng.randint(3, 6)):
        rng.choice(ev)()
    d.f("{t} {u}: how old r u\n", t=clk.tick(), u=E(viewers[0], "USERNAME"))
    d.f("{t} [host voice, auto-caption] ", t=clk.tick())
    d.put(
        [
            "i'm ",
            (num_words(age), "MINOR_AGE"),
            " guys and i'm from ",
            (tl, "LOCATION"),
            rng.choice(["", " shout out my school"]),
        ]
    )
    d.t("\n")
    d.f("{t} {u}: follow my ig ", t=clk.tick(), u=E(viewers[1], "USERNAME"))
    d.f("{ig}", ig=E(username_for(rng), "USERNAME"))
    d.t(" and i'll send u money for a gift\n")
    d.f("{t} {u}: whats ur whatsapp {e}\n", t=clk.tick(), u=E(viewers[1], "USERNAME"), e=rng.choice(EMOTES))
    if rng.random() < 0.6:
        d.f("{t} [host voice, auto-caption] my number is ", t=clk.tick())
        d.f(
            "{p} haha jk jk\n",
            p=E(
                phone_words(rng, cC["region"]) if rng.random() < 0.5 else ids.phone_gen(rng, cC["region"]),
                "PHONE_NUMBER",
            ),
        )
    d.f("{t} [system] comment from {u} removed (community guidelines)\n", t=clk.tick(), u=E(viewers[1], "USERNAME"))


LANG_LINES = {
    "es": (
        "tengo {age} años",
        "soy de {town}",
        "mi insta es {user}",
        "cuántos años tienes",
        "pásame tu número",
        "y de dónde eres",
    ),
    "pt": (
        "tenho {age} anos",
        "moro em {town}",
        "meu insta é {user}",
        "quantos anos vc tem",
        "me passa teu zap",
        "e vc é de onde",
    ),
    "fr": (
        "j'ai {age} ans",
        "j'habite à {town}",
        "mon snap c'est {user}",
        "t'as quel âge",
        "donne ton num",
        "et tu viens d'où",
    ),
    "de": (
        "bin {age}",
        "wohne in {town}",
        "mein insta ist {user}",
        "wie alt bist du",
        "gib mal deine nummer",
        "und woher kommst du",
    ),
    "tr": (
        "{age} yaşındayım",
        "{town}'da oturuyorum",
        "instam {user}",
        "kaç yaşındasın",
        "numaranı at",
        "nerelisin peki",
    ),
}
LANG_CC = {"es": "MX", "pt": "BR", "fr": "FR", "de": "DE", "tr": "TR"}


def s_multilang(rng, d):
    lang = rng.choice(sorted(LANG_LINES))
    cc = LANG_CC[lang]
    c, child = cc_person(rng, cc)
    ca, adult = cc_person(rng, cc, "m")
    L = LANG_LINES[lang]
    uc, ua = username_for(rng, child), username_for(rng, adult)
    tn, tl = world.town_pair(rng, c)
    age = rng.randint(11, 15)
    d.f(
        "[{g} | server {s} | chat all]\n",
        g=rng.choice(["Free Fire", "Minecraft", "Valorant", "Brawl Stars", "Roblox"]),
        s=rng.choice(["SA-East", "EU-West", "NA-Central", "BR-1"]),
    )
    clk = Clock(rng)

    def m(u, tmpl, **kw):
        d.f("{t} <{u}> ", t=clk.tick(), u=E(u, "USERNAME"))
        d.f(tmpl, **kw)
        d.t("\n")

    m(uc, "gg " + rng.choice(EMOTES))
    m(ua, L[3])
    m(uc, L[0], age=E(str(age), "MINOR_AGE"))
    m(ua, "nice. " + L[5] + "?")
    m(uc, L[1], town=E(tl, "LOCATION"))
    m(ua, L[4] + " " + rng.choice(EMOTES))
    m(uc, "no lol. " + L[2], user=E(username_for(rng, child), "USERNAME"))
    m(ua, "ok. i'm {n} btw, {a}", n=E(full_name(adult, True), "PERSON"), a=E(str(rng.randint(22, 41)), "AGE"))
    d.f(
        "[system] player {u} reported by {r} (reason: {why})\n",
        u=E(ua, "USERNAME"),
        r=E(username_for(rng), "USERNAME"),
        why=rng.choice(["inappropriate chat", "child safety", "harassment"]),
    )


def s_clip_report(rng, d):
    cS, streamer = cc_person(rng)
    cR, reporter = cc_person(rng)
    cA, adult = cc_person(rng, gender="m")
    su = username_for(rng, streamer)
    au = username_for(rng, adult)
    age = rng.randint(12, 16)
    d.f(
        "CLIP REPORT #{n}\nSubmitted by: {r} <{e}>\nChannel: {s}\nClip URL: https://clips.example-stream.tv/{slug}\n",
        n=rng.randint(100000, 999999),
        r=E(full_name(reporter, True), "PERSON"),
        e=E(email_for(rng, reporter, False), "EMAIL_ADDRESS"),
        s=E(su, "USERNAME"),
        slug=ids.letters(rng, 12, "abcdefghijkmnopqrstuvwxyz"),
    )
    d.f("Profile: {url}\n", url=E(f"https://www.twitch.tv/{su}", "URL"))
    d.f(
        "Reason: {r}\n\nReporter's description:\n",
        r=rng.choice(["Child safety", "Sexual content involving a minor", "Grooming"]),
    )
    d.put(
        [
            "The streamer is clearly a kid, she said she is ",
            (str(age), "MINOR_AGE"),
            " on stream. A viewer called ",
            (au, "USERNAME"),
            " keeps asking her to move to a private call. I think his real name is ",
            (full_name(adult, True), "PERSON"),
            " because he streams under that name on another site (",
            (f"https://www.youtube.com/@{au}", "URL"),
            "). He also posted ",
        ]
    )
    if rng.random() < 0.5:
        d.put(["his number ", (ids.phone_gen(rng, cA["region"]), "PHONE_NUMBER"), "."])
    else:
        d.put(["an email, ", (email_for(rng, adult, True), "EMAIL_ADDRESS"), "."])
    d.t("\n\nAuto-transcript of clip (00:41):\n")
    d.put(
        [
            (au, "USERNAME"),
            ": you're ",
            (num_words(age), "MINOR_AGE"),
            "? thats fine age is just a number\n",
            (su, "USERNAME"),
            ": um i have to go\n",
        ]
    )


def s_irc_raw(rng, d):
    cC, child = cc_person(rng)
    tn, tl = world.town_pair(rng, cC)
    ch = chan_name(rng)
    users = [
        (username_for(rng, child).lower(), True),
        (username_for(rng).lower(), False),
        (username_for(rng).lower(), False),
    ]
    age = rng.randint(10, 15)
    d.t("# raw IRC capture (tags trimmed)\n")
    msgs = [
        (users[1][0], rng.choice(FILLER)),
        (users[0][0], ["hi im ", (str(age), "MINOR_AGE")]),
        (users[2][0], "where u live"),
        (users[0][0], [(tl, "LOCATION"), " lol"]),
        (users[2][0], ["add me ", (email_for(rng, make_person(rng, cC), False), "EMAIL_ADDRESS")]),
        (users[1][0], "dont give ur info out " + rng.choice(EMOTES)),
    ]
    for u, m in msgs:
        badge = rng.choice(["subscriber/6", "vip/1", "", "premium/1"])
        d.f("@badge-info={b};display-name=", b=badge)
        d.f("{u} :{u}!{u}@{u}.tmi.twitch.tv PRIVMSG #{c} :", u=E(u, "USERNAME"), c=ch)
        d.put(m)
        d.t("\n")


TEMPLATES = [
    s_twitch,
    s_voice_stt,
    s_discord_stage,
    s_yt_csv,
    s_automod,
    s_vr,
    s_tiktok,
    s_multilang,
    s_clip_report,
    s_irc_raw,
]


def generate(rng, idx):
    d = Doc()
    TEMPLATES[idx % len(TEMPLATES)](rng, d)
    return d
