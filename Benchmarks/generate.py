#!/usr/bin/env python3
"""Deterministic benchmark inputs for kgx (pure Python standard library).

Two modes:

  generate.py articles --count N --out DIR [--seed 42] [--lexicons DIR]
      Synthetic news articles about cooperation on critical minerals, in the style of the seed
      articles, built from the project's lexicons (Ontology/lexicons/*.tsv) and the sentence
      templates below. Files a000001.txt ... Each article is drawn from its own generator seeded
      with (seed, index), so the first K articles of a larger corpus equal a corpus of K, and the
      same seed and lexicons always give a byte-identical corpus.

  generate.py triples --count N --out FILE [--seed 42] [--shape kgx|varied]
      An N-Triples file shaped like the graphs kgx writes (see notes/graph-contract.md): exactly
      N distinct triples. Self-contained (does not read the lexicons), so it never changes while
      the lexicons grow. `--shape varied` writes a differently shaped graph instead (see
      VariedGraphWriter) for the writers' slower paths.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import os
import random
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LEXICONS = Path(__file__).resolve().parent.parent / "Ontology" / "lexicons"
LEXICON_FILES = (
    "countries.tsv",
    "minerals.tsv",
    "organizations.tsv",
    "organization-designators.tsv",
    "places.tsv",
    "person-titles.tsv",
    "agreement-kinds.tsv",
)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FIRST_NAMES = ("Ramanuj", "Kali", "Anoop", "Vinay", "Sukumar", "Priya", "Meera", "Arjun", "Kavita",
               "Andrei", "Konstantin", "Natalia", "Michael", "Olga", "Dmitri", "Elena", "Sergei",
               "Wei", "Li", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Thandiwe", "Sipho", "Amara",
               "Kwame", "Fatima", "Omar", "Leila", "Carlos", "Lucía", "Mateo", "Sofía", "João",
               "Ana", "Hannah", "Lukas", "Sarah", "James", "Emily", "Nguyen", "Thi", "Aigerim",
               "Nurlan", "Bolor", "Bat-Erdene", "Ingrid", "Mikael", "Chloé", "Pierre", "Zanele")
LAST_NAMES = ("Narayan", "Sanjay", "Srivastava", "Kumar", "Mishra", "Sharma", "Iyer", "Reddy",
              "Golinei", "Ivanovskikh", "Filonov", "Petrova", "Volkov", "Smirnov", "Kuznetsova",
              "Zhang", "Wang", "Chen", "Tanaka", "Suzuki", "Kim", "Park", "Dlamini", "Nkosi",
              "Mensah", "Okafor", "Haddad", "Benali", "Gómez", "Fernández", "Silva", "Santos",
              "Müller", "Schmidt", "Johnson", "Williams", "Tran", "Nguyen", "Seitkali",
              "Nurmagambetov", "Ganbaatar", "Lindqvist", "Dubois", "Moreau", "Mokoena")
ORG_STEMS = ("Global", "National", "United", "Eastern", "Northern", "Southern", "Pacific",
             "Atlantic", "Continental", "Strategic", "Advanced", "Green", "Blue Ridge", "Summit",
             "Silverline", "Red River", "Iron Gate", "Horizon", "Polar", "Sunrise", "Delta",
             "Granite", "Copperhead", "Meridian", "Aurora", "Sterling", "Highland", "Coastal")
ORG_SECTORS = ("Mining", "Minerals", "Resources", "Metals", "Materials", "Exploration",
               "Refining", "Battery Materials", "Energy Metals", "Industries", "Technologies")
MINISTRY_PORTFOLIOS = ("Mines", "Mining", "Energy", "Industry and Trade", "Natural Resources",
                       "Science and Technology", "Commerce and Industry", "Foreign Affairs")
HEADLINES = (
    "{c1}-{c2} pact on critical minerals marks a new chapter",
    "{o1} and {o2} join hands on {m1}",
    "{c1} looks to {c2} for {m1} processing technology",
    "Critical minerals: {c1} and {c2} sign {kind}",
    "{o1} inks {kind} with {o2} to secure {m1} supplies",
    "Why {m1} matters for {c1}'s energy transition",
)
DISTRACTORS = (
    "Markets were mixed on the day, with benchmark indices closing marginally lower after a volatile session dominated by profit-taking in banking stocks.",
    "Analysts cautioned that commodity prices remain sensitive to interest-rate expectations, freight costs and the pace of industrial demand.",
    "The conference also featured panel discussions on skills, digital transformation and the role of start-ups in the mining value chain.",
    "Weather forecasters expect heavy rain over the coming week, which could delay construction work at several project sites.",
    "Officials did not disclose the financial terms of the arrangement, and queries sent to the companies remained unanswered until the time of going to press.",
    "Separately, the state government announced a new scheme to support small and medium enterprises with low-interest working-capital loans.",
    "Industry observers noted that permitting timelines, water availability and community consultations often determine whether projects move ahead.",
    "The exhibition hall drew more than two thousand visitors, including students, researchers and representatives of equipment suppliers.",
    "Shares of several listed explorers rose in early trade before paring gains as investors awaited quarterly results.",
    "A spokesperson said further details would be shared once the working groups have finalised their terms of reference.",
    "Environmental groups have called for stronger safeguards on tailings management, biodiversity and the rights of local communities.",
    "Experts say recycling and urban mining could meet a growing share of demand by the end of the decade if collection systems improve.",
)
SECTION_HEADS = ("Framework for Cooperation", "Key Research and Development Areas",
                 "Diplomatic Support", "Strategic Significance", "Background", "What Comes Next",
                 "Supply Chain Resilience", "Industry Reaction")


class GeneratorError(Exception):
    """An input the generator needs is missing or malformed; the message says which and why."""


# ---------------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------------

def read_tsv(path: Path) -> list[list[str]]:
    """The data rows of a lexicon TSV file: `#` comment lines and blank lines skipped."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def column(row: list[str], index: int) -> list[str]:
    """The `|`-separated values of one column, empty when the column is absent or blank."""
    if index >= len(row) or not row[index].strip():
        return []
    return [value.strip() for value in row[index].split("|") if value.strip()]


BUSINESS_ROLE_WORDS = ("Director", "Minister", "Chief", "Secretary", "Chair", "President", "Officer",
                       "Head", "Ambassador", "Rector", "Scientist", "Manager", "Counsellor")


def business_roles(roles: list[str]) -> list[str]:
    """The roles an official signing a minerals deal plausibly holds (no kings or mayors), else all."""
    chosen = [role for role in roles if any(word in role for word in BUSINESS_ROLE_WORDS)]
    return chosen or roles


def singular_forms(kind: str, forms: list[str]) -> list[str]:
    """The surface forms that read right after "signed a": plurals dropped, the kind itself kept."""
    plural_words = {word.lower() for word in kind.split() if word.endswith("s")}
    def reads_singular(form: str) -> bool:
        words = [word.lower() for word in form.split()]
        return not any(word.endswith("s") and word not in plural_words for word in words) \
            and "memoranda" not in words
    return [form for form in forms if reads_singular(form)] or [kind]


@dataclass(frozen=True)
class Lexicons:
    """The lexicon entries the article templates draw from (all lists sorted, so draws are stable)."""
    countries: list[tuple[str, list[str], list[str]]]   # name, alternatives, demonyms
    minerals: list[tuple[str, list[str]]]               # name, aliases
    organizations: list[tuple[str, list[str], str]]     # name, aliases, country
    suffixes: list[str]                                 # designators written after a name
    places: list[tuple[str, str]]                       # name, country
    honorifics: list[str]
    roles: list[str]
    agreement_kinds: list[tuple[str, list[str]]]        # kind, surface forms

    @staticmethod
    def load(folder: Path) -> "Lexicons":
        missing = [name for name in LEXICON_FILES if not (folder / name).is_file()]
        if missing:
            raise GeneratorError(
                f"lexicon folder {folder} lacks {', '.join(missing)}; the article generator needs "
                f"all of {', '.join(LEXICON_FILES)} (see notes/lexicon-formats.md)")
        rows = {name: read_tsv(folder / name) for name in LEXICON_FILES}
        empty = [name for name, data in rows.items() if not data]
        if empty:
            raise GeneratorError(f"lexicon files without data rows in {folder}: {', '.join(empty)}")
        titles = rows["person-titles.tsv"]
        lexicons = Lexicons(
            countries=sorted((r[0], column(r, 1), column(r, 2)) for r in rows["countries.tsv"]),
            minerals=sorted((r[0], column(r, 1)) for r in rows["minerals.tsv"]),
            organizations=sorted((r[0], column(r, 2), r[3].strip() if len(r) > 3 else "")
                                 for r in rows["organizations.tsv"]),
            suffixes=sorted(r[0] for r in rows["organization-designators.tsv"]
                            if len(r) > 1 and r[1].strip() == "suffix"),
            places=sorted((r[0], r[1].strip() if len(r) > 1 else "") for r in rows["places.tsv"]),
            honorifics=sorted(r[0] for r in titles if len(r) > 1 and r[1].strip() == "honorific"),
            roles=business_roles(sorted(r[0] for r in titles if len(r) > 1 and r[1].strip() == "role")),
            agreement_kinds=sorted((r[0], singular_forms(r[0], column(r, 1)))
                                   for r in rows["agreement-kinds.tsv"]),
        )
        for label, values in (("suffix designators", lexicons.suffixes),
                              ("honorific titles", lexicons.honorifics),
                              ("role titles", lexicons.roles)):
            if not values:
                raise GeneratorError(f"lexicons in {folder} define no {label}")
        return lexicons


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------

@dataclass
class Party:
    """One side of an agreement, a firm or a ministry: its full name and the short form prose reuses."""
    name: str
    short: str


class ArticleWriter:
    """Writes one article from its own random generator; every draw goes through `self.rng`."""

    def __init__(self, lexicons: Lexicons, rng: random.Random):
        self.lex = lexicons
        self.rng = rng

    def pick(self, values):
        return values[self.rng.randrange(len(values))]

    def date(self) -> datetime.date:
        return datetime.date(2019, 1, 1) + datetime.timedelta(days=self.rng.randrange(8 * 365))

    def spoken_date(self, day: datetime.date) -> str:
        """A prepositional date phrase as news prose writes it: "on April 5, 2025", "on Monday"."""
        month = MONTHS[day.month - 1]
        ordinal = f"{day.day}th {month} {day.year}" if 4 <= day.day <= 20 else f"{month} {day.day}, {day.year}"
        styles = (f"on {month} {day.day}, {day.year}", f"on {day.day} {month} {day.year}",
                  f"on {ordinal}", f"on {WEEKDAYS[day.weekday()]}")
        return self.pick(styles)

    def country(self) -> tuple[str, list[str], list[str]]:
        return self.pick(self.lex.countries)

    def country_mention(self, entry) -> str:
        name, alternatives, _ = entry
        return self.pick([name, name, name] + alternatives[:2])

    def mineral(self) -> str:
        name, aliases = self.pick(self.lex.minerals)
        return self.pick([name, name] + aliases[:1])

    def person(self) -> str:
        return f"{self.pick(FIRST_NAMES)} {self.pick(LAST_NAMES)}"

    def titled(self, name: str) -> str:
        return f"{self.pick(self.lex.honorifics)} {name}" if self.rng.random() < 0.5 else name

    def party(self, country, firms_only: bool = False) -> Party:
        """A gazetteer organisation of `country`, a ministry of it (unless `firms_only`) or a made-up firm."""
        roll = self.rng.random()
        country_name = country[0]
        if roll < 0.3:
            own = [o for o in self.lex.organizations if o[2] == country_name]
            if own:
                name, aliases, _ = self.pick(own)
                return Party(name, aliases[0] if aliases else name)
        if roll < 0.55 and not firms_only:
            portfolio = self.pick(MINISTRY_PORTFOLIOS)
            name = f"Ministry of {portfolio} of {country_name}"
            return Party(name, f"the {portfolio} ministry")
        stem = f"{self.pick(ORG_STEMS)} {self.pick(ORG_SECTORS)}"
        name = f"{stem} {self.pick(self.lex.suffixes)}"
        initials = "".join(word[0] for word in stem.split() if word[0].isupper())
        return Party(name, initials if len(initials) > 1 else stem)

    def place_in(self, country_name: str) -> str:
        own = [p[0] for p in self.lex.places if p[1] == country_name]
        return self.pick(own) if own else self.pick(self.lex.places)[0]

    def signing(self, kind_entry, a: Party, b: Party, minerals: list[str], day: datetime.date, place: str) -> str:
        kind, forms = kind_entry
        form = self.pick(forms)
        what = " and ".join(minerals)
        templates = (
            f"{a.name} and {b.name} signed a {form} {self.spoken_date(day)} in {place} to cooperate on the exploration and processing of {what}.",
            f"{a.name} ({a.short}) {self.spoken_date(day)} inked a {form} with {b.name} in {place}, covering {what}.",
            f"In {place}, {a.name} and {b.name} entered into a {form} {self.spoken_date(day)} to secure supplies of {what}.",
            f"The {form} between {a.name} and {b.name}, signed in {place} {self.spoken_date(day)}, focuses on {what} and related technologies.",
        )
        return self.pick(templates)

    def signatories(self, a: Party, b: Party) -> tuple[str, str]:
        pa, pb = self.person(), self.person()
        ra, rb = self.pick(self.lex.roles), self.pick(self.lex.roles)
        sentence = self.pick((
            f"The agreement was signed by {self.titled(pa)}, {ra} of {a.name}, and {self.titled(pb)}, {rb} of {b.name}.",
            f"On behalf of {a.short}, {self.titled(pa)}, {ra}, formalised the partnership, while {self.titled(pb)}, {rb}, signed for {b.short}.",
            f"{self.titled(pa)}, {ra} at {a.short}, and {self.titled(pb)}, {rb} of {b.name}, exchanged the signed documents.",
        ))
        return sentence, pa

    def quote(self, speaker: str, party: Party, mineral: str, country: str) -> str:
        said = self.pick((
            f"\"{mineral.capitalize()} is central to {country}'s energy transition and manufacturing ambitions,\" said {self.titled(speaker)}, {self.pick(self.lex.roles)} of {party.name}.",
            f"\"This partnership brings together expertise across the value chain, from exploration to refining,\" {speaker} said. \"We expect pilot-scale results within two years.\"",
            f"\"We are seeking technology and collaboration in exploring {mineral} deposits,\" an official of {party.short} said, speaking on condition of anonymity.",
            f"According to {self.titled(speaker)}, the cooperation will \"reduce dependency on imports\" of {mineral} and strengthen supply chains.",
        ))
        return said

    def producer(self) -> str:
        country = self.country()
        firm = self.party(country, firms_only=True)
        mineral = self.mineral()
        return self.pick((
            f"{firm.name}, based in {self.place_in(country[0])}, is one of the largest producers of {mineral} in {country[0]}.",
            f"Among them, {firm.name} stands out as a major producer of {mineral} and {self.mineral()}.",
            f"{country[2][0] if country[2] else country[0]} firms such as {firm.name} supply much of the world's {mineral}.",
        ))

    def dateline(self, day: datetime.date, place: str) -> str:
        style = self.rng.randrange(3)
        if style == 0:
            return f" date {day.isoformat()} "
        if style == 1:
            return f"{place.upper()}, {MONTHS[day.month - 1]} {day.day}, {day.year} – "
        return f"{place}, {day.day} {MONTHS[day.month - 1]}: "

    def article(self) -> str:
        rng = self.rng
        c1 = self.country()
        c2 = self.country()
        while c2[0] == c1[0] and len(self.lex.countries) > 1:
            c2 = self.country()
        a, b = self.party(c1), self.party(c2)
        kind = self.pick(self.lex.agreement_kinds)
        minerals = sorted({self.mineral() for _ in range(rng.randint(1, 3))})
        published = self.date()
        signed = published - datetime.timedelta(days=rng.randrange(3))
        place = self.place_in(self.pick((c1[0], c2[0])))
        target = rng.randint(1024, 6 * 1024)

        parts = []
        if rng.random() < 0.5:
            parts.append(self.pick(HEADLINES).format(c1=c1[0], c2=c2[0], o1=a.short, o2=b.short,
                                                     m1=minerals[0], kind=kind[0]) + "\n\n")
        sign_sentence = self.signing(kind, a, b, minerals, signed, place)
        signed_by, speaker = self.signatories(a, b)
        parts.append(self.dateline(published, place) + sign_sentence + " " + signed_by + "\n\n")
        body = [
            lambda: self.quote(speaker, a, self.pick(minerals), self.country_mention(c1)),
            self.producer,
            lambda: self.pick(DISTRACTORS) + " " + self.pick(DISTRACTORS),
            lambda: f"{self.pick(SECTION_HEADS)}\n\n{self.pick(DISTRACTORS)}",
            lambda: (f"The move follows earlier talks between {self.country_mention(c1)} and "
                     f"{self.country_mention(c2)} on {self.mineral()} and {self.mineral()}, "
                     f"held in {self.place_in(c2[0])} in {MONTHS[rng.randrange(12)]} {published.year - 1}."),
            lambda: self.signing(self.pick(self.lex.agreement_kinds), self.party(self.country()),
                                 self.party(self.country()), [self.mineral()], self.date(),
                                 self.pick(self.lex.places)[0]),
        ]
        length = sum(len(p.encode("utf-8")) for p in parts)
        while length < target:
            paragraph = self.pick(body)() + "\n\n"
            size = len(paragraph.encode("utf-8"))
            if length + size > 6 * 1024 and length >= 1024:
                break
            parts.append(paragraph)
            length += size
        return "".join(parts).rstrip("\n") + "\n"


def write_articles(count: int, out: Path, seed: int, lexicon_folder: Path) -> None:
    lexicons = Lexicons.load(lexicon_folder)
    out.mkdir(parents=True, exist_ok=True)
    for index in range(1, count + 1):
        rng = random.Random(f"kgx-articles:{seed}:{index}")
        text = ArticleWriter(lexicons, rng).article()
        (out / f"a{index:06d}.txt").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Triples
# ---------------------------------------------------------------------------------------------

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
KG = "https://w3id.org/kgx/ontology#"
BASE = "https://w3id.org/kgx/id/"

# Names with every kind of text the writers must escape or pass through: quotes, backslashes,
# newlines, tabs, emoji, Cyrillic, Devanagari, CJK, Arabic and accents.
TRICKY_NAMES = (
    "Горно-металлургическая компания «Норильский никель»", "Росатом", "Гиредмет",
    "भारतीय दुर्लभ पृथ्वी लिमिटेड", "खनिज बिदेश इंडिया", "中国五矿集团", "江西铜业", "北方稀土",
    "日本製鉄", "포스코", "شركة معادن", "Compañía Minera Río Tinto", "Société Générale des Mines",
    "\"Quoted\" Minerals Ltd", "Back\\slash Resources", "Line\nBreak Mining", "Tab\tSeparated Metals",
    "Emoji ⛏️ Mining 🚀 Corp", "Ünïcödé Métaux S.A.", "Zero\u200bWidth Holdings",
)
COUNTRIES = ("India", "Russia", "China", "Australia", "Chile", "Argentina", "Bolivia",
             "Democratic Republic of the Congo", "Indonesia", "Japan", "South Korea", "Germany",
             "United States", "Canada", "Brazil", "South Africa", "Kazakhstan", "Mongolia",
             "Saudi Arabia", "Morocco", "Zambia", "Zimbabwe", "Namibia", "Peru", "Vietnam")
MINERALS = ("lithium", "cobalt", "nickel", "copper", "graphite", "rare earth elements",
            "neodymium", "dysprosium", "titanium", "tungsten", "vanadium", "manganese", "gallium",
            "germanium", "antimony", "platinum group metals", "palladium", "niobium", "tantalum",
            "zirconium", "bauxite", "iron ore", "tin", "molybdenum", "beryllium", "indium")
KINDS = ("MoU", "Joint Declaration of Intent", "Framework Agreement", "Letter of Intent",
         "Offtake Agreement", "Joint Venture Agreement")
ROLES = ("Director", "Deputy Director", "Chief Executive Officer", "Minister", "Ambassador",
         "Chairman", "Vice-Rector", "Chief Scientist", "Managing Director", "Secretary")


def slug(name: str) -> str:
    """The IRIMinter slug: letters and digits of any script kept, accents folded, other runs → '-'."""
    folded = "".join(ch for ch in unicodedata.normalize("NFD", name.lower())
                     if unicodedata.category(ch) != "Mn")
    folded = unicodedata.normalize("NFC", folded)
    out, dash = [], False
    for ch in folded:
        if (ch.isalnum() or unicodedata.category(ch) == "Mc") and ord(ch) >= 0x30:
            if dash and out:
                out.append("-")
            dash = False
            out.append(ch)
        else:
            dash = True
    return "".join(out) or "unnamed"


def nt_literal(text: str) -> str:
    """A plain literal in canonical N-Triples form: UTF-8 kept, only \\ " and controls escaped."""
    escaped = []
    for ch in text:
        if ch == "\\":
            escaped.append("\\\\")
        elif ch == "\"":
            escaped.append("\\\"")
        elif ch == "\n":
            escaped.append("\\n")
        elif ch == "\r":
            escaped.append("\\r")
        elif ch == "\t":
            escaped.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            escaped.append(f"\\u{ord(ch):04X}")
        else:
            escaped.append(ch)
    return "\"" + "".join(escaped) + "\""


def fnv1a64(text: str) -> str:
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


class TripleStream:
    """Emits N-Triples lines, refusing duplicates, until exactly `count` distinct triples are out."""

    class Full(Exception):
        """Raised once the requested number of triples has been written."""

    def __init__(self, handle, count: int):
        self.handle = handle
        self.remaining = count
        self.seen: set[bytes] = set()

    def emit(self, s: str, p: str, o: str) -> None:
        self.emit_terms(f"<{s}>", p, o)

    def emit_terms(self, subject: str, p: str, o: str) -> None:
        """Like `emit`, with the subject already written as a term (`<iri>` or `_:label`)."""
        if self.remaining == 0:
            raise TripleStream.Full
        line = f"{subject} <{p}> {o} .\n"
        digest = hashlib.blake2b(line.encode("utf-8"), digest_size=12).digest()
        if digest in self.seen:
            raise GeneratorError(f"generator bug: duplicate triple {line!r}")
        self.seen.add(digest)
        self.handle.write(line)
        self.remaining -= 1


class GraphWriter:
    """Writes a graph in the shape of kgx's output: documents, entities, agreements, provenance."""

    def __init__(self, stream: TripleStream, rng: random.Random):
        self.out = stream
        self.rng = rng
        self.countries = [f"{BASE}country/{slug(c)}" for c in COUNTRIES]
        self.minerals = [f"{BASE}mineral/{slug(m)}" for m in MINERALS]
        self.places: list[str] = []

    def iri(self, target: str) -> str:
        return f"<{target}>"

    def typed(self, lexical: str, datatype: str) -> str:
        return f"{nt_literal(lexical)}^^<{XSD}{datatype}>"

    def entity(self, iri: str, cls: str, label: str, alt_labels: list[str], document: str) -> None:
        emit = self.out.emit
        emit(iri, RDF + "type", self.iri(KG + cls))
        emit(iri, RDFS + "label", nt_literal(label))
        for alt in dict.fromkeys(a for a in alt_labels if a != label):
            emit(iri, SKOS + "altLabel", nt_literal(alt))
        emit(iri, KG + "mentionedIn", self.iri(document))

    def zipf(self, values: list[str]) -> str:
        """A draw skewed to the front of `values`, giving long-tailed in-degrees."""
        index = int(len(values) * (self.rng.random() ** 3))
        return values[index]

    def name(self, serial: int) -> str:
        if self.rng.random() < 0.15:
            return f"{self.rng.choice(TRICKY_NAMES)} {serial}"
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)} {self.rng.choice(ORG_SECTORS)} {serial}"

    def date(self) -> str:
        day = datetime.date(2019, 1, 1) + datetime.timedelta(days=self.rng.randrange(8 * 365))
        return day.isoformat()

    def fact(self, s: str, p: str, o: str, object_text: str, document: str, sentence_start: int) -> int:
        """One fact triple plus its reification node and sentence; returns the next free offset."""
        self.out.emit(s, p, o)
        if self.rng.random() >= 0.05:
            return sentence_start
        node = f"{BASE}statement/{fnv1a64(s + chr(0x1F) + p + chr(0x1F) + object_text)}"
        end = sentence_start + self.rng.randint(40, 300)
        sentence = f"{document}#char={sentence_start},{end}"
        emit = self.out.emit
        emit(node, RDF + "type", self.iri(RDF + "Statement"))
        emit(node, RDF + "subject", self.iri(s))
        emit(node, RDF + "predicate", self.iri(p))
        emit(node, RDF + "object", o)
        emit(node, PROV + "wasDerivedFrom", self.iri(sentence))
        emit(sentence, PROV + "value", nt_literal(f"Sentence {sentence_start}–{end}: \"{object_text}\" was agreed.\n(verbatim)"))
        emit(sentence, DCTERMS + "isPartOf", self.iri(document))
        return end + 1

    def preamble(self) -> None:
        first = f"{BASE}document/a0000000"
        self.out.emit(first, RDF + "type", self.iri(KG + "Document"))
        self.out.emit(first, RDFS + "label", nt_literal("a0000000.txt"))
        self.out.emit(first, KG + "sourceFile", nt_literal("a0000000.txt"))
        for name, iri in zip(COUNTRIES, self.countries):
            self.entity(iri, "Country", name, [name.upper(), f"Republic of {name}"], first)
        for name, iri in zip(MINERALS, self.minerals):
            self.entity(iri, "Mineral", name, [name.title(), name + "s"], first)

    def document(self, serial: int) -> None:
        rng, emit = self.rng, self.out.emit
        doc = f"{BASE}document/a{serial:07d}"
        emit(doc, RDF + "type", self.iri(KG + "Document"))
        emit(doc, RDFS + "label", nt_literal(f"a{serial:07d}.txt"))
        emit(doc, KG + "sourceFile", nt_literal(f"a{serial:07d}.txt"))
        emit(doc, KG + "title", nt_literal(f"{self.name(serial)} signs pact — «{rng.choice(MINERALS)}» \\ 協定"))
        emit(doc, KG + "publishedOn", self.typed(self.date(), "date"))

        for iri in dict.fromkeys(self.zipf(self.countries) for _ in range(rng.randint(1, 4))):
            emit(iri, KG + "mentionedIn", self.iri(doc))
        concerned = list(dict.fromkeys(self.zipf(self.minerals) for _ in range(rng.randint(1, 3))))
        for iri in concerned:
            emit(iri, KG + "mentionedIn", self.iri(doc))

        offset = rng.randint(0, 200)
        orgs = []
        for side in range(2):
            label = self.name(serial * 2 + side)
            org = f"{BASE}organization/{slug(label)}"
            orgs.append((org, label))
            self.entity(org, "Organization", label, [label.upper(), f"{label} Limited"], doc)
            country = self.zipf(self.countries)
            offset = self.fact(org, KG + "basedIn", self.iri(country), country, doc, offset)
            mineral = self.zipf(self.minerals)
            offset = self.fact(org, KG + "produces", self.iri(mineral), mineral, doc, offset)

        person_label = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {serial}"
        person = f"{BASE}person/{slug(person_label)}"
        self.entity(person, "Person", person_label, [f"Dr. {person_label}"], doc)
        emit(person, KG + "role", nt_literal(rng.choice(ROLES)))
        offset = self.fact(person, KG + "affiliatedWith", self.iri(orgs[0][0]), orgs[0][0], doc, offset)

        if serial % 7 == 0 or not self.places:
            place_label = f"{rng.choice(('Port', 'Mount', 'Lake', 'Новый', 'नया', '新'))} {rng.choice(LAST_NAMES)} {serial}"
            place = f"{BASE}place/{slug(place_label)}"
            self.places.append(place)
            self.entity(place, "Place", place_label, [], doc)
            country = self.zipf(self.countries)
            offset = self.fact(place, KG + "locatedIn", self.iri(country), country, doc, offset)
        else:
            place = self.rng.choice(self.places)
            emit(place, KG + "mentionedIn", self.iri(doc))

        kind = rng.choice(KINDS)
        signed = self.date()
        parties = sorted(label for _, label in orgs)
        agreement = f"{BASE}agreement/" + "--".join(slug(part) for part in [kind, *parties, signed])
        self.entity(agreement, "Agreement", f"{kind}: {parties[0]} – {parties[1]} ({signed})", [], doc)
        emit(agreement, KG + "agreementKind", nt_literal(kind))
        for org, _ in orgs:
            offset = self.fact(agreement, KG + "party", self.iri(org), org, doc, offset)
        offset = self.fact(agreement, KG + "signatory", self.iri(person), person, doc, offset)
        date_literal = self.typed(signed, "date")
        offset = self.fact(agreement, KG + "signedOn", date_literal, signed, doc, offset)
        offset = self.fact(agreement, KG + "signedAt", self.iri(place), place, doc, offset)
        for mineral in concerned:
            offset = self.fact(agreement, KG + "concerns", self.iri(mineral), mineral, doc, offset)


class VariedGraphWriter:
    """Writes a graph shaped unlike kgx's own output, to exercise a writer's slower paths: hundreds
    of predicates, long IRIs that no prefix covers (or whose rest is no local name), blank nodes,
    language-tagged and typed literals, and long literals full of escapes and line breaks."""

    NAMESPACES = (KG, "http://data.example.org/vocabulary/2024/extended-properties/",
                  "https://schema.example.net/terms/v3.1/critical-minerals/cooperation#",
                  "urn:x-kgx:benchmark:vocabulary:")
    LANGUAGES = ("en", "fr", "de", "es", "pt-BR", "zh-Hant", "ru", "hi", "ja", "en-GB")
    DATATYPES = ("integer", "decimal", "boolean", "date", "dateTime", "double", "string", "gYear")
    WORDS = ("lithium", "cobalt", "offtake", "memorandum", "Lieferkette", "coopération", "協定",
             "литий", "खनिज", "refinery", "a\"quoted\"word", "back\\slash", "tab\there",
             "line\nbreak", "naïve", "🙂", "x&y<z>", "{braces}", "100%", "C:\\path")

    def __init__(self, stream: TripleStream, rng: random.Random):
        self.out = stream
        self.rng = rng
        self.predicates = [f"{self.NAMESPACES[n % len(self.NAMESPACES)]}property{n:03d}"
                           + ("" if n % 5 else "/with/slashes(and)parens") for n in range(400)]

    def subject(self, serial: int) -> str:
        kind = serial % 4
        if kind == 0:
            return f"_:node{serial}"
        if kind == 1:
            return f"<{BASE}resource/{serial}>"
        if kind == 2:
            return (f"<http://very-long-host-name.data.example.org/datasets/critical-minerals/2024/"
                    f"records/{serial:08d}/versions/latest?format=rdf&lang=en#entity-{serial}>")
        return f"<urn:uuid:{hashlib.md5(str(serial).encode()).hexdigest()}>"

    def text(self, words: int) -> str:
        return " ".join(self.rng.choice(self.WORDS) for _ in range(words))

    def literal(self) -> str:
        return nt_literal(self.text(self.rng.randint(1, 6)))

    def object(self, serial: int) -> str:
        rng = self.rng
        draw = rng.random()
        if draw < 0.2:
            return f"{self.literal()}@{rng.choice(self.LANGUAGES)}"
        if draw < 0.4:
            datatype = rng.choice(self.DATATYPES)
            lexical = {"integer": str(rng.randint(-10**6, 10**9)), "decimal": f"{rng.uniform(-1e4, 1e4):.3f}",
                       "boolean": rng.choice(("true", "false", "1", "0")), "date": f"20{rng.randint(10, 29)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                       "dateTime": f"2024-05-0{rng.randint(1, 9)}T1{rng.randint(0, 9)}:00:00Z",
                       "double": f"{rng.uniform(0, 1):.6e}", "string": self.text(2), "gYear": str(rng.randint(1990, 2040))}[datatype]
            iri = XSD + datatype if rng.random() < 0.9 else f"http://data.example.org/datatypes/{datatype}-unit"
            return f"{nt_literal(lexical)}^^<{iri}>"
        if draw < 0.5:
            lines = [self.text(rng.randint(5, 30)) for _ in range(rng.randint(2, 12))]
            return nt_literal("\n".join(lines))
        if draw < 0.6:
            return f"_:node{rng.randrange(0, serial + 1, 4)}"
        if draw < 0.8:
            return self.subject(rng.randrange(1, serial + 2, 2)) if rng.random() < 0.5 else f"<{BASE}resource/{rng.randrange(serial + 1)}>"
        return self.literal()

    def record(self, serial: int) -> None:
        subject = self.subject(serial)
        for predicate in dict.fromkeys(self.rng.choice(self.predicates) for _ in range(self.rng.randint(1, 10))):
            for _ in range(self.rng.choice((1, 1, 1, 2, 3))):
                try:
                    self.out.emit_terms(subject, predicate, self.object(serial))
                except GeneratorError:
                    pass  # the same object drawn twice: draw the next one


def write_triples(count: int, out: Path, seed: int, shape: str = "kgx") -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".part")
    with temporary.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as handle:
        stream = TripleStream(handle, count)
        try:
            if shape == "kgx":
                writer = GraphWriter(stream, random.Random(f"kgx-triples:{seed}"))
                writer.preamble()
                serial = 1
                while True:
                    writer.document(serial)
                    serial += 1
            else:
                varied = VariedGraphWriter(stream, random.Random(f"kgx-triples-varied:{seed}"))
                serial = 1
                while True:
                    varied.record(serial)
                    serial += 1
        except TripleStream.Full:
            pass
    if stream.remaining:
        raise GeneratorError(f"only {count - stream.remaining} of {count} triples written")
    os.replace(temporary, out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    modes = parser.add_subparsers(dest="mode", required=True)
    articles = modes.add_parser("articles", help="synthetic news articles a000001.txt ...")
    articles.add_argument("--count", type=int, required=True)
    articles.add_argument("--out", type=Path, required=True, help="folder to write into")
    articles.add_argument("--seed", type=int, default=42)
    articles.add_argument("--lexicons", type=Path, default=DEFAULT_LEXICONS,
                          help=f"lexicon folder (default {DEFAULT_LEXICONS})")
    triples = modes.add_parser("triples", help="an N-Triples file of exactly N distinct triples")
    triples.add_argument("--count", type=int, required=True)
    triples.add_argument("--out", type=Path, required=True, help="file to write")
    triples.add_argument("--seed", type=int, default=42)
    triples.add_argument("--shape", choices=("kgx", "varied"), default="kgx",
                         help="kgx: shaped like kgx's graphs (default); varied: hundreds of predicates, "
                              "long unprefixable IRIs, blank nodes, tagged, typed and long escaped literals")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    try:
        if args.mode == "articles":
            write_articles(args.count, args.out, args.seed, args.lexicons)
        else:
            write_triples(args.count, args.out, args.seed, args.shape)
    except GeneratorError as error:
        print(f"generate.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
