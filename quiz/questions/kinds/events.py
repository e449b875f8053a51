"""When and where things happened: dates tied to their event, places tied to theirs."""

from __future__ import annotations

import datetime as dt
import re

from ..dates import MONTHS, WEEKDAYS
from ..distractors import Spec
from ..facts import lexicon
from ..facts.clauses import ask
from ..model import Fact, Question
from ..textutil import WORD_NUMBERS, contains_phrase, possessive
from . import generator
from .base import Asker, draft
from .kin import children, only_of_kind, which_child
from .wording import a_or_an, anchor, capitalise, display, pronoun, wed

_PATIENT_VERBS = frozenset(
    {
        "bear",
        "marry",
        "name",
        "nominate",
        "induct",
        "crown",
        "cast",
        "honor",
        "draft",
        "trade",
        "christen",
        "kill",
        "sign",
        "hire",
        "elect",
        "knight",
        "baptize",
        "engage",
    }
)
_HEADS = {
    "day": "On what date",
    "monthday": "On what date",
    "month": "In which month and year",
    "monthonly": "In which month",
    "year": "In which year",
    "holiday": "On which holiday",
}
_CORE = (
    "wedding",
    "birth",
    "death",
    "engagement",
    "retirement",
    "release",
    "win",
    "career",
    "split",
    "performance",
    "tour",
    "pregnancy",
)


@generator("date")
def ask_date(fact: Fact, asker: Asker) -> list[Question]:
    """'In which month and year did Cardi B and Offset tie the knot?', 'When was X born?',
    'On what date was Malone due to kick off the tour?' (a plan is asked as a plan)."""
    clause = fact.get("clause")
    if not clause:
        return []
    if clause.startswith("be ") and fact.get("verb") not in _PATIENT_VERBS and not fact.get("work"):
        return []  # "was released": the person is not what was released
    if clause == "play" and not _band(fact.subject, asker):
        return []  # "When did X play?": an athlete plays every week
    if _counted(fact, clause, asker):
        return []  # "played six nights at the O2 in 2015": the count's question gives the year
    precision = fact.get("precision")
    if precision == "monthonly" and not _once(fact):
        return []  # "In which month did X announce her pregnancy?": which year's, a fan asks
    published = asker.findings.reading.published
    if _day_trivia(fact, has_year=published is not None):
        return []
    head = _HEADS.get(precision, "When")
    if precision == "monthday" and published is not None:
        head = f"On what date in {_year_of(fact, published)}"  # "May 22": which year's, asks a fan
    past = published is not None and fact.get("tense") != "future"
    spec = Spec(
        "date",
        fact.value,
        relation=fact.relation,
        year=published.year if past and published else None,
        latest=published if past else None,
    )
    bump = 1.0 if fact.relation in _CORE or _life_announcement(fact) else 0.6
    if fact.relation == "tour" and fact.get("venue"):
        bump *= _TOUR_STOP  # the date of one stop of the listing
    when = f"on {fact.value}" if precision in ("day", "monthday", "holiday") else f"in {fact.value}"
    out = []
    named = [(who, _adopting(said)) for who, said in namings(fact, clause, asker)]
    plain = _PLAIN.get(fact.relation, "")
    if plain and clause != plain and clause.split()[0] in _PLAIN_VERBS[plain]:
        # "die in a London hotel" names the place another question asks: "die" alone is
        # another wording, tried when that one is dropped.
        named += [(who, plain) for who, said in named if said == clause]
    if fact.relation == "release" and clause.startswith("first ") and len(clause.split()) > 2:
        # "first air as an NBC network program" names the network another question asks:
        # "first air" alone says when the show began, and comes first.
        short = " ".join(clause.split()[:2])
        named = [(who, short) for who, said in named if said == clause] + named
    if fact.get("described"):
        named = [(f"{fact.get('described')} {fact.subject}", clause)]  # "the sitcom Lamp Street"
    for i, (who, said) in enumerate(named):
        if fact.get("happening"):
            event = f"{possessive(fact.subject)} {fact.get('happening')}"
            done = "scheduled" if fact.get("tense") == "future" else "held"
            prompt = f"{head} was {event} {done}?"  # "When was X's final newscast scheduled?"
        elif fact.relation == "tour" and fact.get("venue"):
            venue, city = fact.get("venue"), fact.get("city")
            prompt = (
                f"{head} was {possessive(fact.subject)} tour scheduled to play {venue} in {city}?"
            )
        else:
            prompt = ask(head, who, said, fact.get("tense") or "past")
        done = f"was due to {clause}" if fact.get("tense") == "future" else fact.get("past")
        owned = _work_by_owner(fact, asker, prompt)
        q = draft(
            fact,
            asker,
            kind="date",
            prompt=prompt,
            also=(prompt.replace(f" {fact.subject} ", f" {owned} ", 1),) if owned else (),
            spec=spec,
            explanation=f"{capitalise(fact.subject)} {done} {when}.",
            bump=bump * (1 - 0.03 * i),
        )
        if q:
            out.append(q)
    return out


# What an announcement may make public that fans date by it: "announced in 2017 that they
# were adopting" is when the adoption became news (a pregnancy's reveal is the day of a post).
_ANNOUNCED = frozenset("adoption engagement marriage retirement divorce separation".split())


def _life_announcement(fact: Fact) -> bool:
    """True for the year or month a life event was announced ("announce their adoption")."""
    words = fact.get("clause").split()
    return (
        fact.relation == "announcement"
        and fact.get("precision") in ("year", "month")
        and bool(words)
        and words[-1] in _ANNOUNCED
    )


_ADOPTING = {"their": "they were", "his": "he was", "her": "she was"}


def _adopting(clause: str) -> str:
    """'announce their adoption' as 'announce that they were adopting' (else it reads as if
    they were the ones adopted)."""
    words = clause.split()
    if len(words) == 3 and words[0] == "announce" and words[2] == "adoption":
        if words[1] in _ADOPTING:
            return f"announce that {_ADOPTING[words[1]]} adopting"
    return clause


# Events a person has once (with one partner): "On what date did X marry Y?" is clear
# without the year an undated story cannot give.
_ONCE = frozenset({"wedding", "engagement", "split", "death"})


def _once(fact: Fact) -> bool:
    """True for an event its subject has only once: a wedding, an engagement or a split of one
    couple, a death, one's own birth (a mother "gave birth" to each of her children)."""
    if fact.relation == "birth":
        return fact.get("clause") == "be born"
    return fact.relation in _ONCE


_WORK_NOUN = {"film": "film", "show": "show", "screen": "show", "album": "album", "song": "song"}


def _work_by_owner(fact: Fact, asker: Asker, prompt_of: str) -> str:
    """'Kai Moon's upcoming film' for a date about a title that a question on the star's works
    asks for, so that the date can still be asked beside it ('' otherwise)."""
    if not any(f"{aux} {fact.subject} " in f" {prompt_of}" for aux in ("was", "did", "is")):
        return ""  # "did Jo's song Blue come out": the title is already named by its owner
    for w in asker.findings.facts:
        if w.kind in _WORK_NOUN and w.value == fact.subject and w.subject == asker.main:
            fresh = w.get("fresh") if w.get("fresh") in ("upcoming", "new", "latest") else ""
            return " ".join(x for x in (possessive(w.subject), fresh, _WORK_NOUN[w.kind]) if x)
    return ""


_POSTING = frozenset({"announcement", "post", "share", "reveal", "confirmation", "statement"})


def _day_trivia(fact: Fact, *, has_year: bool) -> bool:
    """True for a day readers call trivia: a day in a year nobody can tell ("On what date was
    the tour due to open? May 22" in an undated story), the day a post or statement went out,
    or a past day the article only gives as a weekday ("died on Monday" asked as April 5,
    2021; a birth or wedding day stays, as a plan's day does)."""
    precision = fact.get("precision")
    if precision not in ("day", "monthday"):
        return False
    if fact.relation in _POSTING:
        return True
    if precision == "monthday" and not has_year and not _once(fact):
        return True  # a wedding or a birth happens once: its day needs no year to be clear
    by_weekday = any(w in said for said in fact.support for w in WEEKDAYS) and not any(
        ch.isdigit() for said in fact.support for ch in said
    )
    return (
        by_weekday and fact.get("tense") != "future" and fact.relation not in ("birth", "wedding")
    )


def _year_of(fact: Fact, published: dt.date) -> int:
    """The year of a day written without one: the story's, or the next (a plan in January
    told in December) or the last (an event in December told in January)."""
    month = next((i for i, m in enumerate(MONTHS, 1) if fact.value.startswith(m)), published.month)
    if fact.get("tense") == "future" and month < published.month:
        return published.year + 1
    if fact.get("tense") != "future" and month > published.month:
        return published.year - 1
    return published.year


_PLAIN = {"death": "die", "wedding": "get married"}
_PLAIN_VERBS = {"die": ("die",), "get married": ("marry", "wed", "tie", "get")}

_KIN_WORDS = {
    ("spouse", "F"): "wife", ("spouse", "M"): "husband", ("spouse", ""): "spouse",
    ("engaged", "F"): "fiancée", ("engaged", "M"): "fiancé", ("engaged", ""): "partner",
    ("dating", "F"): "girlfriend", ("dating", "M"): "boyfriend", ("dating", ""): "partner",
}  # fmt: skip


def _band(name: str, asker: Asker) -> bool:
    """True for a band (it plays concerts, so "play" alone says what it did)."""
    person = asker.findings.cast.person(name)
    return person is not None and person.field == "band"


def _counted(fact: Fact, clause: str, asker: Asker) -> bool:
    """True when the clause carries a count another question asks about (each would answer
    the other: "In which year did U2 play six nights?", "How many nights did U2 play in 2015?")."""
    if not any(w.isdecimal() or w in WORD_NUMBERS for w in clause.lower().split()):
        return False
    return any(
        f.kind == "number" and f.relation == "count" and f.evidence == fact.evidence
        for f in asker.findings.facts
    )


def _partners(asker: Asker) -> dict[tuple[str, str], str]:
    """(person, partner) -> what the partner is to them now, by the partner's sex ("wife" over
    "fiancée" over "girlfriend": the article's latest word for them)."""
    rank = {"spouse": 0, "engaged": 1, "dating": 2}
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for f in asker.findings.facts:
        kin = lexicon.kin().get(f.relation)
        if (
            f.kind not in ("spouse", "partner")
            or f.get("status") == "ex"
            or kin is None
            or kin.relation not in ("spouse", "partner")
        ):
            continue
        status = (
            "spouse"
            if kin.relation == "spouse"
            else "engaged"
            if kin.status == "engaged"
            else "dating"
        )
        if status == "engaged" and wed(asker.findings, f.subject):
            status = "spouse"  # the story's wedding outdates the engagement
        sex = f.get("sex") or kin.sex or asker.findings.cast.sex(f.value)
        key = (rank[status], _KIN_WORDS[status, sex if sex in ("M", "F") else ""])
        if (f.subject, f.value) not in best or key < best[f.subject, f.value]:
            best[f.subject, f.value] = key
    return {pair: key[1] for pair, key in best.items()}


def _sex(asker: Asker, person: str, partners: dict[tuple[str, str], str]) -> str:
    """A person's sex as the cast knows it, else as their partner's word for them says
    ("Offset's wife Cardi B")."""
    known = asker.findings.cast.sex(person)
    if known:
        return known
    words = {
        "wife": "F",
        "husband": "M",
        "fiancée": "F",
        "fiancé": "M",
        "girlfriend": "F",
        "boyfriend": "M",
    }
    return next(
        (words[kin] for (who, other), kin in partners.items() if other == person and kin in words),
        "",
    )


_COUPLED = {
    "tie the knot": "get married",
    "get married": "get married",
    "marry": "get married",
    "wed": "get married",
    "get engaged": "get engaged",
}
_ROMANCE = frozenset(
    {
        "wedding",
        "engagement",
        "romance",
        "split",
        "birth",
        "pregnancy",
        "celebration",
        "announcement",
    }
)


def namings(fact: Fact, clause: str, asker: Asker, *, subject: str = "") -> list[tuple[str, str]]:
    """Ways to name who the date is about and what they did: as written ('Cardi B and Offset',
    'propose to Dana Whitlow'), and without the partner's name, which would answer "Who
    did X marry?" ('Cardi B and her husband', 'propose to his future wife', 'Garbiñe
    Muguruza's fiance ... to her')."""
    subject = subject or fact.subject
    if fact.get("work"):
        # "Ann Lee's album" alone is unclear: she has made several; the title says which, and
        # "her second album" does when the title is another question's answer.
        work = fact.get("work")
        if re.search(rf"\b{re.escape(subject)}\b", work):
            return [(f"the {work}", clause)]  # "the U2 360° Tour", not "U2's U2 360° Tour"
        title = work_title(fact, asker)
        titled = [(f"{possessive(subject)} {work} “{title}”", clause)] if title else []
        which = work_descriptor(fact, asker)
        if which and work.endswith("video"):
            his = pronoun(asker.findings.cast.sex(subject), "possessive")
            titled.append((f"{possessive(subject)} {work} for {his} {which}", clause))
        elif which:
            titled.append((f"{possessive(subject)} {which}", clause))
        return titled or [(f"{possessive(subject)} {work}", clause)]
    out = [(subject, clause)]
    partners = _partners(asker)
    main = asker.main
    star = asker.findings.cast.person(main) if main else None
    tied = star is not None and star.sex and star.field != "band" and (main, subject) in partners
    if tied and star is not None and len(subject.split()) == 1:
        # "Elena" alone is unclear: "Marco Riva's wife Elena", or "Marco Riva's wife".
        tie = f"{possessive(main)} {partners[main, subject]}"
        said = (
            " ".join(clause.replace(main, pronoun(star.sex, "object")).split())
            if clause
            else clause
        )
        out = [(f"{tie} {subject}", said), (tie, said)]

    def sex(person: str) -> str:
        return _sex(asker, person, partners)

    a, _, b = subject.partition(" and ")
    once = not any(
        f.kind in ("spouse", "partner") and f.subject == a and f.get("status") == "ex"
        for f in asker.findings.facts
    )
    if b and (a, b) in partners and sex(a):
        before = fact.relation in ("engagement", "romance") and partners[a, b] in (
            "wife",
            "husband",
            "spouse",
        )
        out.append(
            (
                f"{a} and {pronoun(sex(a), 'possessive')} "
                f"{'future ' if before else ''}{partners[a, b]}",
                clause,
            )
        )
    elif (
        b
        and (a, b) in partners
        and once
        and fact.relation in ("wedding", "engagement")
        and clause in _COUPLED
    ):
        out.append(
            (a, _COUPLED[clause])
        )  # "Cardi B and Offset tied the knot" -> "Cardi B got married"
    for (who, other), kin in partners.items():
        if fact.relation not in _ROMANCE:
            break  # "win Love Island": only a couple's own events name the partner
        if who == subject and clause and contains_phrase(clause, other) and sex(who):
            before = fact.relation in ("engagement", "romance") and kin in (
                "wife",
                "husband",
                "spouse",
            )
            named = f"{pronoun(sex(who), 'possessive')} {'future ' if before else ''}{kin}"
            plain = (
                "get married"
                if clause.startswith(("marry ", "wed "))
                else clause.replace(f"with {other}", "").replace(other, named)
            )
            out.append((who, " ".join(plain.split())))
        elif (
            other == subject and who == asker.main and (not clause or contains_phrase(clause, who))
        ):
            out.append(
                (
                    f"{possessive(who)} {kin}",
                    " ".join(clause.replace(who, pronoun(sex(who), "object")).split()),
                )
            )
    # A child also by the tie alone ("Savannah Guthrie's daughter"): the name may be an answer.
    ties = [
        f
        for f in asker.findings.facts
        if f.kind == "child"
        and f.value == subject
        and " and " not in f.subject
        and f.relation in ("son", "daughter", "child", "baby")
    ]
    child = next((f for f in ties if f.subject == asker.main), ties[0] if ties else None)
    if child is not None:
        out = [_child_named(o, child, asker) for o in out]
        tie = _child_tie(child, asker)
        if tie:
            out.append((f"{possessive(child.subject)} {tie}", clause))
    out += _child_unnamed(out, fact, asker, partners)
    # A spouse or partner question almost always makes the pack: the namings that leave the
    # partner out come first, so that this question and that one can both be asked.
    keys = {b for (a, b) in partners if a == (asker.main or subject.split(" and ")[0])}
    return sorted(out, key=lambda o: any(contains_phrase(" ".join(o), n) for n in keys))


# The work kinds a "the record" or "the video" may stand for.
_WORK_NOUNS = {
    "album": ("album",),
    "record": ("album",),
    "song": ("song",),
    "single": ("song",),
    "music video": ("song",),
    "video": ("song",),
}


def work_title(fact: Fact, asker: Asker) -> str:
    """The one title of the work a date is about: named in its sentence ("Titled X, the record
    is set for ...") or, for "The song was released", in the sentence before ('' if unsure)."""
    kinds = _WORK_NOUNS.get(fact.get("work"), ())
    i = fact.evidence.index
    for back in (0, 1):
        titles = {
            f.value
            for f in asker.findings.facts
            if f.kind in kinds and f.subject == fact.subject and f.evidence.index == i - back
        }
        if titles:
            return titles.pop() if len(titles) == 1 else ""
    return ""


# "her second album", "his debut single": a work's place among the artist's own, which never
# changes ("his first single in three years" is no such place).
_WORK_PLACE = re.compile(
    r"\b(?:his|her|their|its)\s+(?:long-awaited\s+|much-anticipated\s+)?"
    r"(debut|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sophomore)\s+"
    r"((?:solo\s+|studio\s+)?(?:album|single|song|record))\b(?!\s+(?:in|since|for)\b)",
    re.I,
)
_PLACE_NOUNS = {"album": ("album", "record"), "record": ("album", "record")}


def work_descriptor(fact: Fact, asker: Asker) -> str:
    """'second album' for the work a date is about, from its sentence or the one before
    ("his long-awaited sophomore album" ... "the record is set for May 19"); '' if none."""
    work = fact.get("work")
    nouns = _PLACE_NOUNS.get(work, ("single", "song"))
    views = asker.findings.reading.sents
    i = fact.evidence.index
    for j in (i, i - 1):
        if not 0 <= j < len(views):
            continue
        found = {
            (m.group(1).lower(), m.group(2).lower())
            for m in _WORK_PLACE.finditer(views[j].text)
            if m.group(2).split()[-1].lower() in nouns
        }
        if len(found) == 1:
            place, noun = found.pop()
            place = "second" if place == "sophomore" else place
            return f"{place} {noun.replace('record', 'album')}"
        if found:
            return ""
    return ""


def _child_unnamed(
    namings: list[tuple[str, str]],
    fact: Fact,
    asker: Asker,
    partners: dict[tuple[str, str], str],
) -> list[tuple[str, str]]:
    """The namings with a child named in the clause by its tie instead ("give birth to Ivy
    Lane" -> "give birth to their daughter"): the name may be another question's answer."""
    out = []
    for c in asker.findings.facts:
        if c.kind != "child" or c.get("form") == "newborn" or c.value == fact.subject:
            continue
        first = re.escape(c.value.split()[0])
        tie = _child_tie(c, asker)
        if not tie:
            continue
        couple = " and " in fact.subject or any(b == fact.subject for (_a, b) in partners)
        his = "their" if couple else pronoun(_sex(asker, fact.subject, partners), "possessive")
        for who, clause in namings:
            said = re.sub(rf"\b{first}(?: [A-Z][\w'’-]*)*", f"{his} {tie}", clause)
            if said != clause and (who, said) not in out:
                out.append((who, said))
    return out


_TITLES = frozenset("prince princess lady lord sir king queen duke duchess".split())


def _child_named(naming: tuple[str, str], child: Fact, asker: Asker) -> tuple[str, str]:
    """A child a fan does not know by name, named with the parent ("Ann Lee's daughter Wren")."""
    who, clause = naming
    person = asker.findings.cast.person(child.value)
    if who != child.value or who == asker.main or (person is not None and person.famous):
        return naming
    first = child.value.split()[0]
    if first.lower() in _TITLES or len(first) < 3:
        first = child.value  # "Prince Felix" is not "Prince"
    relation = children(asker.findings, child.subject).get(child.value) or child.relation
    if relation == "baby":
        return naming
    return (f"{possessive(child.subject)} {relation} {first}", clause)


def _child_tie(child: Fact, asker: Asker) -> str:
    """'son' when the parent has one son, else a tie that picks this one out ('second child')."""
    findings = asker.findings
    if only_of_kind(findings, child.subject, child.value, child.relation):
        return child.relation
    return which_child(findings, child.subject, child.value, child.relation)


# The noun a prompt names a level by; most venue kinds are their own noun.
_LEVEL_NOUNS = {
    "concert-hall": "venue",
    "golf-course": "golf course",
    "theme-park": "theme park",
    "conservatory": "school",
} | {
    k: k
    for k in (
        "city county island state country hotel resort castle palace estate stadium arena theatre "
        "university club cathedral church racecourse festival studio museum school"
    ).split()
}
_SETTLED = {"wedding": "get married", "engagement": "get engaged", "death": "die"}


def _level(value: str) -> str:
    """The noun a prompt names a place's level by ("city", "castle"; '' when unsure)."""
    from ..distractors.places import place_level
    from ..facts.places import _venue_kind

    level = place_level(value)
    if level in ("city", "county", "island", "state", "country"):
        return _LEVEL_NOUNS[level]
    return _LEVEL_NOUNS.get(_venue_kind(value), "")


def _lead(level: str) -> str:
    """'In which city', 'At which castle', or 'Where'."""
    if not level:
        return "Where"
    in_it = ("city", "county", "state", "country")
    if level == "island":
        return "On which island"
    return f"In which {level}" if level in in_it else f"At which {level}"


def _place_prompts(fact: Fact, asker: Asker, who: str, said: str, undated: bool = False) -> str:
    """The prompt for one naming of the subject ('' when the fact cannot be asked cleanly)."""
    relation = fact.relation
    level = _level(fact.value)
    if relation == "tour":
        city = fact.get("city").split(",")[0]
        whose = possessive(fact.subject)
        return f"Which {city} venue was {whose} tour scheduled to play on {fact.get('when')}?"
    if relation == "birthplace":
        return f"Where was {who} born?"
    if relation == "stay":
        return f"Where {'were' if ' and ' in who else 'was'} {who} {fact.get('doing')}?"
    if relation == "move":
        # "moved to Lyon": to which city; the year, when the sentence gives one, says which move
        if not level or fact.get("tense") == "future":
            return ""
        year = f" in {fact.get('year')}" if fact.get("year") else ""
        why = f" {fact.get('why')}" if fact.get("why") else ""
        return f"To which {level} did {who} move{year}{why}?"
    if relation == "honeymoon":
        return ask("Where", who, "go on honeymoon", fact.get("tense") or "past")
    if relation == "adoption":
        return f"From which country did {who} adopt {fact.get('child')}?"
    if relation == "nationality":
        return f"Which country is {who} from?" if level == "country" else ""
    if relation == "school":
        return f"Which university did {who} attend?" if level == "university" else ""
    if relation in ("hometown", "origin"):
        return f"Where did {who} grow up?" if fact.get("grew") else f"Where is {who} from?"
    if relation == "home":
        when = anchor(fact, asker.findings)  # where someone lives changes: say when
        return f"Where did {who} live in {when}?" if when and " and " not in who else ""
    if relation == "workplace":
        return (
            f"In which city was {who} {a_or_an(fact.get('role'))}?"
            if level == "city" and fact.get("role")
            else ""
        )
    if relation == "wedding" and fact.get("event") in ("wedding", "nuptials", "ceremony"):
        # "The Quint wedding took place at X": where the couple married, said plainly.
        return ask(_lead(level), who, "get married", fact.get("tense") or "past")
    if fact.get("event"):  # "The Holt wedding took place at ...", "U2's appearance will be at ..."
        event = f"{possessive(who)} {fact.get('event')}"
        if fact.get("tense") == "future" or relation == "appearance":
            return f"{_lead(level)} was {event} scheduled to take place?"
        return f"{_lead(level)} did {event} take place?"
    if relation in _SETTLED:
        return ask(
            _lead(level) if relation != "death" else "Where",
            who,
            _SETTLED[relation],
            fact.get("tense") or "past",
        )
    if said:
        on = f" {fact.get('on')}" if fact.get("on") and not undated else ""
        return ask(_lead(level), who, f"{said}{on}", fact.get("tense") or "past")
    return ""


_ROOTS = frozenset({"birthplace", "hometown", "origin", "home", "nationality"})


def _akin(a: str, b: str) -> bool:
    """True when two relations of one person may name the same place loosely: born in one
    town and raised in another, both are "where she is from" to a fan."""
    return a == b or a in _ROOTS and b in _ROOTS


def _names(subject: str) -> set[str]:
    """The people of a subject ("A and B" is both A and B)."""
    return set(subject.split(" and "))


@generator("place")
def ask_place(fact: Fact, asker: Asker) -> list[Question]:
    """'Where was Dolores O'Riordan born?', 'In which city did Jalen Brunson get married?',
    'At which hotel ...', 'Where was Post Malone due to start the European leg?'."""
    from ..distractors.places import place_level

    level = place_level(fact.value)
    # Also true, so never an option: the other places of this event, and the subject's other
    # places of the same relation (two universities, a ceremony's and a reception's venue).
    same_event = {
        f.value
        for f in asker.findings.facts
        if f.kind == "place"
        and (
            f.evidence == fact.evidence
            or _akin(f.relation, fact.relation)
            and bool(_names(f.subject) & _names(fact.subject))
        )
    }
    kind = _level(fact.value)
    pool = [
        f.value
        for f in asker.findings.facts
        if f.kind == "place"
        and f.value not in same_event
        and place_level(f.value) == level
        and _level(f.value) == kind
        and fact.relation != "nationality"  # the article's other countries may be far away
        # Another town of the story may be where the person lived too: no wrong move.
        and fact.relation != "move"
    ]
    region = fact.get("city") or next(
        (v for v in same_event if place_level(v) in ("city", "state")), ""
    )
    if not region and not level:
        from ..distractors.places import country_in

        region = country_in(fact.evidence.text.replace(fact.value, " "))  # "appearance in the UK"
    spec = Spec(
        "place",
        fact.value,
        subject=fact.subject,
        region=region,
        relation=fact.relation,
        avoid=frozenset(same_event - {fact.value}),
    )
    out = []
    variants = [(n, False) for n in _place_namings(fact, asker)]
    if fact.get("on"):
        # The day tells one show of a tour from another; with one such event it is not needed
        # (and it would answer the date question of the same clause).
        others = [
            f
            for f in asker.findings.facts
            if f.kind == "place"
            and f.subject == fact.subject
            and f.get("clause") == fact.get("clause")
            and f.get("on") != fact.get("on")
        ]
        undated = [(n, True) for n in _place_namings(fact, asker)]
        # "play" or "perform" with nothing after it is one show of many ("due to play on July 22").
        shows = fact.get("clause") in ("play", "perform", "headline", "tour")
        # A tour's show without its day is ambiguous: then the day stays.
        variants = variants if shows else variants + undated if others else undated + variants
    for i, ((who, said), dateless) in enumerate(variants):
        prompt = _place_prompts(fact, asker, who, said, dateless)
        if not prompt:
            continue
        q = draft(
            fact,
            asker,
            kind="place",
            prompt=prompt,
            spec=spec,
            explanation=f"{capitalise(fact.subject)}: {fact.value}.",
            pool=pool,
            # Readers call one stop of a tour's listing trivia: it only fills a short pack.
            bump=(1 - 0.03 * i) * (_TOUR_STOP if fact.relation == "tour" else 1.0),
        )
        if q:
            out.append(q)
    return out


_TOUR_STOP = 0.4


def _place_namings(fact: Fact, asker: Asker) -> list[tuple[str, str]]:
    """The subject as a relative of the star when they are one ("Marco Riva's wife
    Elena", then "Marco Riva's wife"), else as namings() gives it."""
    clause = fact.get("clause")
    main = asker.main
    kin = _partners(asker).get((main, fact.subject)) if main else None
    if kin:
        tie = f"{possessive(main)} {kin}"  # "Marco Riva's wife", named or not
        return [(f"{tie} {fact.subject.split()[0]}", clause), (tie, clause)]
    shown = display(fact.subject, asker.findings)
    if shown != fact.subject and not any(
        f.kind == "partner" and f.value == fact.subject for f in asker.findings.facts
    ):
        return [(shown, clause)]
    return namings(fact, clause, asker)
