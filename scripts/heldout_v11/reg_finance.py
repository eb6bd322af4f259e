"""Register 2: finance_export -- donation-side finance records."""

from kit import age_v, api_key, dob_v, hexs, med_v, money, password, pin, ref_code, ts, ts_sorted
from people import email, make_person, obfuscated_email, pname, username
from places import address, town_value
from sources import BANKS, PAYMENT_PROCESSORS
from values import (
    V,
    aba_routing,
    card_number,
    card_value,
    fmt_card,
    fmt_date,
    iban_value,
    ip_value,
    masked_card,
    national_id,
    other_date,
    phone_value,
    rdigits,
    us_account,
    us_dl_value,
    us_itin_value,
    us_passport_value,
    us_ssn_value,
)


CUR = {
    "GB": "£",
    "IE": "€",
    "US": "$",
    "DE": "€",
    "NL": "€",
    "FR": "€",
    "AU": "A$",
    "CA": "C$",
    "ES": "€",
    "IT": "€",
    "BE": "€",
    "AT": "€",
}
CUR_CODE = {"GB": "GBP", "IE": "EUR", "US": "USD", "DE": "EUR", "NL": "EUR", "AU": "AUD", "CA": "CAD", "FR": "EUR"}
CSV_CC = ["GB", "US", "IE", "DE", "NL", "AU", "CA", "FR"]
DATE_STYLE = {
    "GB": "uk",
    "IE": "uk",
    "US": "us",
    "DE": "de",
    "NL": "nl",
    "AU": "uk",
    "CA": "iso",
    "FR": "fr",
    "ES": "es",
    "IT": "it",
    "BE": "fr",
    "AT": "de",
}


def _csv_field(b, parts, sep):
    """Write one CSV field; quote it when its text contains the separator."""
    text = "".join(p.text if isinstance(p, V) else str(p) for p in (parts if isinstance(parts, list) else [parts]))
    quote = sep in text or '"' in text
    if quote:
        b.add('"')
    b.put(parts)
    if quote:
        b.add('"')


def processor_csv(d):
    rng, b = d.rng, d.b
    cc = d.pick(CSV_CC)
    proc = d.pick(PAYMENT_PROCESSORS)
    sep = d.pick([",", ",", ";", "\t"])
    cols = [
        "id",
        "created",
        "amount",
        "currency",
        "status",
        "customer_name",
        "customer_email",
        "card_brand",
        "card_last4",
        "billing_line1",
        "billing_city",
        "billing_postcode",
        "billing_country",
        "client_ip",
        "description",
    ]
    drop = rng.sample(["customer_email", "client_ip", "billing_postcode", "status", "card_brand"], rng.randint(0, 2))
    cols = [c for c in cols if c not in drop]
    b.line(f"# {proc} export - donations - generated ", ts(rng, d.ref, "isoz", 1))
    b.line(sep.join(cols))
    for stamp in ts_sorted(rng, d.ref, rng.randint(3, 7), "isoz", 30):
        donor = make_person(rng, d.ref)
        a = address(rng, cc)
        brand, digits = card_number(rng)
        memo_kind = rng.random()
        if memo_kind < 0.25:
            memo = ["phone gift - card read out as ", V(fmt_card(rng, digits), "CREDIT_CARD")]
        elif memo_kind < 0.3:
            kid = make_person(rng, d.ref, age=rng.randint(6, 17))
            memo = ["in memory of ", pname(kid, "given"), ", ", age_v(kid.age(d.ref))]
        elif memo_kind < 0.4:
            memo = ["sponsor ", pname(make_person(rng, d.ref), "full"), " fun run"]
        else:
            memo = [d.pick(["monthly gift", "one-off donation", "appeal: winter helpline", "event ticket", "raffle"])]
        row = {
            "id": f"ch_{hexs(rng, 14)}",
            "created": stamp,
            "amount": f"{rng.choice([5, 10, 20, 25, 50, 100, rng.randint(3, 300)])}.00",
            "currency": CUR_CODE[cc],
            "status": d.pick(["succeeded", "succeeded", "refunded", "failed"]),
            "customer_name": pname(donor, d.pick(["full", "full", "caps", "inverted_plain"])),
            "customer_email": email(rng, donor),
            "card_brand": brand.lower(),
            "card_last4": digits[-4:],
            "billing_line1": a["street"],
            "billing_city": a["town"],
            "billing_postcode": a["postcode"],
            "billing_country": cc,
            "client_ip": ip_value(rng, 0.2),
            "description": memo,
        }
        for i, c in enumerate(cols):
            if i:
                b.add(sep)
            _csv_field(b, row[c], sep)
        b.add("\n")


def crm_tsv(d):
    rng, b = d.rng, d.b
    cc = d.pick(["GB", "IE", "AU", "US", "CA"])
    b.line("Supporter ID\tName\tDOB\tPhone\tEmail\tPostcode\tGift Aid\tLast gift\tNotes")
    for _ in range(rng.randint(3, 6)):
        p = make_person(rng, d.ref, age=rng.randint(19, 88))
        note_kind = rng.random()
        if note_kind < 0.2:
            rel = "grandson " if p.age(d.ref) > 55 else "son "
            note = [
                rel,
                pname(make_person(rng, d.ref, culture=p.culture, sex="m"), "given"),
                " (",
                age_v(rng.randint(5, 17)),
                ") has ",
                med_v(rng),
                " - gives in thanks",
            ]
        elif note_kind < 0.35:
            note = ["prefers calls after 6pm on ", phone_value(rng, cc)]
        elif note_kind < 0.42:
            note = ["new email (typed by caller) ", obfuscated_email(rng, p)]
        elif note_kind < 0.5:
            note = ["moved to ", address(rng, cc)["parts"]]
        elif note_kind < 0.6:
            note = ["donor portal login ", username(rng, p), ", temp password ", password(rng)]
        elif note_kind < 0.7:
            note = ["widow of ", pname(make_person(rng, d.ref, culture=p.culture, sex="m"), "full"), "; legacy pledger"]
        else:
            note = [d.pick(["no mailings", "event volunteer too", "newsletter only", "", "raffle 2024"])]
        dob = dob_v(rng, p, DATE_STYLE.get(cc, "uk")) if d.maybe(0.6) else ""
        b.line(
            f"SUP{rdigits(rng, 6)}\t",
            pname(p, d.pick(["full", "inverted_plain", "initial"])),
            "\t",
            dob,
            "\t",
            phone_value(rng, cc) if d.maybe(0.7) else "",
            "\t",
            email(rng, p) if d.maybe(0.7) else "",
            "\t",
            address(rng, cc)["postcode"],
            "\t",
            d.pick(["Y", "N", "Y"]) if cc == "GB" else "n/a",
            "\t",
            fmt_date(rng, other_date(rng, d.ref, 200), "iso"),
            "\t",
            note,
        )


def bank_statement(d):
    rng, b = d.rng, d.b
    cc = d.pick(["GB", "GB", "DE", "NL", "FR", "IE"])
    bank = d.pick(BANKS)
    acct_iban = None
    b.line(bank, " - statement extract - charity current account")
    if cc != "GB":
        acct_iban = iban_value(rng, cc).text
        b.line("Account: ", acct_iban, " (organisation)")
    else:
        b.line("Sort code ", f"{rdigits(rng, 2)}-{rdigits(rng, 2)}-{rdigits(rng, 2)}", "  organisation account")
    b.line()
    for stamp in ts_sorted(rng, d.ref, rng.randint(4, 8), "iso", 31):
        p = make_person(rng, d.ref)
        amt = money(rng, "")
        day = stamp[:10]
        if cc == "GB":
            kind = d.pick(["FPI", "BGC", "TFR", "CHQ", "DD", "FPI"])
            nm = pname(p, d.pick(["caps", "initial_nodot"]))
            if kind in ("FPI", "BGC", "TFR"):
                if nm.text != nm.text.upper():
                    nm = V(nm.text.upper(), "PERSON")
                b.line(
                    day,
                    "  ",
                    kind,
                    " ",
                    nm,
                    " ",
                    d.pick(["GIFTAID DON", "DONATION", "SPONSOR RUN", "REF HELPLINE", "MONTHLY"]),
                    f"  {amt}",
                )
            elif kind == "CHQ":
                b.line(day, f"  CHQ {rdigits(rng, 6)} PAID IN  {amt}")
            else:
                b.line(day, "  DD ", d.pick(["HMRC", "OFFICE RENT", "TELECOM PLC", "PAYROLL BUREAU"]), f"  -{amt}")
        elif cc == "DE":
            b.line(day, " SEPA-Gutschrift ", amt, " EUR")
            b.line(
                "   Auftraggeber: ",
                pname(p, d.pick(["full", "caps"])),
                "  IBAN: ",
                iban_value(rng, d.pick(["DE", "DE", "AT"])),
            )
            b.line(
                "   Verwendungszweck: ",
                d.pick(["Spende Kinderschutz", "Spende", "Mitgliedsbeitrag", "Spende statt Geschenke"]),
            )
        elif cc == "NL":
            b.line(
                day,
                " Bijschrijving ",
                amt,
                " EUR  Naam: ",
                pname(p, d.pick(["full", "initial"])),
                "  IBAN: ",
                iban_value(rng, "NL"),
                "  Omschrijving: ",
                d.pick(["gift", "donatie kinder telefoon", "periodieke gift", "collecte"]),
            )
        elif cc == "FR":
            b.line(
                day,
                " VIR SEPA RECU /DE ",
                d.pick(["M. ", "MME ", ""]),
                pname(p, "caps"),
                " /MOTIF ",
                d.pick(["DON", "DON MENSUEL", "COTISATION"]),
                f" /REF {ref_code(rng, 10)}  {amt}",
            )
            if d.maybe(0.4):
                b.line("   IBAN EMETTEUR ", iban_value(rng, "FR"))
        else:
            b.line(
                day,
                " CREDIT TRANSFER ",
                pname(p, d.pick(["caps", "full"])),
                " ",
                d.pick(["donation", "sponsorship", "gift"]),
                "  ",
                iban_value(rng, "IE"),
                f"  €{amt}",
            )
    if d.maybe(0.4):
        p = make_person(rng, d.ref)
        b.line()
        b.line(
            "Query raised: credit from ",
            pname(p, "full"),
            " duplicated - donor contacted on ",
            phone_value(rng, cc),
            ".",
        )


def gift_aid(d):
    rng, b = d.rng, d.b
    p = make_person(rng, d.ref, age=rng.randint(19, 85))
    a = address(rng, "GB")
    b.line("Gift Aid Declaration - ", d.pick(["single donation", "multiple donations", "sponsorship"]))
    b.line()
    b.line("Boost your donation by 25p of Gift Aid for every £1 you donate.")
    b.line()
    b.line("Title: ", d.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]))
    b.line("First name or initial(s): ", pname(p, "given"))
    b.line("Surname: ", pname(p, "family"))
    b.line("Full home address: ", a["street"], ", ", a["town"])
    b.line("Postcode: ", a["postcode"])
    if d.maybe(0.6):
        b.line("Email: ", email(rng, p))
    if d.maybe(0.5):
        b.line("Telephone: ", phone_value(rng, "GB"))
    b.line()
    b.line(
        "I want to Gift Aid my donation of ",
        money(rng),
        " and any donations I make in the future or have made in the past 4 years",
        " to ",
        d.pick(["Open Door Helpline CIC", "Harbourlight Youth Project", "Riverside Children's Fund"]),
        ".",
    )
    b.line(
        "I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed",
        " on all my donations in that tax year it is my responsibility to pay any difference.",
    )
    b.line()
    b.line("Date: ", fmt_date(rng, d.ref, "uk"), "    Signed: ", pname(p, d.pick(["initial", "full"])))
    if d.maybe(0.4):
        b.line(
            "Office use: batch ",
            f"GA{rdigits(rng, 5)}",
            ", claim ",
            d.pick(["Q1", "Q2", "Q3", "Q4"]),
            " ",
            str(d.ref.year),
        )


def chy_ie(d):
    rng, b = d.rng, d.b
    p = make_person(rng, d.ref, age=rng.randint(25, 80))
    a = address(rng, "IE")
    b.line("Enduring Certificate (CHY4) - donations to approved bodies")
    b.line(
        "Approved body: ",
        d.pick(["Open Door Helpline CLG", "Brightwater Community Trust CLG"]),
        "   CHY ",
        rdigits(rng, 5),
    )
    b.line()
    b.line("Donor name: ", pname(p, d.pick(["full", "caps"])))
    b.line("PPS Number: ", national_id(rng, "ie_pps", p))
    b.line("Address: ", a["parts"])
    if d.maybe(0.6):
        b.line("Phone: ", phone_value(rng, "IE"))
    if d.maybe(0.5):
        b.line("Email: ", email(rng, p, d.pick(["eircom.net", "gmail.com", "hotmail.com"])))
    b.line("Years covered: ", str(d.ref.year), " to ", str(d.ref.year + 4))
    b.line("Declaration: I have paid income tax in each of the years covered by this certificate.")
    b.line("Signature: ", pname(p, "initial"), "    Date: ", fmt_date(rng, d.ref, "uk"))


def nl_periodic(d):
    rng, b = d.rng, d.b
    p = make_person(rng, d.ref, age=rng.randint(25, 80), cultures=["nl", "nl", "nl_be", "tr", "ar_ma", "id", "de"])
    a = address(rng, "NL")
    b.line("Overeenkomst periodieke gift in geld")
    b.line()
    b.line("1. Verklaring schenker")
    b.line(
        "Ondergetekende ",
        pname(p, "full"),
        " verklaart een periodieke gift te doen aan ",
        d.pick(["Stichting Open Deur Kindertelefoon", "Stichting Lichtbaken Jeugd"]),
        ".",
    )
    b.line(
        "Bedrag per jaar: € ", str(rng.choice([120, 240, 300, 500, 1000])), ",- voor ", d.pick(["5", "vijf"]), " jaar."
    )
    b.line()
    b.line("2. Gegevens schenker")
    b.line("Achternaam: ", pname(p, "family"))
    b.line("Voornamen: ", pname(p, "given"))
    b.line("BSN: ", national_id(rng, "nl_bsn", p))
    b.line("Geboortedatum: ", dob_v(rng, p, "nl"), "   Geboorteplaats: ", town_value(rng, "NL")[0])
    b.line("Straat en huisnummer: ", a["street"])
    b.line("Postcode en woonplaats: ", a["postcode"], " ", a["town"])
    b.line("Telefoon: ", phone_value(rng, "NL"))
    b.line("IBAN voor incasso: ", iban_value(rng, "NL"))
    if d.maybe(0.5):
        partner = make_person(rng, d.ref, culture=p.culture)
        b.line("Naam partner: ", pname(partner, "full"), "   Geboortedatum partner: ", dob_v(rng, partner, "nl"))
    b.line()
    b.line("Plaats: ", town_value(rng, "NL")[0], "   Datum: ", fmt_date(rng, d.ref, "nl"))


MANDATE = {
    "DE": (
        "SEPA-Lastschriftmandat",
        "Gläubiger-Identifikationsnummer",
        "Mandatsreferenz",
        "Kontoinhaber/in",
        "Straße und Hausnummer",
        "PLZ und Ort",
        "IBAN",
        "BIC",
        "Ort, Datum",
        "Unterschrift",
        "Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.",
    ),
    "AT": (
        "SEPA-Lastschrift-Mandat",
        "Creditor-ID",
        "Mandatsreferenz",
        "Kontoinhaber",
        "Straße/Hausnummer",
        "PLZ/Ort",
        "IBAN",
        "BIC",
        "Ort, Datum",
        "Unterschrift",
        "Ich ermächtige den Verein, Spenden von meinem Konto mittels SEPA-Lastschrift einzuziehen.",
    ),
    "FR": (
        "Mandat de prélèvement SEPA",
        "Identifiant créancier SEPA",
        "Référence unique du mandat",
        "Nom du débiteur",
        "Adresse",
        "Code postal et ville",
        "IBAN",
        "BIC",
        "Fait à",
        "Signature",
        "En signant ce formulaire de mandat, vous autorisez l'association à envoyer des instructions à votre banque.",
    ),
    "ES": (
        "Orden de domiciliación de adeudo directo SEPA",
        "Identificador del acreedor",
        "Referencia de la orden de domiciliación",
        "Nombre del deudor",
        "Dirección del deudor",
        "Código postal - Población",
        "IBAN",
        "BIC",
        "Lugar y fecha",
        "Firma",
        "Mediante la firma de esta orden, el deudor autoriza al acreedor a enviar instrucciones a su entidad.",
    ),
    "IT": (
        "Mandato per addebito diretto SEPA",
        "Codice identificativo del creditore",
        "Riferimento del mandato",
        "Intestatario del conto",
        "Indirizzo",
        "CAP e località",
        "IBAN",
        "BIC",
        "Luogo e data",
        "Firma",
        "La sottoscrizione del presente mandato comporta l'autorizzazione al creditore a disporre addebiti.",
    ),
    "BE": (
        "Mandaat voor Europese domiciliëring",
        "Identificatienummer schuldeiser",
        "Mandaatreferentie",
        "Naam rekeninghouder",
        "Adres",
        "Postcode en gemeente",
        "IBAN",
        "BIC",
        "Plaats en datum",
        "Handtekening",
        "Door dit mandaat te ondertekenen geeft u toestemming aan de vzw om uw rekening te debiteren.",
    ),
    "IE": (
        "SEPA Direct Debit Mandate",
        "Creditor Identifier",
        "Unique Mandate Reference",
        "Account holder name",
        "Address",
        "Eircode",
        "IBAN",
        "BIC",
        "Place and date",
        "Signature",
        "By signing this mandate form, you authorise the charity to send instructions to your bank to debit your account.",
    ),
}
CREDITOR = {
    "DE": "DE98ZZZ09999999999",
    "AT": "AT61ZZZ00000004545",
    "FR": "FR72ZZZ123456",
    "ES": "ES12000B12345678",
    "IT": "IT66ZZZ0000094123450583",
    "BE": "BE69ZZZ0871234567",
    "IE": "IE84ZZZ361234",
}


def sepa_mandate(d):
    rng, b = d.rng, d.b
    cc = d.pick(list(MANDATE))
    t = MANDATE[cc]
    cul = {
        "DE": ["de", "tr", "pl", "ru"],
        "AT": ["de_at", "bs", "hr"],
        "FR": ["fr", "ar_ma", "pt", "wo"],
        "ES": ["es", "ca", "eu", "gl", "es_co"],
        "IT": ["it", "ro", "sq"],
        "BE": ["nl_be", "fr", "ar_ma"],
        "IE": ["ga_ie", "pl", "lt", "yo"],
    }[cc]
    p = make_person(rng, d.ref, cultures=cul)
    a = address(rng, cc)
    b.line(t[0])
    b.line(t[1], ": ", CREDITOR[cc])
    b.line(t[2], ": ", f"SP-{rdigits(rng, 7)}")
    b.line(t[10])
    b.line()
    b.line(t[3], ": ", pname(p, d.pick(["full", "full", "caps", "inverted_plain"])))
    b.line(t[4], ": ", a["street"])
    b.line(t[5], ": ", a["postcode"], " ", a["town"])
    b.line(t[6], ": ", iban_value(rng, cc))
    b.line(
        t[7],
        ": ",
        {
            "DE": "COBADEFFXXX",
            "FR": "BNPAFRPP",
            "ES": "CAIXESBBXXX",
            "IT": "BCITITMM",
            "BE": "GEBABEBB",
            "IE": "AIBKIE2D",
            "AT": "RZOOAT2L",
        }[cc],
    )
    if d.maybe(0.5):
        b.line("E-mail: ", email(rng, p))
    if d.maybe(0.4):
        b.line("Tel.: ", phone_value(rng, cc))
    town = town_value(rng, cc)[0]
    b.line(t[8], ": ", town, ", ", fmt_date(rng, d.ref, DATE_STYLE[cc]))
    b.line(t[9], ": ", pname(p, d.pick(["initial", "full"])))


def us_ach(d):
    rng, b = d.rng, d.b
    p = make_person(rng, d.ref)
    a = address(rng, "US")
    kind = d.pick(["ach", "w9"])
    if kind == "ach":
        b.line("Recurring Gift - ACH Debit Authorization")
        b.line("Donor name: ", pname(p, "full"))
        b.line("Address: ", a["parts"])
        b.line("Phone: ", phone_value(rng, "US"), "   Email: ", email(rng, p))
        b.line("Bank name: ", d.pick(BANKS))
        b.line("Routing number (9 digits): ", aba_routing(rng))
        b.line("Account number: ", us_account(rng), "   Type: ", d.pick(["Checking", "Savings"]))
        b.line(
            "Monthly amount: $", str(rng.choice([10, 15, 25, 50, 100])), ".00   Debit date: ", d.pick(["1st", "15th"])
        )
        if d.maybe(0.5):
            st, dl = us_dl_value(rng, family=p.family)
            b.line("ID checked: driver license ", dl, " (", st, ")")
        b.line("I authorize the organization to debit my account as indicated above.")
        b.line("Signature: ", pname(p, "full"), "   Date: ", fmt_date(rng, d.ref, "us"))

    else:
        b.line("Vendor setup - Request for Taxpayer Identification Number (W-9 summary)")
        b.line(
            "Payee: ",
            pname(p, "full"),
            " (",
            d.pick(
                ["freelance translator", "trainer - safeguarding course", "IT contractor", "sign language interpreter"]
            ),
            ")",
        )
        b.line("Address: ", a["parts"])
        if d.maybe(0.6):
            b.line("TIN type: ITIN   TIN: ", us_itin_value(rng))
        else:
            b.line("TIN type: SSN   TIN: ", us_ssn_value(rng))
        b.line("Payment by ACH - ABA ", aba_routing(rng), "  Acct ", us_account(rng))
        b.line("Contact: ", email(rng, p), " / ", phone_value(rng, "US"))
        b.line("1099-NEC required: yes   Approved by: Finance Director")


def chargeback(d):
    rng, b = d.rng, d.b
    cc = d.pick(["GB", "US", "IE", "AU", "CA", "DE"])
    p = make_person(rng, d.ref)
    brand, digits = card_number(rng)
    b.line("Refunds & disputes log - ", d.pick(PAYMENT_PROCESSORS))
    stamps = ts_sorted(rng, d.ref, 4, "iso", 40)[::-1]
    b.line(
        stamps[0][:16],
        "  Dispute opened: ",
        brand,
        " ",
        V(fmt_card(rng, digits), "CREDIT_CARD") if d.maybe(0.6) else masked_card(rng, digits),
        ", reason code ",
        d.pick(["10.4", "4837", "13.1", "4853", "F29"]),
        ", amount ",
        money(rng, CUR[cc]),
    )
    b.line(
        stamps[1][:16],
        "  Cardholder ",
        pname(p, d.pick(["full", "caps"])),
        " called from ",
        phone_value(rng, cc),
        "; says the gift was made by ",
        p.his(),
        " ",
        d.pick(["son", "daughter"]),
        " aged ",
        age_v(rng.randint(11, 17)),
        " without permission.",
    )
    if d.maybe(0.6):
        b.line(
            stamps[2][:16],
            "  Donation page IP ",
            ip_value(rng, 0.2),
            " matches cardholder's home broadband in ",
            town_value(rng, cc)[0],
            ".",
        )
    b.line(
        stamps[3][:16], "  Refund issued to ", masked_card(rng, digits), "; confirmation sent to ", email(rng, p), "."
    )
    if d.maybe(0.3):
        b.line("Note: cardholder mentioned ", med_v(rng), " and asked that no one rings the house.")


def cheque_log(d):
    rng, b = d.rng, d.b
    us = d.maybe(0.5)
    b.line(
        "Cheques received - ",
        fmt_date(rng, d.ref, "us" if us else "uk"),
        " - banked by ",
        d.pick(["finance assistant", "office manager"]),
    )
    b.line("No. | Drawer | Amount | Notes")
    for i in range(rng.randint(3, 6)):
        p = make_person(rng, d.ref)
        if us:
            note = d.pick(
                [
                    ["MICR ⑆", aba_routing(rng), "⑆ ", us_account(rng), "⑈ ", rdigits(rng, 4)],
                    ["from ", address(rng, "US")["parts"]],
                    ["memo: in honor of ", pname(make_person(rng, d.ref), "full")],
                    ["donor tel ", phone_value(rng, "US")],
                ]
            )
        else:
            note = d.pick(
                [
                    ["from ", address(rng, "GB")["parts"]],
                    ["memo: in memory of ", pname(make_person(rng, d.ref), "full")],
                    ["gift aid form enclosed"],
                    ["donor tel ", phone_value(rng, "GB")],
                    ["thank-you letter to ", email(rng, p)],
                ]
            )
        b.line(
            rdigits(rng, 6),
            " | ",
            pname(p, d.pick(["full", "initial", "caps", "inverted_plain"])),
            " | ",
            money(rng, "$" if us else "£"),
            " | ",
            note,
        )


def phone_gift(d):
    rng, b = d.rng, d.b
    cc = d.pick(["GB", "US", "AU", "IE", "CA"])
    p = make_person(rng, d.ref)
    a = address(rng, cc)
    brand, card = card_value(rng)
    b.line("Telephone donation form (volunteer taken) - destroy card details after processing")
    b.line("Caller: ", pname(p, d.pick(["full", "given"])), "   Tel: ", phone_value(rng, cc))
    b.line("Address: ", a["parts"])
    b.line(
        "Card type: ", brand, "   Card number: ", card, "   Expiry: ", f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}"
    )
    b.line("Name on card: ", pname(p, "caps"))
    b.line("Amount: ", money(rng, CUR[cc]), "   Frequency: ", d.pick(["one-off", "monthly"]))
    if d.maybe(0.6):
        b.line("Email for receipt: ", email(rng, p))
    if d.maybe(0.5):
        b.line("Donor portal set up - username ", username(rng, p), ", phone PIN ", pin(rng))
    if d.maybe(0.4):
        b.line(
            "Caller said ",
            p.he(),
            " is ",
            age_v(p.age(d.ref)),
            " and giving because of ",
            p.his(),
            " ",
            "grandchild" if p.age(d.ref) > 55 else d.pick(["niece", "nephew", "godchild"]),
            ".",
        )
    b.line("Taken by: volunteer ", f"V{rdigits(rng, 3)}", " at ", ts(rng, d.ref, "short", 2))


def api_payout(d):
    rng, b = d.rng, d.b
    p = make_person(rng, d.ref)
    b.line("Integration settings - fundraising page (exported)")
    b.line("owner_name=", pname(p, "full"))
    b.line("owner_email=", email(rng, p))
    b.line("webhook_url=https://hooks.example.org/", hexs(rng, 10))
    b.line("secret_key=", api_key(rng))
    b.line("payout_iban=", iban_value(rng, d.pick(["GB", "IE", "DE", "NL", "FR"])))
    b.line("last_login_ip=", ip_value(rng, 0.3))
    b.line("created_at=", ts(rng, d.ref, "isoz", 300))


def direct_deposit(d):
    rng, b = d.rng, d.b
    p = make_person(rng, d.ref, age=rng.randint(19, 70))
    a = address(rng, "US")
    b.line("Direct Deposit Enrollment - volunteer stipend / contractor payments")
    b.line("Payee name: ", pname(p, d.pick(["full", "caps"])))
    b.line("Home address: ", a["parts"])
    if d.maybe(0.5):
        b.line("SSN: ", us_ssn_value(rng))
    else:
        b.line("ITIN: ", us_itin_value(rng))
    b.line(
        "Primary account - routing (ABA): ",
        aba_routing(rng),
        "   account no.: ",
        us_account(rng),
        "   ",
        d.pick(["checking", "savings"]),
    )
    if d.maybe(0.5):
        b.line(
            "Split: ",
            str(rng.choice([10, 20, 25, 50])),
            "% to second account - routing ",
            aba_routing(rng),
            ", account ",
            us_account(rng),
        )
    if d.maybe(0.55):
        st, dl = us_dl_value(rng, family=p.family)
        b.line("Identity verified by HR: driver license ", dl, ", state ", st)
    else:
        b.line("Identity verified by HR: U.S. passport ", us_passport_value(rng))
    b.line("Phone: ", phone_value(rng, "US"), "   Personal email: ", email(rng, p))
    b.line(
        "Effective with the ",
        d.pick(["next", "second"]),
        " pay cycle after ",
        fmt_date(rng, d.ref, "us"),
        ". Voided check attached.",
    )


def card_error_log(d):
    rng, b = d.rng, d.b
    proc = d.pick(PAYMENT_PROCESSORS)
    b.line("# ", proc, " gateway debug log - INCIDENT: full PAN logged by misconfigured plugin, purge after review")
    for stamp in ts_sorted(rng, d.ref, rng.randint(3, 6), "iso", 5):
        p = make_person(rng, d.ref)
        brand, digits = card_number(rng)
        code = d.pick(
            [
                "05 do_not_honour",
                "51 insufficient_funds",
                "00 approved",
                "54 expired_card",
                "00 approved",
                "14 invalid_number",
            ]
        )
        b.line(
            stamp,
            " ",
            d.pick(["INFO", "WARN", "ERROR"]),
            " txn=",
            hexs(rng, 10),
            " resp=",
            code,
            " pan=",
            V(digits, "CREDIT_CARD"),
            " exp=",
            f"{rng.randint(1, 12):02d}{rng.randint(26, 31)}",
            ' holder="',
            pname(p, d.pick(["caps", "full"])),
            '" ip=',
            ip_value(rng, 0.2),
        )
    b.line("# reviewed by finance ops; ", d.pick(["tokens rotated", "plugin disabled", "ticket opened with vendor"]))


TEMPLATES = [
    processor_csv,
    crm_tsv,
    bank_statement,
    gift_aid,
    chy_ie,
    nl_periodic,
    sepa_mandate,
    us_ach,
    chargeback,
    cheque_log,
    phone_gift,
    api_payout,
    processor_csv,
    us_ach,
    sepa_mandate,
    direct_deposit,
    card_error_log,
    us_ach,
    bank_statement,
    direct_deposit,
]


def build(d, index):
    TEMPLATES[index % len(TEMPLATES)](d)
