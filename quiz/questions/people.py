"""People in an article: full names, surname/first-name mentions, the main subject, gender."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import banks
from .textutil import NAME

_ROLE_WORDS = {
    "son",
    "daughter",
    "host",
    "singer",
    "actor",
    "actress",
    "star",
    "wife",
    "husband",
    "rapper",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "dame",
    "coach",
    "baby",
    "teammate",
    "co-star",
    "quarterback",
    "comedian",
    "musician",
    "director",
    "producer",
    "model",
    "designer",
    "pitcher",
    "striker",
    "boyfriend",
    "girlfriend",
    "fiance",
    "fiancé",
    "fiancée",
    "partner",
    "mom",
    "dad",
    "mother",
    "father",
    "brother",
    "sister",
}
_FEMALE_CUE = re.compile(
    r"\b(?:wife|daughter|mother|mom|sister|girlfriend|fianc[ée]e|actress|ex-wife|"
    r"grandmother|aunt|niece|stepdaughter|bride)\b,?\s+(?:of\s+[^,]{1,30},\s+)?(" + NAME + ")"
)
_MALE_CUE = re.compile(
    r"\b(?:husband|son|father|dad|brother|boyfriend|fianc[ée]|ex-husband|grandfather|uncle|"
    r"nephew|stepson|groom)\b,?\s+(?:of\s+[^,]{1,30},\s+)?(" + NAME + ")"
)
ROLE_NOUN = (
    r"(?:singer|songwriter|rapper|star|actor|actress|comedian|host|hitmaker|crooner|musician|"
    r"winner|athlete|player|quarterback|champion|icon|personality|alum|alumna|artist|"
    r"producer|director|model|mogul|entertainer|performer|frontman|frontwoman|"
    r"superstar|veteran|dad|mom|father|mother|guard|forward|striker|pitcher|goalkeeper|"
    r"linebacker|receiver|shortstop|midfielder|boxer|golfer|swimmer|gymnast|sprinter|"
    r"journalist|anchor|co-host|newscaster|presenter|rocker|islander|contestant|native)"
)


_NOT_NAME = re.compile(
    r"\b(?:Show|Live|Tonight|Night|News|Records|Music|Awards?|Instagram|TikTok|YouTube|Netflix|"
    r"Hulu|Studios?|Theater|Theatre|Festival|Tour|City|County|Street|Hall|Center|Centre)\b"
)


def clean_name(raw: str) -> str:
    """Trim possessives, trailing punctuation and leading role words from a name."""
    name = re.sub(r"[’']s?$", "", raw.strip().rstrip(",;:!?"))
    if not re.search(r"\b(?:Jr|Sr|[A-Z])\.$", name):
        name = name.rstrip(".")
    words = re.sub(r"[’']s?$", "", name).split()
    while words and words[0].lower().rstrip(".") in _ROLE_WORDS:
        words = words[1:]
    return " ".join(words).strip()


@dataclass
class People:
    """Resolves mentions ('Smith', 'Jane') to canonical full names within one article."""

    full: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    genders: dict[str, str] = field(default_factory=dict)
    main: str = ""
    titled: bool = False  # the main subject is named in the headline
    # Set once the people are final (resolve() reads counts and main while they are built).
    memo: dict[str, str] | None = field(default=None, repr=False)

    def resolve(self, mention: str) -> str:
        """Canonical name for a mention, or '' when it is not a known person."""
        if self.memo is None:
            return self._resolve(mention)
        hit = self.memo.get(mention)
        if hit is None:
            hit = self.memo[mention] = self._resolve(mention)
        return hit

    def _resolve(self, mention: str) -> str:
        """resolve() without the memo."""
        name = clean_name(mention)
        if not name:
            return ""
        if name in self.full:
            return name
        words = name.split()
        # A longer known name containing this one ("Luna" -> "Luna Simone"); unique only.
        hits = [f for f in self.full if _token_sub(words, f.split())]
        if len(hits) > 1 and self.main in hits and words == self.main.split()[-len(words) :]:
            # A shared surname alone means the subject, if the subject clearly leads.
            rivals = [self.counts[h] for h in hits if h != self.main]
            return self.main if self.titled or self.counts[self.main] > max(rivals) else ""
        return hits[0] if len(hits) == 1 else ""

    def gender(self, name: str) -> str:
        """'F', 'M' or '' for a canonical name."""
        if name in self.genders:
            return self.genders[name]
        return banks.first_name_gender(name.split()[0]) if name else ""

    def short(self, name: str) -> str:
        """A first name for a single-word or child name; the full name otherwise."""
        return name.split()[0] if name else name


_SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"}


def _token_sub(part: list[str], whole: list[str]) -> bool:
    """True when part is the first name, the surname or a leading run of whole."""
    if whole and whole[-1] in _SUFFIXES:
        whole = whole[:-1]  # "Banks" is the surname of "Tyler Banks Jr."
        if part == whole:
            return True
    if len(part) >= len(whole):
        return False
    return part == whole[: len(part)] or part == whole[-len(part) :]


def build_people(person_ents: list[str], body: str, title: str = "") -> People:
    """Collect people from spaCy PERSON entities and rank them by mentions in body."""
    names: list[str] = []
    for raw in person_ents:
        name = clean_name(raw)
        if name and "\n" not in name and name[0].isupper() and len(name.split()) <= 4:
            if _NOT_NAME.search(name):
                continue  # "Jimmy Kimmel Live", "Instagram Live": shows and brands
            if all(w[:1].isupper() or w in {"de", "van", "von", "da"} for w in name.split()):
                names.append(name)
    # Longest first, so that "Jane Smith" is canonical and "Smith" resolves to it.
    ordered = sorted(dict.fromkeys(names), key=lambda n: (-len(n.split()), names.index(n)))
    people = People()
    for name in ordered:
        words = name.split()
        # Skip a mention that is part of a name already known ("Smith" of "Jane Smith").
        if not any(name == f or _token_sub(words, f.split()) for f in people.full):
            people.full.append(name)
    # Celebrity headlines lead with their subject: the first full name in the title wins.
    in_title = sorted(
        (title.find(_bare(n)), n) for n in people.full if len(n.split()) > 1 and _bare(n) in title
    )
    people.counts.update({n: (title + "\n" + body).count(n) for n in people.full})
    if in_title:
        people.main, people.titled = in_title[0][1], True
    elif people.full:
        people.main = max(people.full, key=lambda n: (people.counts[n], -body.find(n)))
    for name in people.full:
        pattern = "|".join(re.escape(v) for v in _variants(name, people))
        people.counts[name] = len(re.findall(r"\b(?:" + pattern + r")\b", body))
    if people.counts and not people.titled:
        top = max(people.full, key=lambda n: (people.counts[n], -body.find(n)))
        people.main = top if len(top.split()) > 1 or people.counts[top] > 2 else ""
    _assign_genders(people, body)
    people.memo = {}
    return people


def _bare(name: str) -> str:
    """The name without a Jr./Sr./III suffix (headlines drop it)."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1] in _SUFFIXES else name


def _variants(name: str, people: People) -> list[str]:
    """The full name and each single word of it that resolves back to it uniquely."""
    out = [name]
    for w in name.split():
        if len(w) > 2 and people.resolve(w) == name:
            out.append(w)
    return out


def _assign_genders(people: People, body: str) -> None:
    """Gender from kinship cues ('wife X', 'son Y'), else pronouns for the main subject."""
    for cue, gender in ((_FEMALE_CUE, "F"), (_MALE_CUE, "M")):
        for m in cue.finditer(body):
            name = people.resolve(m.group(1))
            if name and name not in people.genders:
                people.genders[name] = gender
    if people.main and people.main not in people.genders:
        by_name = banks.first_name_gender(people.main.split()[0])
        if by_name:
            # A known first name beats pronoun counts, which a male co-star can tip.
            people.genders[people.main] = by_name
            return
        # Pronouns outside quotations mostly refer to the article's subject.
        prose = re.sub(r"[\"“][^\"”]*[\"”]", " ", body)
        he = len(re.findall(r"\b(?:he|him|his|himself)\b", prose, re.I))
        she = len(re.findall(r"\b(?:she|her|hers|herself)\b", prose, re.I))
        if he != she:
            people.genders[people.main] = "M" if he > she else "F"
