"""Register templates for heldout_v8. Each template: f(rng, ref_date) -> values.Doc."""

import datetime as dt
import string

import sources as S
import values as V
from values import Doc


def P(s):
    return ("PERSON", s)


def minor(rng, lo=8, hi=17):
    return rng.randint(lo, hi)


class Clock:
    """Increasing timestamps in one of several styles."""

    def __init__(self, rng, ref):
        self.rng, self.t = (
            rng,
            dt.datetime(ref.year, ref.month, ref.day, rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)),
        )
        self.style = rng.randint(0, 5)

    def __call__(self):
        self.t += dt.timedelta(seconds=self.rng.randint(5, 140))
        t = self.t
        return [
            f"[{t:%H:%M}] ",
            f"{t:%H:%M:%S} ",
            f"{t:%Y-%m-%dT%H:%M:%SZ} ",
            f"({t:%I:%M %p}) ",
            f"{t.hour}h{t.minute:02d} ",
            "",
        ][self.style]


def name_form(rng, p, lower=False):
    s = rng.choice([p["given"], p["given"], p["full"]])
    return s.lower() if lower and p["culture"] in S.LATIN_CULTURES else s


def agent_tag(rng, agent):
    return rng.choice(
        [
            ("Agent (", agent, "): "),
            ("", agent, " [agent]: "),
            ("Counsellor ", agent, ": "),
            ("hotline-", agent.lower(), ": "),
        ]
    )


def speak_agent(d, ck, rng, agent, text, **kw):
    pre, nm, post = agent_tag(rng, agent) if not hasattr(d, "_atag") else d._atag
    d._atag = (pre, nm, post)
    d.t(ck() + pre).e("PERSON", nm).t(post).f(text, **kw).t("\n")


def speak_visitor(d, ck, who, text, **kw):
    d.t(ck())
    if isinstance(who, tuple):
        d.e(*who).t(": ")
    else:
        d.t(who + ": ")
    d.f(text, **kw).t("\n")


EMO = ["", "", " 😢", " 😭", " 🙁", " 😳", " 🥺", " 💀", " 😬"]


# ============================================================ LIVECHAT
def lc_child_widget(rng, ref):
    d, ck = Doc(), Clock(rng, ref)
    kid, age, agent = V.person(rng, latin=rng.random() < 0.8), minor(rng, 10, 17), rng.choice(S.AGENTS)
    tw, ab = V.town(rng), V.handle(rng)
    d.t("=== Pre-chat form ===\n").f(
        "Name: <<n>>\nAge: <<a>>\nTopic: someone online\nSchool (optional): <<s>>\n\n",
        n=P(kid["given"]),
        a=("MINOR_AGE", str(age)),
        s=rng.choice(S.SCHOOLS),
    )
    who = f"Visitor {rng.randint(1000, 9999)}"
    d.t(ck() + "System: chat started, " + V.noise_ref(rng) + "\n")
    speak_agent(d, ck, rng, agent, "hi <<n>>, thanks for reaching out. what's been going on?", n=P(kid["given"]))
    speak_visitor(
        d,
        ck,
        who,
        "theres this guy on <<p>> called <<h>> and he keeps asking for pics" + rng.choice(EMO),
        p=rng.choice(S.PLATFORMS),
        h=("USERNAME", ab),
    )
    d.t(ck() + "System: Visitor is typing...\n")
    speak_visitor(
        d,
        ck,
        who,
        "he says hes <<a>> but idk. he knows i live in <<t>>",
        a=("AGE", str(rng.randint(19, 45))),
        t=("LOCATION", tw[0]),
    )
    speak_agent(
        d, ck, rng, agent, "that sounds really scary. u did the right thing telling us. has he got your number?"
    )
    speak_visitor(
        d,
        ck,
        who,
        rng.choice(["ya its <<ph>>", "yeh <<ph>> thats ma mobile", "he has it... <<ph>>"]),
        ph=("PHONE_NUMBER", V.phone(rng, tw[3] if tw[3] in ("GB", "US", "FR", "DE", "CH", "IE", "AU") else "GB")),
    )
    if rng.random() < 0.6:
        speak_visitor(d, ck, who, "he also added me on <<u>>", u=("URL", V.profile_url(rng, ab)))
    speak_agent(
        d,
        ck,
        rng,
        agent,
        "ok. can u tell me anything else about him, <<n>>?",
        n=P(kid["given"].lower() if rng.random() < 0.3 else kid["given"]),
    )
    speak_visitor(
        d, ck, who, "his real name might be <<s>> idk" + rng.choice(EMO), s=P(V.person(rng, latin=True)["full"])
    )
    return d


def lc_adult_reporter(rng, ref):
    d, ck = Doc(), Clock(rng, ref)
    me, sus, agent = V.person(rng), V.person(rng, latin=True), rng.choice(S.AGENTS)
    tw = V.town(rng, rng.choice(["GB", "US", "DE", "FR", "CH"]))
    who = f"Visitor {rng.randint(1000, 9999)}"
    speak_agent(d, ck, rng, agent, "Welcome to the hotline. Can I take your name?")
    speak_visitor(
        d,
        ck,
        who,
        rng.choice(["It's <<n>>.", "<<n>>, I'd rather stay anonymous though", "my name is <<n>>"]),
        n=P(me["full"]),
    )
    speak_visitor(
        d,
        ck,
        who,
        "My neighbour <<s>> at <<a>>, <<t>> has kids coming and going at night",
        s=P(sus["full"]),
        a=("STREET_ADDRESS", V.street(rng, tw[3])),
        t=("LOCATION", tw[0]),
    )
    speak_agent(d, ck, rng, agent, "Thank you. Do you know anything about his background?")
    speak_visitor(
        d,
        ck,
        who,
        rng.choice(
            [
                "Everyone round here knows he <<cv>><<c>>.",
                "I googled him, he <<cv>><<c>>.",
                "apparently he <<cv>><<c>> and nobody does anything",
            ]
        ),
        **V.crim_kw(rng),
    )
    speak_visitor(
        d,
        ck,
        who,
        "He drives a silver Astra, reg <<pl>>",
        pl=("VEHICLE_PLATE", V.plate(rng, tw[3] if tw[3] in ("GB", "US", "DE", "FR", "CH") else None)),
    )
    speak_agent(d, ck, rng, agent, "Could we contact you later if needed?")
    speak_visitor(
        d,
        ck,
        who,
        "yes <<ph>> or email <<e>>",
        ph=("PHONE_NUMBER", V.phone(rng, tw[3])),
        e=("EMAIL_ADDRESS", V.email(rng, me)),
    )
    d.t(ck() + f"System: transcript tagged {V.noise_ref(rng)}\n")
    return d


def lc_location_share(rng, ref):
    d, ck = Doc(), Clock(rng, ref)
    kid, age, agent = V.person(rng), minor(rng, 11, 17), rng.choice(S.AGENTS)
    nick = V.handle(rng, kid)
    d.f(
        "[meta] ip=<<ip>> ua=Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) widget=v3.4.1\n",
        ip=("IP_ADDRESS", V.ipv4(rng)),
    )
    speak_visitor(d, ck, ("USERNAME", nick), "i dont feel safe at home rn" + rng.choice(EMO))
    speak_agent(d, ck, rng, agent, "I'm here. Are you somewhere safe right now? If you can, share your location.")
    d.f(ck() + "System: Visitor shared location (<<g>>)\n", g=("GEO_COORDINATES", V.geo(rng, rng.choice([0, 1, 3]))))
    speak_visitor(
        d,
        ck,
        ("USERNAME", nick),
        rng.choice(["im <<a>>, at my aunts in <<t>>", "<<a>> yo, near the station in <<t>>"]),
        a=("MINOR_AGE", str(age)),
        t=("LOCATION", rng.choice([V.town(rng)[0], rng.choice(S.DISTRICTS)])),
    )
    speak_visitor(
        d,
        ck,
        ("USERNAME", nick),
        "my stepdad <<s>> hit me again. he <<cv>><<c>>",
        s=P(V.person(rng)["given"]),
        **V.crim_kw(rng),
    )
    speak_agent(d, ck, rng, agent, "What's your first name so I can pass it to the police?")
    speak_visitor(d, ck, ("USERNAME", nick), "<<n>>", n=P(kid["given"]))
    return d


def lc_lgbt_youth(rng, ref):
    d, ck = Doc(), Clock(rng, ref)
    kid, age, agent = V.person(rng), minor(rng, 13, 17), rng.choice(S.AGENTS)
    who = f"Visitor {rng.randint(1000, 9999)}"
    speak_visitor(d, ck, who, "can i talk about something private")
    speak_agent(d, ck, rng, agent, "Of course. Take your time.")
    speak_visitor(
        d,
        ck,
        who,
        rng.choice(
            [
                "im <<o>> and my dad found out",
                "i think im <<o>>. my parents r very religious",
                "ppl at school found out im <<o>>",
            ]
        ),
        o=("SEXUAL_ORIENTATION", rng.choice(S.ORIENTATION)),
    )
    speak_visitor(
        d,
        ck,
        who,
        rng.choice(
            ["also im <<g>> but no one knows", "and im <<g>>, i use they/them", "my friend says im prob <<g>> lol"]
        ),
        g=("GENDER_IDENTITY", rng.choice(S.GENDER_ID)),
    )
    speak_agent(d, ck, rng, agent, "Thank you for trusting me with that. How old are you, if you don't mind?")
    speak_visitor(
        d, ck, who, rng.choice(["<<a>>", "<<a>> in march", "just turned <<a>>"]), a=("MINOR_AGE", V.age_word(rng, age))
    )
    speak_visitor(
        d,
        ck,
        who,
        "we're <<e>> and in our community its a big deal. i've been doing <<m>> again",
        e=("ETHNIC_ORIGIN", rng.choice(S.ETHNIC)),
        m=("MEDICAL_CONDITION", rng.choice(["self-harm", "self harm", "cutting"])),
    )
    speak_agent(d, ck, rng, agent, "Are you taking anything for it or seeing anyone?")
    speak_visitor(
        d,
        ck,
        who,
        "gp put me on <<m>> for my <<c>>. name is <<n>> btw",
        m=("MEDICAL_CONDITION", rng.choice(["sertraline", "fluoxetine", "citalopram"])),
        c=("MEDICAL_CONDITION", rng.choice(["depression", "anxiety", "panic attacks"])),
        n=P(kid["given"].lower() if kid["culture"] in S.LATIN_CULTURES else kid["given"]),
    )
    return d


def lc_donation_support(rng, ref):
    d, ck = Doc(), Clock(rng, ref)
    me, agent = V.person(rng, latin=True), rng.choice(S.AGENTS)
    tw = V.town(rng, rng.choice(["GB", "US", "IE", "CH"]))
    who = rng.choice([f"Visitor {rng.randint(1000, 9999)}", "Guest"])
    d.f(
        "Pre-chat: name=<<n>> | email=<<e>> | dept=Donations\n",
        n=P(me["full"]),
        e=("EMAIL_ADDRESS", V.email(rng, me, 0)),
    )
    speak_visitor(d, ck, who, f"my monthly gift of £{rng.randint(5, 50)} failed, {V.noise_ref(rng)}")
    speak_agent(d, ck, rng, agent, "Sorry about that! Please never type full card numbers here.")
    speak_visitor(
        d,
        ck,
        who,
        "too late lol it was <<c>> exp 0{m}/2{y}".format(m=rng.randint(1, 9), y=rng.randint(5, 9)),
        c=("CREDIT_CARD", V.card(rng)),
    )
    speak_visitor(
        d, ck, who, "billing address <<a>>, <<t>>", a=("STREET_ADDRESS", V.street(rng, tw[3])), t=("LOCATION", tw[0])
    )
    if rng.random() < 0.5:
        speak_visitor(
            d,
            ck,
            who,
            "or take it from my account <<ib>>",
            ib=("IBAN_CODE", V.iban(rng, rng.choice(["GB", "IE", "CH", "DE"]))),
        )
    else:
        speak_visitor(
            d,
            ck,
            who,
            "or use routing <<r>> acct <<b>>",
            r=("ABA_ROUTING_NUMBER", V.aba(rng)),
            b=("US_BANK_NUMBER", V.bank_account(rng)),
        )
    speak_agent(d, ck, rng, agent, "I've redacted that and passed it to the supporter care team.")
    return d


def lc_password(rng, ref):
    d, ck = Doc(), Clock(rng, ref)
    kid, age, agent = V.person(rng, latin=True), minor(rng, 12, 17), rng.choice(S.AGENTS)
    nick = V.handle(rng, kid)
    speak_visitor(d, ck, ("USERNAME", nick), "he got into my acc and changed stuff")
    speak_agent(d, ck, rng, agent, "Which account was it?")
    speak_visitor(
        d,
        ck,
        ("USERNAME", nick),
        "my insta <<u>>, email <<e>>",
        u=("USERNAME", "@" + V.handle(rng, kid)),
        e=("EMAIL_ADDRESS", V.email(rng, kid)),
    )
    speak_visitor(
        d,
        ck,
        ("USERNAME", nick),
        rng.choice(["pw was <<p>> and he knew it", "password <<p>> i told him once", "he guessed it, <<p>>"]),
        p=("CREDENTIAL", V.credential(rng, rng.choice([0, 8]))),
    )
    speak_visitor(
        d, ck, ("USERNAME", nick), "and my phone pin <<p>>" + rng.choice(EMO), p=("CREDENTIAL", V.credential(rng, 1))
    )
    speak_agent(d, ck, rng, agent, "Please change them now from a safe device. How old are you?")
    speak_visitor(d, ck, ("USERNAME", nick), "<<a>>. im <<n>>", a=("MINOR_AGE", str(age)), n=P(kid["given"]))
    return d


def lc_native_script(rng, ref):
    d, ck = Doc(), Clock(rng, ref)
    cult = rng.choice(
        [
            "russian",
            "ukrainian",
            "arabic",
            "persian",
            "greek",
            "korean",
            "chinese",
            "japanese",
            "hebrew",
            "georgian",
            "armenian",
            "amharic",
            "thai",
            "bengali",
            "tamil",
            "hindi",
            "serbian",
            "bulgarian",
            "vietnamese",
        ]
    )
    kid, mum, age, agent = V.person(rng, cult), V.person(rng, cult), minor(rng, 9, 16), rng.choice(S.AGENTS)
    who = f"Visitor {rng.randint(1000, 9999)}"
    speak_agent(d, ck, rng, agent, "Hello, we can use a translator. What is your name?")
    speak_visitor(
        d,
        ck,
        who,
        "<<n>>. <<a>> years. we come from <<t>>",
        n=P(kid["full"]),
        a=("MINOR_AGE", str(age)),
        t=("LOCATION", rng.choice(S.TOWNS_NATIVE)),
    )
    tw = V.town(rng, rng.choice(["DE", "CH", "GB", "FR", "NL", "BE"]))
    speak_visitor(
        d, ck, who, "now we live <<t>>, hostel <<a>>", t=("LOCATION", tw[0]), a=("STREET_ADDRESS", V.street(rng, tw[3]))
    )
    speak_visitor(
        d,
        ck,
        who,
        "man from hostel <<s>> says my mother <<m>> must pay or he takes me",
        s=P(V.person(rng, latin=True)["full"]),
        m=P(mum["given"]),
    )
    speak_agent(d, ck, rng, agent, "Do you have a phone number we can call safely?")
    speak_visitor(d, ck, who, "<<ph>> mama phone", ph=("PHONE_NUMBER", V.phone(rng, tw[3], rng.choice([0, 2, 4]))))
    return d


def lc_sms(rng, ref):
    d, ck = Doc(), Clock(rng, ref)
    kid, age = V.person(rng, latin=True), minor(rng, 11, 17)
    reg = rng.choice(["GB", "IE", "AU", "US"])
    num = V.phone(rng, reg, 0)
    d.f("SMS thread from <<ph>> (shortcode 85258)\n", ph=("PHONE_NUMBER", num))
    msgs = [
        ("u r the helpline ya?", {}),
        ("its <<n>> im <<a>>", dict(n=P(kid["given"].lower()), a=("MINOR_AGE", str(age)))),
        ("ma mums bf <<s>> keeps coming in ma room", dict(s=P(V.person(rng, latin=True)["given"]))),
        ("he smells of drink n he <<cv>><<c>> ma nan said", V.crim_kw(rng)),
        (
            "we live <<a>> <<t>> pls dont tell him",
            dict(a=("STREET_ADDRESS", V.street(rng, reg).lower()), t=("LOCATION", V.town(rng, reg)[0].lower())),
        ),
    ]
    for i, (m, kw) in enumerate(msgs):
        d.t(ck() + "IN  > ").f(m, **kw).t("\n")
        if i == 1:
            d.t(ck() + "OUT < Hi, you're talking to a trained counsellor. Are you safe right now?\n")
    d.t(ck() + "OUT < Thank you for telling us. Keep this number: 0808 800 5000\n")
    return d


def lc_summary(rng, ref):
    d = Doc()
    kid, sus, agent = V.person(rng), V.person(rng), rng.choice(S.AGENTS)
    age = minor(rng, 8, 17)
    dob = V.dob_for_age(rng, ref, age)
    sa = rng.randint(20, 60)
    tw = V.town(rng)
    d.t(f"POST-CHAT SUMMARY  {V.noise_ref(rng)}  {ref.isoformat()}\n").f("Counsellor: <<a>>\n", a=P(agent))
    d.f(
        "Child: <<n>> (DOB <<dob>>, age <<ag>>)\nLocation: <<t>>, <<r>>\n",
        n=P(kid["full"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob)),
        ag=("MINOR_AGE", str(age)),
        t=("LOCATION", tw[0]),
        r=tw[2],
    )
    d.f(
        "Alleged perpetrator: <<s>>, approx <<sa>>, <<e>>, vehicle <<pl>>\n",
        s=P(sus["full"]),
        sa=("AGE", str(sa)),
        e=("ETHNIC_ORIGIN", rng.choice(S.ETHNIC)),
        pl=("VEHICLE_PLATE", V.plate(rng)),
    )
    d.f("Known history: <<c>>\n", c=("CRIMINAL_HISTORY", V.crim(rng)))
    d.f(
        "Child health: <<c>>; meds: <<m>>\nContact: <<ph>>\nRisk: HIGH — referred to police at 16:40\n",
        c=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
        m=("MEDICAL_CONDITION", rng.choice(S.MEDS)),
        ph=("PHONE_NUMBER", V.phone(rng, tw[3] if tw[3] != "PK" else "GB")),
    )
    return d


def lc_nick_transcript(rng, ref):
    d = Doc()
    kid, age, agent = V.person(rng, latin=True), minor(rng, 10, 16), rng.choice(S.AGENTS)
    nick, ab = V.handle(rng, kid), V.handle(rng)
    base = dt.datetime(ref.year, ref.month, ref.day, rng.randint(8, 21), rng.randint(0, 59))
    d.t("timestamp,speaker,message\n")
    rows = [
        (("USERNAME", nick), "hey"),
        (("PERSON", agent), "Hi there, I'm a counsellor. What would you like to talk about?"),
        (("USERNAME", nick), ("someone called <<h>> sent me videos", dict(h=("USERNAME", ab)))),
        (
            ("USERNAME", nick),
            (
                "hes in my class at {s} kinda, hes like <<a>>".format(s=rng.choice(S.SCHOOLS)),
                dict(a=("MINOR_AGE", str(min(17, age + 1)))),
            ),
        ),
        (("PERSON", agent), "Thanks for telling me. How old are you?"),
        (("USERNAME", nick), ("<<a>>, im in yr {g}".format(g=age - 4), dict(a=("MINOR_AGE", str(age))))),
        (
            ("USERNAME", nick),
            (
                "i have <<m>> so sometimes i dont get what ppl mean",
                dict(m=("MEDICAL_CONDITION", rng.choice(["autism", "ADHD", "dyslexia", "learning disabilities"]))),
            ),
        ),
    ]
    for i, (sp, msg) in enumerate(rows):
        d.t((base + dt.timedelta(seconds=37 * i)).strftime("%Y-%m-%d %H:%M:%S") + ",").e(*sp).t(',"')
        if isinstance(msg, tuple):
            d.f(msg[0], **msg[1])
        else:
            d.t(msg)
        d.t('"\n')
    return d


LIVECHAT = [
    lc_child_widget,
    lc_adult_reporter,
    lc_location_share,
    lc_lgbt_youth,
    lc_donation_support,
    lc_password,
    lc_native_script,
    lc_sms,
    lc_summary,
    lc_nick_transcript,
]


# ============================================================ CODESWITCH
YRS = {
    "spanglish": "años",
    "hinglish": "saal ki",
    "taglish": "taong gulang",
    "franglais": "ans",
    "denglish": "Jahre alt",
    "arabizi": "sene",
    "singlish": "years old",
    "romanurdu": "saal",
    "konglish": "살",
}
MID = {
    "spanglish": ("esta cuenta", "le manda DMs a niños chiquitos", "número"),
    "hinglish": ("ye account", "DM karta hai small kids ko", "number"),
    "taglish": ("yung account na", "nagme-message sa mga bata", "number niya"),
    "franglais": ("le compte", "DM des petits kids", "son numéro"),
    "denglish": ("der Account", "schreibt kleinen Kids DMs", "Nummer"),
    "arabizi": ("el account", "bi ba3at DMs lal wlad", "ra2mo"),
    "singlish": ("this account", "always DM the small kids one", "his number"),
    "romanurdu": ("ye account", "chhotay bachon ko DM karta hai", "number"),
    "konglish": ("이 account", "어린 kids한테 DM 보내요", "번호"),
}
NEIGH = {
    "hinglish": ("ka address", "woh banda", "umar lagbhag", "gaadi number", "pehle bhi"),
    "romanurdu": ("ka address", "woh aadmi", "umar taqreeban", "gaari number", "pehle bhi"),
    "singlish": ("stay at", "the uncle is", "about", "his car plate", "last time he"),
    "taglish": ("nakatira sa", "yung lalaki si", "mga", "plate number", "dati pa"),
    "spanglish": ("vive en", "el señor se llama", "como de", "placas", "antes ya"),
    "franglais": ("habite au", "le mec c'est", "genre", "plaque", "avant il a été"),
    "denglish": ("wohnt in der", "der Typ heißt", "so ca.", "Kennzeichen", "war schon mal"),
}


def lang_bits(rng, lang=None):
    lang = lang or rng.choice(sorted(S.CODESWITCH))
    op, con, rel = S.CODESWITCH[lang]
    return lang, rng.choice(op), rng.choice(con), rng.choice(rel), rng.choice(con)


def cs_calltaker(rng, ref):
    d = Doc()
    lang, op, c1, rel, c2 = lang_bits(rng)
    kid, sus, age = V.person(rng, latin=True), V.person(rng, latin=True), minor(rng, 6, 16)
    tw = V.town(rng)
    d.t(f"[{lang}] {ref:%d/%m} {rng.randint(8, 23)}:{rng.randint(0, 59):02d} ")
    d.f(
        f"{op} <<k>>, <<a>> {YRS[lang]}, from <<t>> {c1} {rel} <<s>> <<cv>><<c>> {c2} she's scared. cb <<ph>>\n",
        k=P(kid["given"]),
        a=("MINOR_AGE", str(age)),
        t=("LOCATION", tw[0]),
        s=P(sus["full"]),
        ph=("PHONE_NUMBER", V.phone(rng, tw[3] if tw[3] != "PK" else "PH")),
        **V.crim_kw(rng),
    )
    return d


def cs_whatsapp(rng, ref):
    d = Doc()
    lang, op, c1, rel, c2 = lang_bits(rng)
    h = V.handle(rng)
    m1, m2, m3 = MID[lang]
    d.t(f"Forwarded ({lang}) — {ref:%d.%m.%y}\n")
    d.f(
        f"{op} {m1} <<h>> {c1} {m2}, link <<u>> {c2} {m3} <<ph>>\n",
        h=("USERNAME", "@" + h),
        u=("URL", V.profile_url(rng, h)),
        ph=("PHONE_NUMBER", V.phone(rng, rng.choice(["IN", "PK", "GB", "PH", "SG"]))),
    )
    if rng.random() < 0.6:
        d.f(
            "2nd acc <<h2>> same guy, IP dekha <<ip>> (via grabify lol)\n",
            h2=("USERNAME", V.handle(rng)),
            ip=("IP_ADDRESS", V.ipv4(rng)),
        )
    return d


def cs_arabizi(rng, ref):
    d = Doc()
    girl, bro = V.person(rng, "arabic_latn"), V.person(rng, rng.choice(["arabic_latn", "arabic"]))
    age = minor(rng, 12, 17)
    d.t("msg: ").f(
        "salam, ana <<n>>, 3omri <<a>>. ya3ni el moshkila enno <<b>> 5ayi bi2ol eno rah y2otlni la2enno ana <<o>>. ",
        n=P(girl["given"].lower() if rng.random() < 0.5 else girl["given"]),
        a=("MINOR_AGE", str(age)),
        b=P(bro["given"]),
        o=("SEXUAL_ORIENTATION", rng.choice(["lesbian", "bi", "gay", "queer"])),
    )
    d.f(
        "ana hala2 b <<t>> 3and sa7bti, location: <<g>> w ra2mi <<ph>>\n",
        t=("LOCATION", V.town(rng, rng.choice(["DE", "FR", "BE", "NL", "CH"]))[0]),
        g=("GEO_COORDINATES", V.geo(rng, 1)),
        ph=("PHONE_NUMBER", V.phone(rng, rng.choice(["DE", "FR", "BE", "NL", "CH"]), rng.choice([0, 5]))),
    )
    return d


def cs_neighbour(rng, ref):
    d = Doc()
    lang, op, c1, rel, c2 = lang_bits(rng, rng.choice(sorted(NEIGH)))
    sus = V.person(
        rng,
        rng.choice(
            [
                "hindi_latn",
                "pakistani",
                "punjabi",
                "filipino",
                "chinese_latn",
                "english",
                "mexican",
                "french",
                "turkish",
            ]
        ),
    )
    cc = {
        "hinglish": "IN",
        "romanurdu": "GB",
        "singlish": "GB",
        "taglish": "AU",
        "spanglish": "US",
        "franglais": "FR",
        "denglish": "DE",
    }[lang]
    w = NEIGH[lang]
    d.f(
        f"{op}, {rel} {w[0]} <<ad>>, <<t>>. {c1} {w[1]} <<s>>, {w[2]} <<a>>, {w[3]} <<pl>> {c2} {w[4]} <<c>>.\n",
        ad=("STREET_ADDRESS", V.street(rng, cc)),
        t=("LOCATION", V.town(rng, cc)[0]),
        s=P(sus["full"]),
        a=("AGE", str(rng.randint(25, 60))),
        pl=("VEHICLE_PLATE", V.plate(rng, cc if cc != "IN" else None)),
        c=("CRIMINAL_HISTORY", V.crim(rng)),
    )
    return d


def cs_taglish(rng, ref):
    d = Doc()
    kid, tita = V.person(rng, "filipino"), V.person(rng, "filipino")
    age = minor(rng, 7, 15)
    d.f(
        "Grabe po, yung pamangkin ko si <<k>>, <<a>> years old, pinapa-video call daw ni <<t>> sa mga foreigner. ",
        k=P(kid["given"]),
        a=("MINOR_AGE", V.age_word(rng, age)),
        t=P(tita["full"]),
    )
    d.f(
        "Nagpapadala sila ng pera sa GCash <<g>> tapos minsan sa bank <<ib>>. ",
        g=("PHONE_NUMBER", V.phone(rng, "PH", rng.choice([1, 5]))),
        ib=("IBAN_CODE", V.iban(rng)),
    )
    d.f(
        "Nasa <<b>> sila, <<town>> ata. Sorry po, ref {r}\n".format(r=V.noise_ref(rng)),
        b=("STREET_ADDRESS", V.street(rng, "PH")),
        town=("LOCATION", rng.choice(["Quezon City", "Caloocan", "Angeles City", "Cebu City", "Tacloban"])),
    )
    return d


def cs_denglish(rng, ref):
    d = Doc()
    kid, vater = (
        V.person(rng, rng.choice(["german", "turkish", "polish", "arabic_latn"])),
        V.person(rng, rng.choice(["german", "turkish", "albanian"])),
    )
    age = minor(rng, 6, 15)
    dob = V.dob_for_age(rng, ref, age)
    tw = V.town(rng, "DE")
    d.f(
        "Also, die Mutter hat angerufen, super upset. Kind: <<k>>, geb. <<dob>> (<<a>> J.), wohnt <<ad>>, <<t>>. ",
        k=P(kid["full"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, rng.choice([3, 7]))),
        a=("MINOR_AGE", str(age)),
        ad=("STREET_ADDRESS", V.street(rng, "DE")),
        t=("LOCATION", tw[0]),
    )
    d.f(
        "Der Vater <<v>> hat halt ein Kontaktverbot, laut Polizei <<cv>><<c>>. Sein Auto <<pl>> stand heute vor der Schule. ",
        v=P(vater["full"]),
        pl=("VEHICLE_PLATE", V.plate(rng, "DE")),
        **V.crim_kw(rng),
    )
    d.f(
        "Krankenkasse KVNR <<kv>>, Kind hat <<m>>. Callback Mama: <<ph>>\n",
        kv=("NATIONAL_ID", V.nid(rng, "egk")),
        m=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
        ph=("PHONE_NUMBER", V.phone(rng, "DE", rng.choice([1, 2, 7]))),
    )
    return d


def cs_franglais(rng, ref):
    d = Doc()
    ado = V.person(rng, rng.choice(["french", "arabic_latn", "swiss", "igbo", "portuguese"]))
    age = minor(rng, 13, 17)
    tw = V.town(rng, rng.choice(["FR", "CH", "BE"]))
    d.f(
        "Bon alors, la gamine m'a dit qu'elle s'appelle <<n>>, <<a>> ans, et genre elle est <<g>> et <<o>>, du coup ses parents l'ont kicked out. ",
        n=P(ado["given"]),
        a=("MINOR_AGE", str(age)),
        g=("GENDER_IDENTITY", rng.choice(["trans", "non-binaire", "non-binary", "genderfluid", "transgenre"])),
        o=("SEXUAL_ORIENTATION", rng.choice(["lesbienne", "bi", "pan", "queer"])),
    )
    d.f(
        "Elle dort chez une copine à <<t>>. Son mail c'est <<e>>, insta <<i>>. ",
        t=("LOCATION", tw[0]),
        e=("EMAIL_ADDRESS", V.email(rng, ado, rng.choice([1, 2, 5]))),
        i=("USERNAME", "@" + V.handle(rng, ado)),
    )
    kind = {"FR": "nir", "CH": "ahv", "BE": "be_nn"}[tw[3]]
    d.f("Carte vitale/AVS: <<id>>. Bref, follow-up demain.\n", id=("NATIONAL_ID", V.nid(rng, kind, female=True)))
    return d


def cs_konglish(rng, ref):
    d = Doc()
    kid, oppa = V.person(rng, "korean"), V.person(rng, rng.choice(["korean", "korean_latn"]))
    age = minor(rng, 11, 16)
    d.f(
        "진짜 urgent해요, 제 동생 <<k>> (<<a>>살) 이 Discord에서 <<h>> 라는 guy랑 채팅했는데 ",
        k=P(kid["full"]),
        a=("MINOR_AGE", str(age)),
        h=("USERNAME", V.handle(rng)),
    )
    d.f(
        "그 사람이 자기 이름 <<o>> 라고, 그리고 address <<ad>> 로 선물 보낸대요. 근데 그 사람 <<c>>. ",
        o=P(oppa["full"]),
        ad=("STREET_ADDRESS", V.street(rng, rng.choice(["GB", "US", "AU"]))),
        c=("CRIMINAL_HISTORY", V.crim(rng)),
    )
    d.f(
        "제 번호 <<ph>>, 이메일 <<e>>\n",
        ph=("PHONE_NUMBER", V.phone(rng, rng.choice(["GB", "AU", "US", "DE"]), rng.choice([0, 2]))),
        e=("EMAIL_ADDRESS", V.email(rng, None, rng.choice([0, 3]))),
    )
    return d


def cs_spanglish_family(rng, ref):
    d = Doc()
    mom, kid = V.person(rng, "mexican"), V.person(rng, rng.choice(["mexican", "american"]))
    age = minor(rng, 5, 14)
    st, dl = V.us_dl(rng)
    tw = V.town(rng, "US")
    d.f(
        "Oye, llamó una señora, <<m>>, su hijo <<k>> tiene <<a>> y the school counselor vio bruises. ",
        m=P(mom["full"]),
        k=P(kid["given"]),
        a=("MINOR_AGE", str(age)),
    )
    d.f(
        "Ella no tiene SSN, solo ITIN <<it>>, pero el ex sí: SSN <<ss>>, license <<st>> <<dl>>"
        + rng.choice(["", ", pasaporte <<pp>>"])
        + ". ",
        pp=("US_PASSPORT", V.us_passport(rng)),
        it=("US_ITIN", V.itin(rng)),
        ss=("US_SSN", V.ssn(rng)),
        dl=("US_DRIVER_LICENSE", dl),
        st=st,
    )
    d.f(
        "Viven en <<ad>>, <<t>>, {r}. Cel <<ph>>, prefiere texto.\n".format(r=tw[1]),
        ad=("STREET_ADDRESS", V.street(rng, "US")),
        t=("LOCATION", tw[0]),
        ph=("PHONE_NUMBER", V.phone(rng, "US", rng.choice([1, 7, 3]))),
    )
    return d


def cs_romanurdu(rng, ref):
    d = Doc()
    larki, mamu = V.person(rng, rng.choice(["pakistani", "punjabi"])), V.person(rng, "pakistani")
    age = minor(rng, 9, 16)
    dob = V.dob_for_age(rng, ref, age)
    d.f(
        "Ammi ne phone kiya, beti <<n>> (DOB <<dob>>, <<a>> saal) ko <<m>> hai aur school nahi ja rahi kyun ke <<u>> usko tang karta hai. ",
        n=P(larki["given"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, rng.choice([0, 4, 2]))),
        a=("MINOR_AGE", str(age)),
        m=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
        u=P(mamu["given"] + " mamu" if False else mamu["given"]),
    )
    d.f(
        "Family <<e>> hai, community mein baat nahi kar sakte. Number <<ph>>\n",
        e=("ETHNIC_ORIGIN", rng.choice(["Pakistani", "Kashmiri", "Pashtun", "Punjabi", "Mirpuri"])),
        ph=("PHONE_NUMBER", V.phone(rng, "GB", rng.choice([1, 6, 2]))),
    )
    return d


def cs_voicemail(rng, ref):
    d = Doc()
    lang, op, c1, rel, c2 = lang_bits(rng, rng.choice(["spanglish", "franglais", "denglish", "singlish", "hinglish"]))
    caller = V.person(rng)
    reg = {"spanglish": "US", "franglais": "FR", "denglish": "DE", "singlish": "SG", "hinglish": "IN"}[lang]
    d.t(f"VOICEMAIL TRANSCRIPT (auto, {lang}, conf 0.{rng.randint(61, 94)})\n")
    d.f(
        f'"{op}... uh this is <<n>> {c1} my number is <<ph>> {c2} call me back, {rel} <<k>> is only <<a>>, '
        + 'she got a msg from <<h>>..."\n',
        n=P(caller["full"]),
        ph=("PHONE_NUMBER", V.phone(rng, reg, 6)),
        k=P(V.person(rng)["given"]),
        a=("MINOR_AGE", V.age_word(rng, minor(rng, 8, 15))),
        h=("USERNAME", V.handle(rng)),
    )
    return d


def cs_singlish_card(rng, ref):
    d = Doc()
    uncle = V.person(rng, rng.choice(["chinese_latn", "chinese", "tamil", "indonesian"]))
    d.f(
        "Eh the girl say the uncle <<u>> pay her using card <<c>> one, then ask her go <<ad>> lah. ",
        u=P(uncle["full"]),
        c=("CREDIT_CARD", V.card(rng)),
        ad=("STREET_ADDRESS", V.street(rng, rng.choice(["GB", "AU"]))),
    )
    d.f(
        "Her handle is <<h>>, password also he know: <<pw>> sia. She <<a>> only leh, <<e>> girl.\n",
        h=("USERNAME", V.handle(rng)),
        pw=("CREDENTIAL", V.credential(rng, 0)),
        a=("MINOR_AGE", str(minor(rng, 12, 16))),
        e=("ETHNIC_ORIGIN", rng.choice(["Malay", "Indian", "Eurasian", "Chinese", "Tamil"])),
    )
    return d


CODESWITCH = [
    cs_calltaker,
    cs_whatsapp,
    cs_arabizi,
    cs_neighbour,
    cs_taglish,
    cs_denglish,
    cs_franglais,
    cs_konglish,
    cs_spanglish_family,
    cs_romanurdu,
    cs_voicemail,
    cs_singlish_card,
]


# ============================================================ CLINICAL
def vitals(rng):
    return f"HR {rng.randint(70, 140)}, RR {rng.randint(14, 30)}, T {rng.uniform(36.1, 39.5):.1f}°C, SpO2 {rng.randint(93, 100)}% RA, BP {rng.randint(90, 125)}/{rng.randint(50, 80)}, wt {rng.uniform(15, 70):.1f} kg"


def cl_triage(rng, ref):
    d = Doc()
    pt = V.person(rng)
    mum = V.person(rng, pt["culture"])
    mname = {
        "W": mum["given"] + " " + pt["family"],
        "ES": pt["family"] + " " + mum["given"],
        "E": pt["family"] + mum["given"],
    }[pt["order"]]
    med, cond = rng.choice(S.MED_FOR)
    age = minor(rng, 1, 17)
    dob = V.dob_for_age(rng, ref, age)
    sex = rng.choice("MF")
    d.t(
        f"ED TRIAGE — {ref:%d/%m/%Y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}  Cat {rng.randint(2, 4)}  Bed {rng.choice('ABC')}{rng.randint(1, 12)}\n"
    )
    d.f(
        "Pt: <<n>>  DOB: <<dob>>  <<a>> y/o " + sex + "  NHS: <<nhs>>\n",
        n=P(pt["full"].upper() if rng.random() < 0.3 and pt["culture"] in S.LATIN_CULTURES else pt["full"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, rng.choice([0, 2, 8]))),
        a=("MINOR_AGE", str(age)),
        nhs=("NATIONAL_ID", V.nid(rng, "nhs")),
    )
    d.f(
        "c/o <<c>>, fall at home per mum. Injury pattern inconsistent w/ hx.\nPMHx: <<h>>. Rx: <<m>>. NKDA.\n",
        c=(
            "MEDICAL_CONDITION",
            rng.choice(
                ["wrist fracture", "head injury", "burns to forearm", "abdominal pain", "spiral fracture of humerus"]
            ),
        ),
        h=("MEDICAL_CONDITION", cond),
        m=("MEDICAL_CONDITION", med),
    )
    d.t(f"Obs: {vitals(rng)}\n")
    d.f(
        "NOK: <<m>> (mother) <<ph>>. Safeguarding flag raised, SW informed.\n",
        m=P(mname),
        ph=("PHONE_NUMBER", V.phone(rng, "GB")),
    )
    return d


def cl_discharge(rng, ref):
    d = Doc()
    pt, gp = V.person(rng, latin=True), V.person(rng, latin=True)
    age = minor(rng, 2, 16)
    dob = V.dob_for_age(rng, ref, age)
    tw = V.town(rng, rng.choice(["GB", "IE", "AU"]))
    hosp = {
        "GB": rng.choice(["Alder Hey", "Evelina London", "Royal Manchester Children's Hospital"]),
        "IE": "CHI at Crumlin",
        "AU": "Queensland Children's Hospital",
    }[tw[3]]
    d.t(
        f"DISCHARGE SUMMARY — {hosp}\nAdmitted {(ref - dt.timedelta(days=rng.randint(2, 9))):%d %b %Y}  Discharged {ref:%d %b %Y}\n"
    )
    d.f(
        "Name: <<n>>   D.O.B. <<dob>>   Age: <<a>>yo\nAddress: <<ad>>, <<t>>\n",
        n=P(pt["family"].upper() + ", " + pt["given"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, rng.choice([0, 4, 5]))),
        a=("MINOR_AGE", str(age)),
        ad=("STREET_ADDRESS", V.street(rng, tw[3])),
        t=("LOCATION", tw[0]),
    )
    idk = {"GB": "nhs", "IE": "pps", "AU": "medicare"}[tw[3]]
    d.f(f"{V.ID_NAMES[idk]}: <<id>>\n", id=("NATIONAL_ID", V.nid(rng, idk, dob)))
    d.f(
        "Dx: <<d1>>; secondary: <<d2>>\nDischarge meds: <<m1>> 5 mg OD, <<m2>> PRN\n",
        d1=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
        d2=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
        m1=("MEDICAL_CONDITION", rng.choice(S.MEDS)),
        m2=("MEDICAL_CONDITION", rng.choice(S.MEDS)),
    )
    d.f(
        "F/u with GP Dr <<g>> in 2/52. Lot no. {lot} (not relevant). \n".format(lot=V.noise_ref(rng)), g=P(gp["family"])
    )
    return d


def cl_sane(rng, ref):
    d = Doc()
    pt, sus = V.person(rng), V.person(rng)
    age = minor(rng, 12, 17)
    cv = rng.choice(
        [
            ("was", "on probation"),
            ("is", "on the sex offenders register"),
            ("has", "a previous conviction for indecent images"),
            ("is", "out on parole"),
            ("was", "released on licence last year"),
        ]
    )
    d.t(
        f"SANE EXAMINATION NOTE  Kit #{rng.randint(10000, 99999)}  Chain of custody seal {V.hexs(rng, 8, string.digits + 'ABCDEF')}\n"
    )
    d.f(
        "Patient <<n>>, <<a>> y/o, identifies as <<g>>, pronouns they/them. ",
        n=P(pt["full"]),
        a=("MINOR_AGE", str(age)),
        g=("GENDER_IDENTITY", rng.choice(S.GENDER_ID)),
    )
    d.f(
        "Pt states assailant was <<s>>, a <<sa>>-year-old <<e>> male known from the youth club, who <<v>> <<c>>. ",
        s=P(sus["full"]),
        sa=("AGE", str(rng.randint(19, 48))),
        e=("ETHNIC_ORIGIN", rng.choice(S.ETHNIC)),
        v=cv[0],
        c=("CRIMINAL_HISTORY", cv[1]),
    )
    d.f(
        "Pt reports being <<o>>, not out to family. Prophylaxis: <<m1>> and <<m2>> given. Hx of <<c>>.\n",
        o=("SEXUAL_ORIENTATION", rng.choice(S.ORIENTATION)),
        m1=("MEDICAL_CONDITION", "levonorgestrel"),
        m2=("MEDICAL_CONDITION", rng.choice(["Truvada", "ceftriaxone", "azithromycin"])),
        c=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
    )
    return d


def cl_school_nurse(rng, ref):
    d = Doc()
    d.t(f"School nurse log — {rng.choice(S.SCHOOLS)} — week of {ref:%d/%m/%Y}\n")
    d.t("Date       | Student              | Yr | Complaint / action\n")
    for i in range(rng.randint(3, 5)):
        kid, age = V.person(rng, latin=True), minor(rng, 5, 16)
        day = ref + dt.timedelta(days=i)
        d.t(f"{day:%d/%m/%Y} | ").e("PERSON", kid["given"] + " " + kid["family"][0] + ".").t(f" | {age - 4:>2} | ")
        k = rng.randint(0, 2)
        if k == 0:
            d.f(
                "<<c>> flare, gave <<m>> 2 puffs, mum informed\n",
                c=("MEDICAL_CONDITION", "asthma"),
                m=("MEDICAL_CONDITION", rng.choice(["salbutamol", "Ventolin"])),
            )
        elif k == 1:
            d.f(
                "age <<a>>, bruising L arm, says dad did it; DSL <<s>> notified\n",
                a=("MINOR_AGE", str(age)),
                s=P(V.person(rng, latin=True)["full"]),
            )
        else:
            d.f("BM 3.1, <<c>>, glucose tabs, sent home\n", c=("MEDICAL_CONDITION", "type 1 diabetes"))
    return d


def cl_pharmacy(rng, ref):
    d = Doc()
    cc = rng.choice(["AU", "DE"])
    pt, doc = V.person(rng), V.person(rng, latin=True)
    age = minor(rng, 3, 17)
    dob = V.dob_for_age(rng, ref, age)
    d.t(
        f"DISPENSE RECORD  Rx#{rng.randint(100000, 999999)}  {ref.isoformat()}  PBS/PZN {rng.randint(1000000, 9999999)}\n"
    )
    d.f(
        "Patient: <<n>>  DOB <<dob>>  (<<a>>)\n",
        n=P(pt["full"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, 0 if cc == "AU" else 3)),
        a=("MINOR_AGE", str(age)),
    )
    kind = "medicare" if cc == "AU" else "egk"
    pair = rng.choice(S.MED_FOR)
    d.f(("Medicare no." if cc == "AU" else "KVNR (eGK)") + " <<id>>\n", id=("NATIONAL_ID", V.nid(rng, kind)))
    d.f(
        "Item: <<m>> 30 tabs, for <<c>>\nPrescriber: Dr <<p>>  Prov no. {pv}\nCarer contact: <<ph>>\n".format(
            pv=f"{rng.randint(100000, 999999)}{rng.choice('ABCDEFG')}"
        ),
        m=("MEDICAL_CONDITION", pair[0]),
        c=("MEDICAL_CONDITION", pair[1]),
        p=P(doc["full"]),
        ph=("PHONE_NUMBER", V.phone(rng, cc)),
    )
    return d


def cl_us_intake(rng, ref):
    d = Doc()
    pt, par = (
        V.person(rng, rng.choice(["american", "mexican", "korean_latn", "igbo", "english"])),
        V.person(rng, latin=True),
    )
    age = minor(rng, 0, 17)
    dob = V.dob_for_age(rng, ref, age)
    tw = V.town(rng, "US")
    st, dl = V.us_dl(rng)
    d.t(f"PEDIATRIC INTAKE — {rng.choice(S.HOSPITALS)}  MRN {rng.randint(10**7, 10**8)}\n")
    d.f(
        "Patient: <<n>>  DOB: <<dob>>  Age: <<a>>\nAddress: <<ad>>, <<t>>, {s} {z}\n".format(
            s=tw[1], z=rng.randint(10000, 99999)
        ),
        n=P(pt["full"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, 1)),
        a=("MINOR_AGE", str(age)),
        ad=("STREET_ADDRESS", V.street(rng, "US")),
        t=("LOCATION", tw[0]),
    )
    d.f(
        "Guarantor: <<g>>  SSN <<ss>>  DL ({st}) <<dl>>\n".format(st=st),
        g=P(par["full"]),
        ss=("US_SSN", V.ssn(rng)),
        dl=("US_DRIVER_LICENSE", dl),
    )
    d.f(
        "Alt ID: " + rng.choice(["passport", "US passport no.", "PP#"]) + " <<pp>>\n",
        pp=("US_PASSPORT", V.us_passport(rng)),
    )
    if rng.random() < 0.5:
        d.f("Tax ID (ITIN) <<it>>\n", it=("US_ITIN", V.itin(rng)))
    d.f(
        "Payment: ACH routing <<r>> account <<b>>\nAllergies: <<al>>. Hx: <<c>>\n",
        r=("ABA_ROUTING_NUMBER", V.aba(rng)),
        b=("US_BANK_NUMBER", V.bank_account(rng)),
        al=("MEDICAL_CONDITION", rng.choice(["penicillin allergy", "latex allergy", "peanut allergy"])),
        c=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
    )
    return d


def cl_swiss(rng, ref):
    d = Doc()
    pt, arzt = (
        V.person(rng, rng.choice(["swiss", "albanian", "italian", "portuguese", "french", "kurdish"])),
        V.person(rng, "swiss"),
    )
    age = minor(rng, 1, 15)
    dob = V.dob_for_age(rng, ref, age)
    tw = V.town(rng, "CH")
    fr = rng.random() < 0.5
    d.t(
        ("Lettre de transfert" if fr else "Überweisung")
        + f" — {rng.choice(['Kinderspital Zürich', 'CHUV Lausanne', 'Ospedale San Giovanni'])}\n"
    )
    d.f(
        (
            "Patient(e): <<n>>, né(e) le <<dob>>, <<a>> ans\nN° AVS: <<id>>\nDomicile: <<ad>>, <<z>> <<t>>\n"
            if fr
            else "Patient/in: <<n>>, geb. <<dob>>, <<a>> J.\nAHV-Nr.: <<id>>\nWohnadresse: <<ad>>, <<z>> <<t>>\n"
        ),
        n=P(pt["full"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, 6 if fr else 3)),
        a=("MINOR_AGE", str(age)),
        id=("NATIONAL_ID", V.nid(rng, "ahv")),
        ad=("STREET_ADDRESS", V.street(rng, "CH")),
        z=str(rng.randint(1000, 9699)),
        t=("LOCATION", tw[0]),
    )
    d.f(
        (
            "Diagnostic: <<c>>. Traitement: <<m>>. Médecin: Dr <<dr>>, tél <<ph>>\n"
            if fr
            else "Diagnose: <<c>>. Therapie: <<m>>. Zuweiser: Dr. med. <<dr>>, Tel. <<ph>>\n"
        ),
        c=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
        m=("MEDICAL_CONDITION", rng.choice(S.MEDS)),
        dr=P(arzt["family"]),
        ph=("PHONE_NUMBER", V.phone(rng, "CH", rng.choice([1, 2]), mobile=False)),
    )
    return d


def cl_france(rng, ref):
    d = Doc()
    pt, mere = V.person(rng, rng.choice(["french", "arabic_latn", "portuguese", "yoruba"])), V.person(rng, "french")
    age = minor(rng, 1, 16)
    dob = V.dob_for_age(rng, ref, age)
    female = rng.random() < 0.5
    tw = V.town(rng, "FR")
    d.t(f"URGENCES PÉDIATRIQUES — {ref:%d/%m/%Y} — IEP {rng.randint(10**8, 10**9)}\n")
    d.f(
        "Enfant <<n>>, <<a>> ans, né" + ("e" if female else "") + " le <<dob>>. Carte Vitale (parent) : <<nir>>\n",
        n=P(pt["full"]),
        a=("MINOR_AGE", str(age)),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, rng.choice([0, 6]))),
        nir=("NATIONAL_ID", V.nid(rng, "nir")),
    )
    d.f(
        "Motif : <<c>>. ATCD : <<h>>. TTT : <<m>>.\nMère <<me>> joignable au <<ph>>, domicile <<ad>>, <<t>>.\n",
        c=("MEDICAL_CONDITION", rng.choice(["fièvre", "brûlure", "fracture du fémur", "crise d'asthme"])),
        h=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
        m=("MEDICAL_CONDITION", rng.choice(["Doliprane", "Ventoline", "Ritaline", "Amoxicilline"])),
        me=P(mere["given"]),
        ph=("PHONE_NUMBER", V.phone(rng, "FR", rng.choice([1, 2]))),
        ad=("STREET_ADDRESS", V.street(rng, "FR")),
        t=("LOCATION", tw[0]),
    )
    return d


def cl_mash(rng, ref):
    d = Doc()
    kid, par = V.person(rng), V.person(rng)
    age = minor(rng, 4, 17)
    dob = V.dob_for_age(rng, ref, age)
    pa = rng.randint(24, 52)
    ck = V.crim_kw(rng)
    d.t(f"MASH REFERRAL FORM  ref {V.noise_ref(rng)}  received {ref:%d/%m/%Y}\n")
    d.f(
        "Child's name: <<n>>\nDate of birth: <<dob>>\nAge: <<a>>\nEthnicity: <<e>>\nGender: <<g>>\n",
        n=P(kid["full"]),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, rng.choice([0, 4]))),
        a=("MINOR_AGE", str(age)),
        e=("ETHNIC_ORIGIN", rng.choice(S.ETHNIC)),
        g=("GENDER_IDENTITY", rng.choice(S.GENDER_ID)),
    )
    d.f(
        "Health/disability: <<c>>\nParent/carer: <<p>> (<<pa>>), who <<cv>><<c2>>\n",
        c=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
        p=P(par["full"]),
        pa=("AGE", str(pa)),
        cv=ck["cv"],
        c2=ck["c"],
    )
    d.f(
        "NHS number: <<nhs>>   UPN: {upn}\n".format(upn="H" + str(rng.randint(10**11, 10**12))),
        nhs=("NATIONAL_ID", V.nid(rng, "nhs")),
    )
    return d


def cl_hl7(rng, ref):
    d = Doc()
    pt, nk = V.person(rng, latin=True), V.person(rng, latin=True)
    age = minor(rng, 0, 17)
    dob = V.dob_for_age(rng, ref, age)
    cc = rng.choice(["GB", "AU", "NL"])
    tw = V.town(rng, cc)
    d.t(
        f"MSH|^~\\&|EDIS|{rng.choice(['RMCH', 'EVL', 'GOSH'])}|PAS|HOSP|{ref:%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}||ADT^A04|{rng.randint(10**6, 10**7)}|P|2.5\n"
    )
    kind = {"GB": "nhs", "AU": "medicare", "NL": "bsn"}[cc]
    auth = {"GB": "NHS^NH", "AU": "AUSHIC^MC", "NL": "NLMINBIZA^NNNLD"}[cc]
    d.f(
        "PID|1||<<id>>^^^"
        + auth
        + "||<<f>>^<<g>>||<<dob>>|"
        + rng.choice("MF")
        + "|||<<ad>>^^<<t>>^^"
        + str(rng.randint(1000, 9999))
        + "||<<ph>>\n",
        id=("NATIONAL_ID", V.nid(rng, kind).replace(" ", "")),
        f=P(pt["family"].upper()),
        g=P(pt["given"].upper()),
        dob=("DATE_OF_BIRTH", V.fmt_date(rng, dob, 9)),
        ad=("STREET_ADDRESS", V.street(rng, cc)),
        t=("LOCATION", tw[0]),
        ph=("PHONE_NUMBER", V.phone(rng, cc, 5)),
    )
    d.f(
        "NK1|1|<<f>>^<<g>>|MTH|||<<ph>>\nDG1|1||J45.9^<<c>>^I10\n",
        f=P(nk["family"].upper()),
        g=P(nk["given"].upper()),
        ph=("PHONE_NUMBER", V.phone(rng, cc, 0)),
        c=("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)),
    )
    return d


CLINICAL = [
    cl_triage,
    cl_discharge,
    cl_sane,
    cl_school_nurse,
    cl_pharmacy,
    cl_us_intake,
    cl_swiss,
    cl_france,
    cl_mash,
    cl_hl7,
]


# ============================================================ TELEMETRY
UAS = [
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 Chrome/120.0.6099.144 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 Version/16.6 Mobile/15E148",
    "okhttp/4.12.0",
    "Roblox/WinInet",
    "SafeApp/3.18.2 (iPad13,4; iPadOS 17.1; Scale/2.00)",
    "Dalvik/2.1.0 (Linux; U; Android 12; Redmi Note 11)",
]


def tstamp(rng, ref, i=0):
    return dt.datetime(
        ref.year, ref.month, ref.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    ) + dt.timedelta(seconds=i)


def tl_syslog(rng, ref):
    d = Doc()
    host = rng.choice(["auth-eu-2", "edge03", "idp-ch-1", "api-gw-7"])
    for i in range(rng.randint(3, 5)):
        t = tstamp(rng, ref, i)
        u = V.handle(rng)
        d.t(f"{t:%b %d %H:%M:%S} {host} sshd[{rng.randint(1000, 65000)}]: ")
        k = rng.randint(0, 3)
        if k == 0:
            d.f(
                "Failed password for <<u>> from <<ip>> port {p} ssh2\n".format(p=rng.randint(1024, 65535)),
                u=("USERNAME", u),
                ip=("IP_ADDRESS", V.ipv4(rng)),
            )
        elif k == 1:
            d.f(
                'login-anomaly user=<<u>> src=[<<ip>>]:{p} geo="<<g>>" risk=0.{r}\n'.format(
                    p=rng.randint(1024, 65535), r=rng.randint(50, 99)
                ),
                u=("USERNAME", u),
                ip=("IP_ADDRESS", V.ipv6(rng)),
                g=("GEO_COORDINATES", V.geo(rng, 1)),
            )
        elif k == 2:
            d.f(
                "Accepted publickey for <<u>> from <<ip>> port {p} ssh2: RSA SHA256:{h}\n".format(
                    p=rng.randint(1024, 65535), h=V.hexs(rng, 43, string.ascii_letters + string.digits)
                ),
                u=("USERNAME", u),
                ip=("IP_ADDRESS", V.ipv4(rng)),
            )
        else:
            d.f(
                "new device for account_id=<<a>> device=<<dv>> mac=<<m>>\n",
                a=("USERNAME", str(rng.randint(10**7, 10**10))),
                dv=("DEVICE_ID", V.uuid(rng, True)),
                m=("MAC_ADDRESS", V.mac(rng)),
            )
    return d


def tl_cef(rng, ref):
    d = Doc()
    for i in range(rng.randint(2, 4)):
        t = tstamp(rng, ref, i)
        p = V.person(rng, latin=True)
        d.t(
            f"CEF:0|SafeNet|ChildSafe Gateway|{rng.randint(2, 9)}.{rng.randint(0, 9)}|{rng.randint(100, 999)}|Suspicious login|{rng.randint(3, 9)}|rt={int(t.timestamp()) * 1000} "
        )
        d.f(
            "suser=<<u>> src=<<ip>> spt={sp} smac=<<m>> duser=<<e>> cs1Label=sessionToken cs1=<<tok>> dvchost=fw{h}.corp\n".format(
                sp=rng.randint(1024, 65535), h=rng.randint(1, 9)
            ),
            u=("USERNAME", V.handle(rng, p)),
            ip=("IP_ADDRESS", V.ipv4(rng)),
            m=("MAC_ADDRESS", V.mac(rng)),
            e=("EMAIL_ADDRESS", V.email(rng, p, 0)),
            tok=("CREDENTIAL", V.credential(rng, rng.choice([4, 5]))),
        )
    return d


def tl_jsonl(rng, ref):
    d = Doc()
    for i in range(rng.randint(3, 4)):
        t = tstamp(rng, ref, i)
        p = V.person(rng, latin=True)
        ev = rng.choice(["app_open", "report_submitted", "chat_started", "geo_ping"])
        d.t('{"ts":"' + t.isoformat() + 'Z","event":"' + ev + '","account_id":').e(
            "USERNAME", str(rng.randint(10**8, 10**11))
        )
        if ev == "geo_ping":
            d.f(',"loc":"<<g>>","acc_m":{a}'.format(a=rng.randint(5, 80)), g=("GEO_COORDINATES", V.geo(rng, 1)))
        else:
            d.f(',"email":"<<e>>"', e=("EMAIL_ADDRESS", V.email(rng, p, 0)))
        d.f(
            ',"idfa":"<<i>>","ip":"<<ip>>","app_ver":"{v}","build":"{b}"}}\n'.format(
                v=f"{rng.randint(2, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", b=V.hexs(rng, 7)
            ),
            i=("DEVICE_ID", V.uuid(rng, rng.random() < 0.6)),
            ip=("IP_ADDRESS", rng.choice([V.ipv4, V.ipv6])(rng)),
        )
    return d


def tl_crash(rng, ref):
    d = Doc()
    login = V.ascii_fold(V.person(rng, latin=True)["given"]).lower() + rng.choice(
        ["", ".dev", "_mbp", str(rng.randint(1, 9))]
    )
    mac_os = rng.random() < 0.6
    d.t(
        f"Incident Identifier: {V.uuid(rng, True)}\nCrashReporter Key: {V.hexs(rng, 40)}\nHardware Model: {rng.choice(['MacBookPro18,3', 'iPhone14,5', 'Mac14,2'])}\n"
    )
    d.f(
        "Device UDID: <<u>>\nProcess: SafeReport [{p}]\nVersion: {v}\nDate/Time: {t}\n".format(
            p=rng.randint(100, 9999),
            v=f"4.{rng.randint(0, 9)}.{rng.randint(0, 20)} ({rng.randint(1000, 9999)})",
            t=tstamp(rng, ref),
        ),
        u=("DEVICE_ID", V.hexs(rng, 8).upper() + "-" + V.hexs(rng, 16).upper()),
    )
    d.t("Exception Type: EXC_BAD_ACCESS (SIGSEGV)\nThread 0 Crashed:\n")
    for i in range(rng.randint(2, 4)):
        fn = rng.choice(["ReportUploader.swift", "ChatView.swift", "Keychain.m", "ImageHasher.cpp"])
        if mac_os:
            d.t(f"{i}   SafeReport   0x{V.hexs(rng, 12)} ").f(
                "/Users/<<l>>/src/safereport/Sources/" + fn + ":" + str(rng.randint(10, 900)) + "\n",
                l=("USERNAME", login),
            )
        else:
            d.t(f"   at SafeReport.{fn.split('.')[0]}.Run() in ").f(
                "C:\\Users\\<<l>>\\source\\repos\\SafeReport\\" + fn + ":line " + str(rng.randint(10, 900)) + "\n",
                l=("USERNAME", login),
            )
    d.f("Last API key in env: <<k>>\n", k=("CREDENTIAL", V.credential(rng, rng.choice([2, 3, 6, 7]))))
    return d


def tl_push(rng, ref):
    d = Doc()
    d.t("user_id,platform,push_token,last_ip,registered\n")
    for i in range(rng.randint(3, 6)):
        plat = rng.choice(["ios", "android"])
        tok = (
            V.hexs(rng, 64)
            if plat == "ios"
            else V.hexs(rng, 22, string.ascii_letters + string.digits + "-_")
            + ":APA91b"
            + V.hexs(rng, 40, string.ascii_letters + string.digits + "-_")
        )
        ip = rng.choice([V.ipv4, V.ipv6])(rng)
        d.e("USERNAME", str(rng.randint(10**5, 10**9))).t(f",{plat},").e("DEVICE_ID", tok).t(",").e("IP_ADDRESS", ip).t(
            f",{tstamp(rng, ref, i):%Y-%m-%d}\n"
        )
    return d


def tl_audit(rng, ref):
    d = Doc()
    sep = rng.choice([",", ";", "\t"])
    d.t(sep.join(["time", "actor", "action", "target", "client"]) + "\n")
    for i in range(rng.randint(3, 5)):
        a = V.person(rng, latin=True)
        d.t(f"{tstamp(rng, ref, i):%Y-%m-%d %H:%M:%S}{sep}").e("EMAIL_ADDRESS", V.email(rng, a, 0)).t(
            sep + rng.choice(["ban_user", "view_report", "export_chat", "reset_2fa"]) + sep
        )
        d.e("USERNAME", V.handle(rng)).t(sep).e("IP_ADDRESS", V.ipv4(rng)).t(f":{rng.randint(1024, 65535)}\n")
    return d


def tl_payment(rng, ref):
    d = Doc()
    p = V.person(rng, latin=True)
    t = tstamp(rng, ref)
    d.t(f"{t.isoformat()} DEBUG donations.gateway  req_id={V.uuid(rng)} amount=25.00 GBP charity_no=1089464\n")
    d.f(
        '{ts} WARN  PAN not masked! holder="<<h>>" pan=<<c>> cvv=*** exp={e}\n'.format(
            ts=t.isoformat(), e=f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
        ),
        h=P(p["full"]),
        c=("CREDIT_CARD", V.card(rng)),
    )
    k = rng.randint(0, 1)
    if k == 0:
        d.f(
            "{ts} INFO  sepa_mandate iban=<<ib>> email=<<e>>\n".format(ts=t.isoformat()),
            ib=("IBAN_CODE", V.iban(rng)),
            e=("EMAIL_ADDRESS", V.email(rng, p, 0)),
        )
    else:
        d.f(
            "{ts} INFO  ach routing=<<r>> acct=<<b>> ssn_last4={l4} itin=<<it>>\n".format(
                ts=t.isoformat(), l4=rng.randint(1000, 9999)
            ),
            r=("ABA_ROUTING_NUMBER", V.aba(rng)),
            b=("US_BANK_NUMBER", V.bank_account(rng)),
            it=("US_ITIN", V.itin(rng)),
        )
    d.f(
        "{ts} DEBUG stripe key=<<k>> client_ip=<<ip>>\n".format(ts=t.isoformat()),
        k=("CREDENTIAL", V.credential(rng, 2)),
        ip=("IP_ADDRESS", V.ipv4(rng)),
    )
    return d


def tl_access(rng, ref):
    d = Doc()
    for i in range(rng.randint(3, 5)):
        t = tstamp(rng, ref, i)
        ip = rng.choice([V.ipv4, V.ipv6])(rng)
        h = V.handle(rng)
        d.e("IP_ADDRESS", ip).t(f' - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "GET ')
        if rng.random() < 0.5:
            d.t(f'/api/v2/profiles/{h} HTTP/1.1" 200 {rng.randint(200, 9000)} "')
            d.e("URL", V.profile_url(rng, h)).t(f'" "{rng.choice(UAS)}"')
        else:
            d.t(f'/static/app.{V.hexs(rng, 8)}.js HTTP/2.0" 304 0 "-" "{rng.choice(UAS)}"')
        if rng.random() < 0.6:
            d.t(' cookie="sid=').e("CREDENTIAL", V.hexs(rng, 32)).t('"')
        d.t("\n")
    return d


def tl_kyc(rng, ref):
    d = Doc()
    p = V.person(rng, rng.choice(["american", "mexican", "english", "hindi_latn", "chinese_latn"]))
    age = rng.randint(21, 64)
    dob = V.dob_for_age(rng, ref, age)
    tw = V.town(rng, "US")
    st, dl = V.us_dl(rng)
    d.t('{"webhook":"identity.verification.completed","volunteer_check":true,"data":{')
    d.f(
        '"full_name":"<<n>>","dob":"<<dob>>","age":<<a>>,',
        n=P(p["full"]),
        dob=("DATE_OF_BIRTH", dob.isoformat()),
        a=("AGE", str(age)),
    )
    k = rng.choice([0, 0, 1, 2])
    if k == 0:
        d.f('"document":{"type":"passport","number":"<<x>>","country":"USA"},', x=("US_PASSPORT", V.us_passport(rng)))
    elif k == 1:
        d.f('"document":{"type":"driving_license","state":"' + st + '","number":"<<x>>"},', x=("US_DRIVER_LICENSE", dl))
    else:
        d.f('"document":{"type":"ssn_card","number":"<<x>>"},', x=("US_SSN", V.ssn(rng)))
    d.f(
        '"address":{"line1":"<<ad>>","city":"<<t>>","state":"'
        + tw[1]
        + '"},"selfie_match":0.9'
        + str(rng.randint(1, 9))
        + ',"ip":"<<ip>>","device":"<<dv>>","crim_check":"<<c>>"}}\n',
        ad=("STREET_ADDRESS", V.street(rng, "US")),
        t=("LOCATION", tw[0]),
        ip=("IP_ADDRESS", V.ipv4(rng)),
        dv=("DEVICE_ID", V.uuid(rng)),
        c=(
            "CRIMINAL_HISTORY",
            rng.choice(
                ["convicted of drink-driving", "misdemeanor theft 2011", "on probation", "DUI conviction in 2016"]
            ),
        ),
    )
    return d


def tl_inventory(rng, ref):
    d = Doc()
    d.t(f"# network inventory scan {ref.isoformat()} subnet ")
    d.e("IP_ADDRESS", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.0").t("/24\n")
    d.t(f"{'IP':<18}{'MAC':<20}{'IMEI/Serial':<20}vendor\n")
    for _ in range(rng.randint(3, 6)):
        ip, m = V.ipv4(rng), V.mac(rng)
        dev = V.imei(rng) if rng.random() < 0.6 else "SN" + V.hexs(rng, 10, string.ascii_uppercase + string.digits)
        d.e("IP_ADDRESS", ip).t(" " * (18 - len(ip))).e("MAC_ADDRESS", m).t(" " * max(1, 20 - len(m)))
        if dev.startswith("SN"):
            d.t(dev + " " * (20 - len(dev)))
        else:
            d.e("DEVICE_ID", dev).t(" " * max(1, 20 - len(dev)))
        d.t(rng.choice(["Apple", "Samsung", "Xiaomi", "Cisco", "Ubiquiti", "Hewlett-Packard"]) + "\n")
    return d


def tl_moderation(rng, ref):
    d = Doc()
    sus, vic = V.handle(rng), V.person(rng, latin=True)
    age = minor(rng, 9, 15)
    d.t(f"[MOD-ALERT] severity=P1 rule=grooming_v{rng.randint(2, 7)} case={V.noise_ref(rng)}\n")
    d.f(
        "reported_user=<<u>> profile=<<url>> last_ip=<<ip>> gaid=<<g>>\n",
        u=("USERNAME", sus),
        url=("URL", V.profile_url(rng, sus)),
        ip=("IP_ADDRESS", V.ipv6(rng)),
        g=("DEVICE_ID", V.uuid(rng)),
    )
    d.f(
        "victim_account=<<v>> self_declared_age=<<a>> geo=<<geo>>\n",
        v=("USERNAME", V.handle(rng, vic)),
        a=("MINOR_AGE", str(age)),
        geo=("GEO_COORDINATES", V.geo(rng, 0)),
    )
    d.f(
        'excerpt: "text me on <<ph>> and dont tell ur mum"\n',
        ph=("PHONE_NUMBER", V.phone(rng, rng.choice(["GB", "US", "DE", "FR", "AU"]))),
    )
    return d


TELEMETRY = [
    tl_syslog,
    tl_cef,
    tl_jsonl,
    tl_crash,
    tl_push,
    tl_audit,
    tl_payment,
    tl_access,
    tl_kyc,
    tl_inventory,
    tl_moderation,
]


# ============================================================ ROSTER
def table(d, header, rows, style):
    """style: 'pipe', 'tsv', 'space'; rows are lists of str or (label, str)."""
    cells = [[c if isinstance(c, tuple) else (None, c) for c in r] for r in rows]
    w = [max(len(h), *(len(r[i][1]) for r in cells)) + 1 for i, h in enumerate(header)]
    sep = {"pipe": " | ", "tsv": "\t", "space": "  "}[style]
    d.t(sep.join(h.ljust(w[i]) if style == "space" else h for i, h in enumerate(header)).rstrip() + "\n")
    if style == "pipe":
        d.t("-+-".join("-" * x for x in w) + "\n")
    for r in cells:
        for i, (lab, val) in enumerate(r):
            if i:
                d.t(sep)
            d.e(lab, val) if lab and val else d.t(val)
            if style == "space" and i < len(r) - 1:
                d.t(" " * (w[i] - len(val)))
        d.t("\n")


def kid_row(rng, ref, lo=6, hi=17):
    k = V.person(rng)
    age = minor(rng, lo, hi)
    return k, age, V.dob_for_age(rng, ref, age)


def ro_pipe(rng, ref):
    d = Doc()
    d.t(f"{rng.choice(S.SCHOOLS)} — Class list {ref.year}/{ref.year - 1999} — {V.noise_ref(rng)}\n")
    rows, ds = [], rng.choice([0, 2, 3])
    for _ in range(rng.randint(4, 7)):
        k, age, dob = kid_row(rng, ref, 9, 12)
        g = V.person(rng, latin=True)
        med = rng.choice(S.CONDITIONS + S.ALLERGY_NOISE * 3)
        rows.append(
            [
                P(k["full"]),
                ("DATE_OF_BIRTH", V.fmt_date(rng, dob, ds)),
                ("MINOR_AGE", str(age)),
                str(age - 5),
                P(g["full"]),
                ("PHONE_NUMBER", V.phone(rng, rng.choice(["GB", "IE"]), rng.choice([1, 5]))),
                ("MEDICAL_CONDITION", med) if med not in S.ALLERGY_NOISE else med,
            ]
        )
    table(d, ["Name", "DOB", "Age", "Yr", "Guardian", "Phone", "Medical"], rows, "pipe")
    return d


def ro_camp_tsv(rng, ref):
    d = Doc()
    cc = rng.choice(["GB", "US", "DE", "CH", "AU"])
    d.t(f"Summer Camp {ref.year} registrations (export {ref.isoformat()})\n")
    rows = []
    for _ in range(rng.randint(3, 6)):
        k, age, dob = kid_row(rng, ref, 7, 15)
        rows.append(
            [
                P(k["given"]),
                P(k["family"]),
                ("DATE_OF_BIRTH", V.fmt_date(rng, dob, 2)),
                ("STREET_ADDRESS", V.street(rng, cc)),
                ("LOCATION", V.town(rng, cc)[0]),
                ("VEHICLE_PLATE", V.plate(rng, cc)),
                ("MEDICAL_CONDITION", rng.choice(S.MEDS + S.CONDITIONS)),
            ]
        )
    table(d, ["first", "last", "dob", "pickup_address", "town", "pickup_car_reg", "meds/conditions"], rows, "tsv")
    return d


def ro_team(rng, ref):
    d = Doc()
    u = rng.choice([11, 13, 14, 16])
    d.t(
        f"U{u} {rng.choice(['Girls', 'Boys', 'Mixed'])} — Team sheet vs {rng.choice(['Rovers', 'Athletic', 'FC Blau-Weiss', 'Juventus Academy'])} — KO 10:30 Pitch {rng.randint(1, 8)}\n"
    )
    rows = []
    for n in rng.sample(range(1, 24), rng.randint(5, 8)):
        k, age, dob = kid_row(rng, ref, u - 2, u - 1)
        c = V.person(rng, latin=True)
        rows.append(
            [
                str(n),
                P(k["full"]),
                ("DATE_OF_BIRTH", V.fmt_date(rng, dob, 3)),
                rng.choice(["GK", "DEF", "MID", "FWD"]),
                P(c["given"]),
                ("PHONE_NUMBER", V.phone(rng, rng.choice(["GB", "DE", "CH", "FR"]), 2)),
            ]
        )
    table(d, ["No", "Player", "Born", "Pos", "Emerg. contact", "Tel"], rows, "space")
    d.t(f"Coach sign-off: ____  Licence {rng.choice('ABC')}-{rng.randint(10000, 99999)}\n")
    return d


OCR = str.maketrans({"l": "1", "O": "0", "e": "c", "m": "rn", "i": "l"})


def ro_ocr_slip(rng, ref):
    d = Doc()
    k, age, dob = kid_row(rng, ref, 6, 14)
    g = V.person(rng, latin=True)
    cc = rng.choice(["GB", "IE", "US"])
    lab = lambda s: s.translate(OCR) if rng.random() < 0.4 else s  # noqa: E731
    d.t(lab("PERMISSION SLIP - Museum trip") + f" {ref:%d/%m}\n")
    d.t(lab("Child name") + ":  ").e("PERSON", k["full"]).t("   " + lab("Age") + ": ").e("MINOR_AGE", str(age)).t("\n")
    d.t(lab("Date of birth") + " : ").e("DATE_OF_BIRTH", V.fmt_date(rng, dob, rng.choice([0, 1]))).t("\n")
    d.t(lab("Parent/Guardian") + ":").e("PERSON", g["full"]).t("  " + lab("Signature") + ": ~~~~\n")
    d.t(lab("Emergency Tel") + ". ").e("PHONE_NUMBER", V.phone(rng, cc, rng.choice([1, 7]))).t("\n")
    d.t(lab("Home address") + ": ").e("STREET_ADDRESS", V.street(rng, cc)).t(", ").e("LOCATION", V.town(rng, cc)[0]).t(
        "\n"
    )
    d.t(lab("Medical info / allergies") + ": ").e("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)).t("; carries ").e(
        "MEDICAL_CONDITION", rng.choice(["EpiPen", "inhaler", "insulin pen"])
    ).t("\n")
    return d


def ro_sponsor(rng, ref):
    d = Doc()
    k = V.person(rng, latin=True)
    d.t("SPONSORED SWIM — sponsor form for ").e("PERSON", k["given"]).t(f" (lengths target {rng.randint(20, 80)})\n")
    d.t("Sponsor | Home address | Pledge | Gift Aid | Payment\n")
    for _ in range(rng.randint(3, 5)):
        s = V.person(rng, latin=True)
        cc = rng.choice(["GB", "IE", "DE", "CH", "FR", "NL"])
        d.e("PERSON", s["full"]).t(" | ").e("STREET_ADDRESS", V.street(rng, cc)).t(
            f" | £{rng.randint(1, 20)}.00 | {rng.choice(['Y', 'N', '✓'])} | "
        )
        if rng.random() < 0.5:
            d.t("IBAN ").e("IBAN_CODE", V.iban(rng, cc if cc in V.IBAN_SHAPES else "GB"))
        else:
            d.t("card ").e("CREDIT_CARD", V.card(rng))
        d.t("\n")
    return d


def ro_volunteer(rng, ref):
    d = Doc()
    d.t(
        f"Volunteer rota + background checks — {rng.choice(['Saturday club', 'Holiday camp', 'Youth choir'])} — {V.noise_ref(rng)}\n"
    )
    rows = []
    for _ in range(rng.randint(3, 5)):
        v = V.person(rng, rng.choice(["american", "mexican", "english", "korean_latn", "igbo", "filipino"]))
        st, dl = V.us_dl(rng)
        k = rng.randint(0, 3)
        idc = [
            ("US_SSN", V.ssn(rng)),
            ("US_DRIVER_LICENSE", dl),
            ("US_PASSPORT", V.us_passport(rng)),
            ("US_ITIN", V.itin(rng)),
        ][k]
        crimv = rng.choice([("CRIMINAL_HISTORY", V.crim(rng)), "clear", "clear", "pending"])
        rows.append(
            [
                P(v["full"]),
                rng.choice(["Sat AM", "Sat PM", "Sun", "Wed eve"]),
                ["SSN", "DL " + st, "Passport", "ITIN"][k],
                idc,
                crimv,
                ("PHONE_NUMBER", V.phone(rng, "US", rng.choice([1, 7]))),
            ]
        )
    table(d, ["Volunteer", "Shift", "ID type", "ID no.", "Check result", "Cell"], rows, rng.choice(["pipe", "space"]))
    return d


HEADERS = {
    "de": ["Name", "Geburtsdatum", "Alter", "Erziehungsberechtigte/r", "Telefon", "Allergien"],
    "fr": ["Nom", "Né(e) le", "Âge", "Responsable légal", "Tél.", "Remarques médicales"],
    "es": ["Nombre", "Fecha nac.", "Edad", "Tutor", "Teléfono", "Observaciones"],
    "it": ["Nome", "Data di nascita", "Età", "Genitore", "Cellulare", "Note mediche"],
    "nl": ["Naam", "Geboortedatum", "Leeftijd", "Ouder/verzorger", "Telefoon", "Medisch"],
}


def ro_multilang(rng, ref):
    d = Doc()
    lang = rng.choice(sorted(HEADERS))
    cc = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL"}[lang]
    cult = {"de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch"}[lang]
    d.t(
        {
            "de": "Anmeldeliste Ferienlager",
            "fr": "Inscriptions colonie de vacances",
            "es": "Inscripciones campamento",
            "it": "Iscrizioni centro estivo",
            "nl": "Inschrijvingen zomerkamp",
        }[lang]
        + f" {ref.year}\n"
    )
    rows = []
    for _ in range(rng.randint(3, 6)):
        k, age, dob = kid_row(rng, ref, 6, 13)
        k = V.person(rng, cult if rng.random() < 0.6 else None)
        g = V.person(rng, cult)
        med = rng.choice(S.CONDITIONS + ["—", "keine", "aucune", "ninguna"])
        rows.append(
            [
                P(k["full"]),
                ("DATE_OF_BIRTH", V.fmt_date(rng, dob, 3 if lang in "de nl" else 0)),
                ("MINOR_AGE", str(age)),
                P(g["full"]),
                ("PHONE_NUMBER", V.phone(rng, cc, rng.choice([1, 2]))),
                ("MEDICAL_CONDITION", med) if med in S.CONDITIONS else med,
            ]
        )
    table(d, HEADERS[lang], rows, rng.choice(["pipe", "tsv", "space"]))
    return d


def ro_meaningless(rng, ref):
    d = Doc()
    d.t(f"export_{ref:%Y%m%d}_{V.hexs(rng, 6)}.csv\n")
    d.t("c1,c2,c3,fld_12,fld_13,x_7,c9\n")
    for i in range(rng.randint(4, 7)):
        k, age, dob = kid_row(rng, ref, 8, 17)
        d.t(f"{1000 + i},").e("PERSON", k["full"]).t(",").e("DATE_OF_BIRTH", V.fmt_date(rng, dob, 2)).t(",").e(
            "MINOR_AGE", str(age)
        ).t(",")
        d.e("EMAIL_ADDRESS", V.email(rng, V.person(rng, latin=True), 0)).t(",")
        idk = rng.choice(["pesel", "pnr", "hetu", "cf", "amka", "bsn", "dni", "idnr", "cpf"])
        d.e("NATIONAL_ID", V.nid(rng, idk, dob)).t(f",{rng.choice(['Y', 'N', ''])}\n")
    return d


def ro_pickup(rng, ref):
    d = Doc()
    k, age, dob = kid_row(rng, ref, 4, 11)
    st, _ = V.us_dl(rng)
    d.t("AUTHORISED PICKUP LIST\nChild: ").e("PERSON", k["full"]).t(", age ").e("MINOR_AGE", str(age)).t("\n")
    for rel in rng.sample(["Mother", "Grandfather", "Aunt", "Childminder", "Father"], 2):
        a = V.person(rng)
        s2, dl = V.us_dl(rng, st)
        d.t(f"  {rel}: ").e("PERSON", a["full"]).t(f" — DL ({s2}) ").e("US_DRIVER_LICENSE", dl).t(" — car ").e(
            "VEHICLE_PLATE", V.plate(rng, "US")
        ).t(" — ").e("PHONE_NUMBER", V.phone(rng, "US", rng.choice([1, 3, 7]))).t("\n")
    b = V.person(rng)
    d.t("NOT AUTHORISED: ").e("PERSON", b["full"]).t(" (").e(
        "CRIMINAL_HISTORY",
        rng.choice(["under a restraining order", "subject to a protective order", "registered sex offender"]),
    ).t(") — call 911\n")
    return d


def ro_equality(rng, ref):
    d = Doc()
    d.t(f"Volunteer equality monitoring (confidential) — {rng.choice(S.ORGS)} Foundation youth programme\n")
    rows = []
    for _ in range(rng.randint(3, 6)):
        v = V.person(rng)
        age = rng.randint(18, 70)
        rows.append(
            [
                P(v["full"]),
                ("AGE", str(age)),
                ("ETHNIC_ORIGIN", rng.choice(S.ETHNIC)),
                ("SEXUAL_ORIENTATION", rng.choice(S.ORIENTATION)) if rng.random() < 0.8 else "prefer not to say",
                ("GENDER_IDENTITY", rng.choice(S.GENDER_ID)) if rng.random() < 0.8 else "—",
                ("MEDICAL_CONDITION", rng.choice(S.CONDITIONS)) if rng.random() < 0.5 else "none",
            ]
        )
    table(
        d,
        ["Name", "Age", "Ethnicity", "Orientation", "Gender identity", "Disability"],
        rows,
        rng.choice(["pipe", "space"]),
    )
    return d


def ro_donor(rng, ref):
    d = Doc()
    d.t(f"donor_id;name;email;tax_id;routing;account;gift_usd;receipt\n")
    for i in range(rng.randint(3, 5)):
        p = V.person(rng, rng.choice(["american", "mexican", "english", "chinese_latn", "hindi_latn"]))
        d.t(f"D{rng.randint(10000, 99999)};").e("PERSON", p["full"]).t(";").e(
            "EMAIL_ADDRESS", V.email(rng, p, rng.choice([0, 0, 2]))
        ).t(";")
        d.e(*rng.choice([("US_SSN", V.ssn(rng)), ("US_ITIN", V.itin(rng))])).t(";").e(
            "ABA_ROUTING_NUMBER", V.aba(rng)
        ).t(";").e("US_BANK_NUMBER", V.bank_account(rng))
        d.t(f";{rng.randint(10, 500)}.00;{rng.choice(['sent', 'pending'])}\n")
    return d


def ro_club_signup(rng, ref):
    d = Doc()
    d.t(f"Chess club sign-up ({rng.choice(S.SCHOOLS)}) — pls write clearly!!\n")
    for i in range(rng.randint(4, 6)):
        k, age, dob = kid_row(rng, ref, 8, 15)
        h = V.handle(rng, k)
        d.t(f"{i + 1}. ").e("PERSON", name_form(rng, k)).t(" ").e("MINOR_AGE", str(age)).t(
            rng.choice(["yrs", " y/o", "", " years"]) + " — lichess: "
        ).e("USERNAME", h)
        if rng.random() < 0.5:
            d.t(" — mum's no. ").e("PHONE_NUMBER", V.phone(rng, rng.choice(["GB", "IE", "AU"]), rng.choice([1, 5])))
        d.t("\n")
    return d


ROSTER = [
    ro_pipe,
    ro_camp_tsv,
    ro_team,
    ro_ocr_slip,
    ro_sponsor,
    ro_volunteer,
    ro_multilang,
    ro_meaningless,
    ro_pickup,
    ro_equality,
    ro_donor,
    ro_club_signup,
]


# ============================================================ NEGATIVES (no PII)
from stdnum import ean as std_ean  # noqa: E402
from stdnum import isbn as std_isbn  # noqa: E402

CLUBS = [
    "Athletic Club",
    "FC Blau-Weiss",
    "Harbour Rovers",
    "Red Star",
    "Sporting CP",
    "Olympique",
    "Wanderers",
    "Real Unión",
    "Young Boys",
    "Dynamo",
    "Borussia",
    "Racing Club",
    "United",
    "Juventus",
    "Grasshopper Club",
    "Celtic",
    "Rapid",
    "Ajax",
    "Benfica",
    "Lokomotiv",
]


def ng_league(rng, ref):
    d = Doc()
    d.t(
        f"Division {rng.choice(['One', 'Two', 'A', 'B'])} — table after matchday {rng.randint(5, 30)} ({ref:%d.%m.%Y})\n"
    )
    d.t("Pos  Team                 P   W   D   L   GF  GA   GD  Pts\n")
    teams = rng.sample(CLUBS, rng.randint(6, 10))
    for i, tm in enumerate(teams, 1):
        w, dr, l = rng.randint(2, 20), rng.randint(0, 9), rng.randint(0, 15)
        gf, ga = rng.randint(10, 60), rng.randint(10, 60)
        d.t(f"{i:<5}{tm:<21}{w + dr + l:<4}{w:<4}{dr:<4}{l:<4}{gf:<4}{ga:<4}{gf - ga:+4}  {3 * w + dr}\n")
    return d


def ng_fixtures(rng, ref):
    d = Doc()
    d.t(f"FIXTURES — Round {rng.randint(1, 38)}\n")
    for i in range(rng.randint(4, 7)):
        a, b = rng.sample(CLUBS, 2)
        day = ref + dt.timedelta(days=i // 2)
        d.t(
            f"{day:%a %d %b}  {rng.choice(['12:30', '15:00', '17:30', '20:45'])}  {a} v {b}  (Ground {rng.randint(1, 20)}, TV: {rng.choice(['yes', 'no'])}, match no. {rng.randint(1000, 9999)})\n"
        )
    return d


def ng_timetable(rng, ref):
    d = Doc()
    line = rng.choice(["S12", "IC 718", "RE 4", "Bus 33", "N7", "Tram 11", "X90"])
    stops = rng.sample(
        [
            "Central",
            "Airport T2",
            "Harbour",
            "University",
            "Hospital Main Gate",
            "Old Town",
            "Market Square",
            "Stadium",
            "Depot",
            "Ferry Terminal",
            "Science Park",
            "Retail Park",
        ],
        5,
    )
    d.t(
        f"Line {line} — valid from {ref:%d.%m.%Y} — Mon-Fri\nStop                  "
        + "  ".join(f"{x:>5}" for x in range(1, 5))
        + "  Pl.\n"
    )
    h0 = rng.randint(5, 9)
    for j, s in enumerate(stops):
        times = [f"{h0 + k:02d}:{(rng.randint(0, 5) + j * 7) % 60:02d}" for k in range(4)]
        d.t(f"{s:<22}" + "  ".join(times) + f"  {rng.randint(1, 14)}{rng.choice(['', 'a', 'b'])}\n")
    d.t(
        f"Route code {V.hexs(rng, 4, string.ascii_uppercase + string.digits)}; replacement buses on {ref + dt.timedelta(days=9):%d/%m}.\n"
    )
    return d


def ng_recipe(rng, ref):
    d = Doc()
    dish = rng.choice(
        [
            "Beef Wellington",
            "Eggs Benedict",
            "Brussels sprouts with chestnuts",
            "Victoria sponge",
            "Peach Melba",
            "Caesar salad",
            "Black Forest gateau",
            "Sachertorte",
            "Bircher muesli",
            "Pavlova",
        ]
    )
    d.t(
        f"RECIPE CARD #{rng.randint(100, 999)} — {dish}\nServes {rng.randint(2, 8)} | Prep {rng.randint(10, 40)} min | Oven {rng.choice([160, 180, 200, 220])}°C / gas {rng.randint(3, 7)}\n"
    )
    for _ in range(rng.randint(4, 7)):
        unit = rng.choice(["g", "ml", "tbsp", "tsp", "pcs"])
        qty = {
            "g": rng.choice([25, 50, 100, 150, 200, 250, 400]),
            "ml": rng.choice([50, 100, 150, 300]),
            "tbsp": rng.randint(1, 4),
            "tsp": rng.randint(1, 3),
            "pcs": rng.randint(1, 6),
        }[unit]
        d.t(
            f"- {qty} {unit} {rng.choice(['plain flour', 'caster sugar', 'unsalted butter', 'free-range eggs', 'double cream', 'Dijon mustard', 'Worcestershire sauce', 'Parmesan', 'Brussels sprouts', 'Béarnaise sauce'])}\n"
        )
    d.t(
        f"Method: mix, rest {rng.randint(10, 60)} min, bake until golden. Nutrition per serving: {rng.randint(200, 900)} kcal.\n"
    )
    return d


def ng_tides(rng, ref):
    d = Doc()
    d.t(f"TIDE TABLE — gauge station {rng.randint(10000, 99999)} (Pier {rng.randint(1, 9)}) — times UTC\n")
    for i in range(rng.randint(4, 7)):
        day = ref + dt.timedelta(days=i)
        d.t(
            f"{day:%Y-%m-%d}  HW {rng.randint(0, 11):02d}:{rng.randint(0, 59):02d} {rng.uniform(3, 9):.2f} m   LW {rng.randint(12, 23):02d}:{rng.randint(0, 59):02d} {rng.uniform(0, 2):.2f} m   "
            f"wind {rng.choice(['N', 'NE', 'SW', 'W'])} {rng.randint(5, 40)} kn  {rng.randint(-5, 28)}°C  QNH {rng.randint(990, 1035)} hPa\n"
        )
    d.t(
        f"Forecast zone {rng.randint(1, 16)}: {rng.choice(['fair', 'rain later', 'squally showers', 'fog patches'])}. Datum: chart datum CD-{rng.randint(1, 9)}.\n"
    )
    return d


def ng_lockfile(rng, ref):
    d = Doc()
    pk = rng.sample(
        [
            "lodash",
            "serde",
            "requests",
            "left-pad",
            "tokio",
            "numpy",
            "chalk",
            "urllib3",
            "react-dom",
            "anyhow",
            "certifi",
            "zod",
        ],
        4,
    )
    if rng.random() < 0.5:
        for p in pk:
            v = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
            d.t(
                f'[[package]]\nname = "{p}"\nversion = "{v}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{V.hexs(rng, 64)}"\n\n'
            )
    else:
        d.t('{\n  "lockfileVersion": 3,\n  "packages": {\n')
        for p in pk:
            v = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
            sri = base64_of(rng, 64)
            d.t(
                f'    "node_modules/{p}": {{"version": "{v}", "resolved": "https://registry.npmjs.org/{p}/-/{p}-{v}.tgz", "integrity": "sha512-{sri}"}},\n'
            )
        d.t("  }\n}\n")
    return d


def base64_of(rng, n):
    import base64

    return base64.b64encode(bytes(rng.randint(0, 255) for _ in range(n))).decode()


def ng_formulas(rng, ref):
    d = Doc()
    d.t(f"Sheet '{rng.choice(['Budget', 'Inventory', 'Q3 forecast', 'Rota template'])}' — formulas view\n")
    fs = [
        "=VLOOKUP($B{r},Data!$A$2:$F${n},{k},FALSE)",
        '=SUMIFS(D:D,A:A,">="&DATE(2024,{m},1),C:C,"Open")',
        '=IFERROR(INDEX(H2:H{n},MATCH(E{r},G2:G{n},0)),"-")',
        '=TEXT(NOW(),"yyyy-mm-dd")',
        "=ROUND(AVERAGE(B{r}:M{r}),2)",
        "=XLOOKUP(A{r},'Price list'!A:A,'Price list'!D:D)",
        '=COUNTIF($C$2:$C${n},"<>"&"")',
        '=MID(A{r},{k},4)&"-"&RIGHT(A{r},3)',
    ]
    for i in range(rng.randint(5, 8)):
        col = rng.choice("ABCDEFGHJK")
        d.t(
            f"{col}{i + 2}: "
            + rng.choice(fs).format(
                r=rng.randint(2, 400), n=rng.randint(100, 5000), k=rng.randint(2, 9), m=rng.randint(1, 12)
            )
            + "\n"
        )
    return d


REACTIONS = [
    "Diels–Alder cycloaddition",
    "Friedel–Crafts acylation",
    "Grignard addition",
    "Wittig olefination",
    "Suzuki–Miyaura coupling",
    "Michaelis–Menten kinetics",
    "Fischer esterification",
    "Claisen condensation",
    "Sandmeyer reaction",
    "Buchwald–Hartwig amination",
    "Hofmann elimination",
    "Cannizzaro reaction",
]
ATC = [
    ("N02BE01", "Anilides"),
    ("J01CA04", "Penicillins with extended spectrum"),
    ("R03AC02", "Selective beta-2-adrenoreceptor agonists"),
    ("A10AE04", "Insulins and analogues, long-acting"),
    ("N06BA04", "Centrally acting sympathomimetics"),
    ("M01AE01", "Propionic acid derivatives"),
    ("C09AA05", "ACE inhibitors, plain"),
    ("N03AX14", "Other antiepileptics"),
]


def cas(rng):
    body = str(rng.randint(50, 999999))
    digs = body[:-2] + body[-2:]
    chk = sum((i + 1) * int(c) for i, c in enumerate(reversed(digs))) % 10
    return f"{body[:-2]}-{body[-2:]}-{chk}"


def ng_chem(rng, ref):
    d = Doc()
    d.t(f"Lab reference sheet rev. {rng.randint(1, 9)}.{rng.randint(0, 9)}\n")
    for r in rng.sample(REACTIONS, 3):
        d.t(
            f"* {r}: yield {rng.randint(40, 98)}%, {rng.randint(-78, 140)} °C, CAS {cas(rng)}, InChIKey {V.hexs(rng, 14, string.ascii_uppercase)}-{V.hexs(rng, 10, string.ascii_uppercase)}-N\n"
        )
    for code, grp in rng.sample(ATC, 3):
        d.t(f"ATC {code} — {grp}; DDD {rng.choice([0.5, 1, 3, 10, 40])} {rng.choice(['g', 'mg', 'U'])} O\n")
    d.t(f"See Henderson–Hasselbalch equation and Beer–Lambert law; pKa {rng.uniform(2, 11):.2f}.\n")
    return d


def ng_parts(rng, ref):
    d = Doc()
    d.t(
        f"PARTS CATALOGUE p.{rng.randint(10, 400)} — {rng.choice(['Bosch', 'Makita', 'Würth', 'Siemens', 'Hewlett-Packard', 'Philips'])} compatible\n"
    )
    for _ in range(rng.randint(4, 7)):
        d.t(
            f"{rng.choice(['M', 'A', 'HX'])}{rng.randint(100, 999)}-{rng.randint(10, 99)}{rng.choice('ABCDX')}  {rng.choice(['Phillips screwdriver PH2', 'Allen key 5 mm', 'hex bolt M8x25 DIN 933', 'Torx T20 bit', 'Schrader valve core', 'Bowden cable 1.5 m', 'Diesel injector seal', 'Pitot tube cover'])}  "
            f"€{rng.randint(1, 300)}.{rng.randint(0, 99):02d}  stock {rng.randint(0, 900)}  ISBN-manual {std_isbn.format(isbn13(rng))}\n"
        )
    return d


def isbn13(rng):
    body = "978" + str(rng.randint(0, 1)) + "".join(rng.choice(string.digits) for _ in range(8))
    return body + std_ean.calc_check_digit(body)


def gtin(rng, n):
    body = "".join(rng.choice(string.digits) for _ in range(n - 1))
    return body + std_ean.calc_check_digit(body)


def ng_barcodes(rng, ref):
    d = Doc()
    d.t("item,ean13,upc_a,gtin14,qty,batch\n")
    for _ in range(rng.randint(4, 7)):
        d.t(
            f"{rng.choice(['oat drink 1L', 'AA batteries x8', 'pencil HB', 'notebook A5', 'plasters 20pk', 'juice box'])},{gtin(rng, 13)},{gtin(rng, 12)},{gtin(rng, 14)},{rng.randint(1, 400)},L{rng.randint(1000, 9999)}{rng.choice('ABC')}\n"
        )
    return d


def ng_warehouse(rng, ref):
    d = Doc()
    d.t(f"PICK LIST wave {rng.randint(100, 999)} — DC{rng.randint(1, 9)} — {ref.isoformat()}\n")
    for _ in range(rng.randint(4, 8)):
        d.t(
            f"bin {rng.choice('ABCDEF')}-{rng.randint(1, 40):02d}-{rng.randint(1, 12):02d}-{rng.choice('LMU')}  SSCC (00){gtin(rng, 18)}  SKU {V.hexs(rng, 3, string.ascii_uppercase)}{rng.randint(1000, 9999)}  qty {rng.randint(1, 48)}  lot {rng.randint(10**5, 10**6)}\n"
        )
    return d


def ng_pnr(rng, ref):
    d = Doc()
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    d.t(f"BOOKING CONFIRMATION — record locator {code}\n")
    for i in range(rng.randint(2, 3)):
        day = ref + dt.timedelta(days=3 * i + 1)
        d.t(
            f"{rng.choice(['LX', 'BA', 'AF', 'LH', 'EI', 'KL'])} {rng.randint(100, 2999)}  {day:%d%b}  {rng.choice(['ZRH', 'LHR', 'CDG', 'FRA', 'DUB', 'AMS', 'GVA'])}-{rng.choice(['BRU', 'MAN', 'LIS', 'VIE', 'CPH'])}  "
            f"dep {rng.randint(6, 21):02d}:{rng.choice(['05', '20', '45'])}  seat {rng.randint(1, 38)}{rng.choice('ABCDEF')}  fare {rng.choice(['YLOWCH', 'KSAVER', 'QFLEX'])}  e-tkt {rng.randint(100, 999)}-{rng.randint(10**9, 10**10)}\n"
        )
    d.t(f"Baggage: {rng.randint(0, 2)}PC. Passenger details: see app.\n")
    return d


def ng_places(rng, ref):
    d = Doc()
    bits = [
        "the Geneva Convention",
        "Brussels sprouts",
        "the Vienna Convention on the Law of Treaties",
        "a Hamburg steak",
        "the Bologna Process",
        "Stockholm syndrome",
        "the Paris Agreement",
        "Black Forest ham",
        "the Schengen Area",
        "Dijon mustard",
        "a Bakewell tart",
        "the Helsinki Final Act",
        "a Berliner doughnut",
        "Oxford commas",
        "the Kyoto Protocol",
        "Worcestershire sauce",
        "Parmesan shavings",
        "a Venn diagram",
        "the Nobel Prize",
        "Turing-complete languages",
    ]
    chosen = rng.sample(bits, 4)
    d.t(
        f"Quiz night round {rng.randint(1, 8)}: questions on {chosen[0]}, {chosen[1]} and {chosen[2]}. Bonus: what links {chosen[3]} to Q{rng.randint(1, 20)}? Table {rng.randint(1, 30)} wins, {rng.randint(20, 90)} points.\n"
    )
    return d


def ng_blockchain(rng, ref):
    d = Doc()
    d.t(f"Block #{rng.randint(10**6, 2 * 10**7)}  Timestamp {ref.isoformat()}  Txns {rng.randint(50, 400)}\n")
    for _ in range(rng.randint(3, 5)):
        d.t(
            f"Tx 0x{V.hexs(rng, 64)}  From 0x{V.hexs(rng, 40)} → To 0x{V.hexs(rng, 40)}  {rng.uniform(0, 5):.6f} ETH  gas {rng.randint(21000, 300000)}  nonce {rng.randint(0, 999)}\n"
        )
    d.t(f"Merkle root {V.hexs(rng, 64)}\n")
    return d


def ng_form_template(rng, ref):
    d = Doc()
    d.t(
        f"{rng.choice(['CAMP REGISTRATION', 'CONSENT FORM', 'VOLUNTEER APPLICATION', 'REFERRAL TEMPLATE'])} (v{rng.randint(1, 6)}) — leave blank if unknown\n"
    )
    fields = [
        "Child's full name: ______________________",
        "Date of birth: __ / __ / ____",
        "Age: [   ]",
        "Guardian phone: (___) ___-____",
        "E-mail: ________@________",
        "Address line 1: {{address_line_1}}",
        "Town/City: <TOWN>",
        "NHS/AHV number: [           ]",
        "SSN: XXX-XX-XXXX",
        "Card number: •••• •••• •••• ____",
        "Vehicle registration: _______",
        "Medical conditions: ☐ asthma-type  ☐ allergy  ☐ other ______",
        "Name: {first_name} {last_name}",
        "IBAN: CHxx xxxx xxxx xxxx xxxx x",
        "Signature: ______  Date: ______",
    ]
    for f in rng.sample(fields, rng.randint(6, 9)):
        d.t(f + "\n")
    return d


def ng_manifest(rng, ref):
    d = Doc()
    d.t(
        f"release: {rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)}\ncommit: {V.hexs(rng, 40)}\n"
    )
    d.t(
        f"image: registry.example.invalid/safeapp/api@sha256:{V.hexs(rng, 64)}\nbuild_id: {rng.randint(10**5, 10**6)}\n"
    )
    d.t(
        "fixes:\n"
        + "".join(f"  - CVE-{rng.randint(2019, 2024)}-{rng.randint(1000, 49999)}\n" for _ in range(rng.randint(1, 3)))
    )
    d.t(
        f"min_os: iOS {rng.randint(14, 17)}.0 / Android API {rng.randint(24, 34)}\nrollout: {rng.choice([1, 5, 10, 50, 100])}%\n"
    )
    return d


def ng_chess(rng, ref):
    d = Doc()
    op = rng.choice(
        [
            "Sicilian Defence, Najdorf Variation",
            "Ruy Lopez, Berlin Defence",
            "Caro–Kann Defence",
            "Nimzo-Indian Defence",
            "Queen's Gambit Declined",
            "King's Indian, Sämisch",
        ]
    )
    d.t(
        f'[Event "Club league rd {rng.randint(1, 9)}"]\n[ECO "{rng.choice("ABCDE")}{rng.randint(0, 99):02d}"]\n[Opening "{op}"]\n[Result "{rng.choice(["1-0", "0-1", "1/2-1/2"])}"]\n'
    )
    moves = [
        "e4",
        "c5",
        "Nf3",
        "d6",
        "d4",
        "cxd4",
        "Nxd4",
        "Nf6",
        "Nc3",
        "a6",
        "Be3",
        "e5",
        "Nb3",
        "Be6",
        "f3",
        "Be7",
        "Qd2",
        "O-O",
    ]
    d.t(" ".join(f"{i // 2 + 1}. {moves[i]} {moves[i + 1]}" for i in range(0, rng.choice([10, 14, 18]), 2)) + "\n")
    return d


def ng_standards(rng, ref):
    d = Doc()
    d.t(
        "Compliance checklist for toy kit SKU "
        + f"{V.hexs(rng, 2, string.ascii_uppercase)}-{rng.randint(1000, 9999)}\n"
    )
    for s in rng.sample(
        [
            "EN 71-1:2014+A1:2018",
            "EN 71-3:2019",
            "ISO 8124-1",
            "IEC 62115:2017",
            "ASTM F963-17",
            "RFC 5322 (mail format)",
            "ISO 3166-1 alpha-2",
            "UN 38.3",
            "REACH Annex XVII",
        ],
        5,
    ):
        d.t(
            f"[{rng.choice(['x', ' ', 'x'])}] {s} — report no. {rng.choice(['TR', 'LAB'])}{rng.randint(10**6, 10**7)} issued {ref - dt.timedelta(days=rng.randint(10, 400)):%Y-%m-%d}\n"
        )
    return d


NEGATIVE = [
    ng_league,
    ng_fixtures,
    ng_timetable,
    ng_recipe,
    ng_tides,
    ng_lockfile,
    ng_formulas,
    ng_chem,
    ng_parts,
    ng_barcodes,
    ng_warehouse,
    ng_pnr,
    ng_places,
    ng_blockchain,
    ng_form_template,
    ng_manifest,
    ng_chess,
    ng_standards,
]
REGISTERS = {
    "livechat": LIVECHAT,
    "codeswitch": CODESWITCH,
    "clinical": CLINICAL,
    "telemetry": TELEMETRY,
    "roster": ROSTER,
}
