"""Towns, street addresses and postcodes in national formats."""

from sources import AU_POST, CA_POST, COUNTRIES, US_ZIP
from values import UPPER, V, native_digits, rdigits, rletters


def _towns(cc):
    out = []
    for item in COUNTRIES[cc]["towns"].split("|"):
        name, _, region = item.partition("/")
        latin, _, native = name.partition(":")
        out.append((latin, native or None, region or None))
    return out


def _streets(cc):
    out = []
    for item in COUNTRIES[cc]["streets"].split("|"):
        latin, _, native = item.partition(":")
        out.append((latin, native or None))
    return out


TOWNS = {cc: _towns(cc) for cc in COUNTRIES}
STREETS = {cc: _streets(cc) for cc in COUNTRIES}


def all_town_words():
    words = []
    for cc in COUNTRIES:
        for latin, native, _ in TOWNS[cc]:
            words.append(latin)
            if native:
                words.append(native)
    return words


def postcode(rng, cc, region=None):
    d = lambda n: rdigits(rng, n)  # noqa: E731
    if cc == "US":
        return US_ZIP.get(region, "4" + d(1)) + d(3)
    if cc == "GB":
        return f"{region or 'LS'}{rng.randint(1, 19)} {rng.randint(1, 9)}{rletters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if cc == "IE":
        return (
            f"{region or 'D08'} {rletters(rng, 1, 'ACDEFHKNPRTVWXY')}{d(1)}{rletters(rng, 1, 'ACDEFHKNPRTVWXY')}{d(1)}"
        )
    if cc == "CA":
        return f"{CA_POST.get(region, 'K')}{d(1)}{rletters(rng, 1, 'ABCEGHJKLMNPRSTVXY')} {d(1)}{rletters(rng, 1, 'ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
    if cc == "AU":
        return f"{AU_POST.get(region, 2)}{d(3)}"
    if cc == "NL":
        return f"{rng.randint(1000, 9999)} {rletters(rng, 2, 'ABCDEGHJKLNPRSTVWXZ')}"
    if cc in ("SE", "CZ", "SK", "GR"):
        return f"{rng.randint(100, 989)} {d(2)}"
    if cc == "PL":
        return f"{d(2)}-{d(3)}"
    if cc == "PT":
        return f"{rng.randint(1000, 9999)}-{d(3)}"
    if cc in ("NO", "DK", "CH", "AT", "BE", "HU", "AU", "NZ", "ZA", "PH", "BD", "GE", "AM"):
        return str(rng.randint(1000, 9989))
    if cc == "IS":
        return str(rng.randint(101, 902))
    if cc in ("JP",):
        return f"〒{d(3)}-{d(4)}"
    if cc == "IN":
        return str(rng.randint(110001, 855117))
    if cc in ("KE", "TZ"):
        return d(5)
    return str(rng.randint(10000, 99899))


def pick_town(rng, cc):
    return rng.choice(TOWNS[cc])


def town_value(rng, cc, native=False):
    latin, nat, region = pick_town(rng, cc)
    return V(nat if native and nat else latin, "LOCATION"), region


def street_value(rng, cc, native=False, number=None):
    """Return (V(STREET_ADDRESS), extra_unlabelled_suffix)."""
    latin, nat = rng.choice(STREETS[cc])
    st = nat if native and nat else latin
    n = number if number is not None else rng.choice([rng.randint(1, 30), rng.randint(1, 60), rng.randint(1, 150)])
    if cc in ("AU", "CA", "KR", "IN", "PH", "TH", "VN") and number is None and rng.random() < 0.4:
        n = rng.randint(100, 999)
    flat = rng.random() < 0.25
    if cc == "US":
        n = rng.randint(100, 9899)
        out = f"{n} {st}" + (
            rng.choice(
                [
                    f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                    f" #{rng.randint(100, 420)}",
                    f", Unit {rng.randint(1, 12)}",
                ]
            )
            if flat
            else ""
        )
    elif cc in ("GB", "NZ", "ZA", "NG"):
        out = (f"Flat {rng.randint(1, 24)}, " if flat else "") + f"{n} {st}"
    elif cc == "IE":
        out = (f"Apt {rng.randint(1, 30)}, " if flat else "") + f"{n} {st}"
    elif cc == "CA":
        out = (f"{rng.randint(1, 30)}-" if flat else "") + f"{n} {st}"
    elif cc == "AU":
        out = (f"Unit {rng.randint(1, 12)}/" if flat else "") + f"{n} {st}"
    elif cc in ("DE", "AT", "CH", "NO", "IS", "IT", "SK", "EE", "LT"):
        out = f"{st} {n}{rng.choice(['', '', 'a', 'b'])}"
        if cc == "AT" and flat:
            out += f"/{rng.randint(1, 9)}/{rng.randint(1, 20)}"
    elif cc == "SE":
        out = f"{st} {n}" + (f" lgh {rng.randint(1001, 1403)}" if flat else "")
    elif cc == "DK":
        out = f"{st} {n}" + (f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}" if flat else "")
    elif cc == "FI":
        out = f"{st} {n}" + (f" {rng.choice('ABC')} {rng.randint(1, 60)}" if flat else "")
    elif cc == "NL":
        out = f"{st} {n}" + (rng.choice(["-II", "-hs", "a", " bis"]) if flat else "")
    elif cc == "BE":
        out = f"{st} {n}" + (f" bus {rng.randint(1, 12)}" if flat else "")
    elif cc == "FR":
        out = f"{n}{rng.choice(['', '', ' bis'])} {st}"
    elif cc == "ES":
        out = f"{st}, {n}" + (f", {rng.randint(1, 8)}º {rng.choice('ABCD')}" if flat else "")
    elif cc in ("PT", "BR"):
        out = f"{st}, {n}" + (rng.choice([", 2.º Esq.", ", apto 45", ", 3.º Dto."]) if flat else "")
    elif cc == "MX":
        out = f"{st} {n}" + (f" Int. {rng.randint(1, 12)}" if flat else "")
    elif cc == "PL":
        out = f"{st} {n}" + (f" m. {rng.randint(1, 80)}" if flat else "")
    elif cc == "CZ":
        out = f"{st} {rng.randint(100, 2999)}/{rng.randint(1, 60)}"
    elif cc == "HU":
        out = f"{st} {n}." + (f" {rng.randint(1, 9)}/{rng.randint(1, 30)}." if flat else "")
    elif cc == "RO":
        out = f"{st} nr. {n}" + (
            f", bl. {rng.choice(UPPER[:6])}{rng.randint(1, 9)}, ap. {rng.randint(1, 60)}" if flat else ""
        )
    elif cc == "TR":
        out = f"{st} No: {n}" + (f" Daire: {rng.randint(1, 20)}" if flat else "")
    elif cc == "UA":
        out = f"{st}, {n}" + ((", кв. " if native else ", apt ") + str(rng.randint(1, 120)) if flat else "")
    elif cc in ("GE", "AM", "IL", "GR", "BG", "MN"):
        out = f"{st} {n}"
    elif cc == "IR":
        out = f"{st}، پلاک {native_digits(str(n), 'fa')}" if native else f"{st}, No. {n}"
    elif cc == "PK":
        out = f"مکان نمبر {n}، {st}" if native else f"House {n}, {st}"
    elif cc == "BD":
        out = f"বাড়ি {native_digits(str(n), 'bn')}, {st}" if native else f"House {n}, {st}"
    elif cc == "IN":
        out = f"{n}, {st}" if not flat else f"Flat {rng.randint(1, 9)}0{rng.randint(1, 8)}, {n} {st}"
    elif cc == "TH":
        out = f"{n}/{rng.randint(1, 99)} {st}"
    elif cc == "VN":
        out = f"số {n} {st}" if rng.random() < 0.6 else f"{n} {st}"
    elif cc == "ID":
        out = f"{st} No. {n}"
    elif cc == "MY":
        out = f"No. {n}, {st}"
    elif cc == "PH":
        out = f"{n} {st}"
    elif cc == "KR":
        out = f"{st} {n}" + (f", {rng.randint(101, 120)}동 {rng.randint(101, 1504)}호" if native and flat else "")
    elif cc == "JP":
        out = (
            f"{st}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            if native
            else f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {st}"
        )
    elif cc in ("CN", "TW"):
        out = f"{st}{n}号" if native else f"No. {n}, {st}"
    elif cc == "ET":
        out = f"{st} ቤት ቁጥር {n}" if native else f"House No. {n}, {st}"
    elif cc == "EG":
        out = f"{n} {st}"
    elif cc in ("KE", "TZ"):
        out = f"{n} {st}" if rng.random() < 0.5 else f"{st}, Nyumba Na. {n}"
    elif cc in ("KH", "LK", "NP"):
        out = f"No. {n}, {st}"
    else:
        out = f"{n} {st}"
    return V(out, "STREET_ADDRESS")


def address(rng, cc, native=False, sep=", "):
    """A full postal address as a list of fragments plus its parts."""
    street = street_value(rng, cc, native)
    town, region = town_value(rng, cc, native)
    pc = postcode(rng, cc, region)
    if cc == "US":
        tail = [town, f", {region} {pc}"]
    elif cc == "CA":
        tail = [town, f", {region} {pc}" if region else f" {pc}"]
    elif cc == "AU":
        tail = [town, f" {region} {pc}"]
    elif cc == "GB":
        tail = [town, f"{sep}{pc}"]
    elif cc == "IE":
        tail = [town, f"{sep}{pc}"]
    elif cc in ("NZ", "GR", "IN", "ZA", "PH"):
        tail = [town, f" {pc}"]
    elif cc in (
        "DE",
        "AT",
        "CH",
        "FR",
        "BE",
        "NL",
        "SE",
        "NO",
        "DK",
        "FI",
        "IS",
        "ES",
        "PT",
        "IT",
        "PL",
        "CZ",
        "SK",
        "HU",
        "MX",
        "BR",
        "EE",
        "LT",
        "BG",
    ):
        tail = [f"{pc} ", town]
        if cc == "DK" and rng.random() < 0.3:
            tail.append(rng.choice([" C", " N", " V"]))
    else:
        tail = [town]
    return {"street": street, "town": town, "postcode": pc, "region": region, "parts": [street, sep] + tail}
