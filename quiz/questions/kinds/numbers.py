"""How many: counts tied to their verb, years married, children so far, which anniversary.

A count is asked in its clause's tense: a finished event in the past ("How many seasons did
Carmelo Anthony play?"), a plan as a plan ("At how many venues was U2 due to play the album?"),
and a tally that keeps growing only with the time it was true ("By March 2023, how many
Guinness World Records had Shakira broken?"), or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..distractors import Spec
from ..facts.clauses import verb_form
from ..model import Fact, Question
from ..textutil import ordinal_value, possessive
from . import generator
from .base import Asker, draft
from .events import namings
from .wording import a_or_an, anchor, capitalise, plural, pronoun

# A count standing in these is asked with the preposition first ("At how many venues ..."); the
# others leave it at the end ("How many daughters had she given birth to?").
_FRONTED = frozenset({"at", "in", "with", "for", "on", "across", "over", "into", "after"})
_HOLDING = frozenset({"have", "share", "hold", "own", "boast", "count"})
# Counts won at one event are asked with its time ("How many awards did Rosalia win in
# November 2019?"): without it, "how many awards" could mean a whole career.
_AT_AN_EVENT = frozenset(
    {"win", "earn", "receive", "collect", "take", "bag", "scoop", "claim", "land", "pick"}
)


_OPEN_HEDGES = frozenset({"more than", "over", "at least", "about", "around"})


def _family_size(fact: Fact) -> tuple[frozenset[str], str] | None:
    """(the people, how many children) a fact says a family has, whatever its wording."""
    people = frozenset(p.strip() for p in fact.subject.split(" and "))
    if fact.relation == "ordinal-children":
        return people, str(ordinal_value(fact.value) or "")
    if (
        fact.relation == "children"
        or fact.relation == "count"
        and fact.get("noun") in ("children", "kids")
    ):
        return people, fact.value
    return None


def _said_before(fact: Fact, asker: Asker) -> bool:
    """True when an earlier fact already says the same family's size (the same people, in any
    order, or one of them, with the same number)."""
    mine = _family_size(fact)
    if mine is None:
        return False
    for other in asker.findings.facts:
        if other is fact or other.kind != "number" or other.evidence.start > fact.evidence.start:
            continue
        theirs = _family_size(other)
        if (
            theirs
            and theirs[1] == mine[1]
            and (theirs[0] & mine[0])
            and (other.evidence.start, other.value) < (fact.evidence.start, fact.value or "~")
        ):
            return True
    return False


def _spouse(fact: Fact, asker: Asker) -> str:
    """The subject's spouse, named in the fact or elsewhere in the article."""
    if fact.get("spouse"):
        return fact.get("spouse")
    return next(
        (f.value for f in asker.findings.facts if f.kind == "spouse" and f.subject == fact.subject),
        "",
    )


def _count_prompts(fact: Fact, asker: Asker) -> list[str]:
    """The count's prompt, one per way of naming its subject (see events.namings)."""
    noun = fact.get("noun")
    clause = fact.get("clause")
    if not noun or not clause:
        return []
    nouns = plural(noun)
    prep = fact.get("prep")
    when = anchor(fact, asker.findings)
    post = _titled(fact.get("post"), fact, asker)
    bound = post if post.startswith("of ") else ""  # "series of the sitcom" stays together
    what = f"how many {nouns}{' ' + bound if bound else ''}"
    lead = f"{prep.capitalize()} {what}" if prep in _FRONTED else capitalise(what)
    tail = " ".join(
        x
        for x in (
            "" if bound else post,
            prep if prep and prep not in _FRONTED else "",
            fact.get("when"),
        )
        if x
    )
    tail = f" {tail}" if tail else ""
    tense = fact.get("tense")
    verb = fact.get("verb")
    be = "were" if " and " in fact.subject else "was"
    out = []
    event = (
        ""
        if when
        else story_event(asker, fact.subject) or fact.get("story") or milestone_event(fact, asker)
    )
    if not when and not event and nouns in _KIN_NOUNS and verb in _HOLDING:
        event = _birth_anchor(fact, asker)  # "How many sons did they have when X was born?"
    low = f"{lead[0].lower()}{lead[1:]}"
    for who, said in namings(fact, clause, asker):
        if verb == "be" and clause == "be part of":
            out.append(f"{lead} {be} {who} part of?")  # a finished career's (see counts.py)
        elif tense == "future":
            out.append(f"{lead} {be} {who} due to {said}{tail}?")
        elif fact.get("perfect"):
            participle = fact.get("participle") if said == clause else said
            if when:
                out.append(f"By {when}, {low} had {who} {participle}{tail}?")
            elif event:
                out.append(f"{lead} had {who} {participle}{tail} {event}?")
            else:
                return []  # a tally so far, with no time to say when: the answer drifts
        elif verb in _HOLDING or tense == "present":
            if when:
                out.append(f"In {when}, {low} did {who} {said}{tail}?")
            elif event:
                out.append(f"{lead} did {who} {said}{tail} {event}?")
            else:
                return []
        else:
            at = ""
            if verb in _AT_AN_EVENT and len(said.split()) == 1 and not fact.get("when"):
                if not when:
                    return []  # "How many awards did Rosalia win?": at what, when?
                if _SPAN.search(fact.evidence.text):
                    # "won four Emmys during her time on the show": a tally over years, not
                    # what was won that month.
                    out.append(f"By {when}, {low} had {who} {verb_form(said, 'VBN')}{tail}?")
                    continue
                at = f" in {when}"
            out.append(f"{lead} did {who} {said}{tail}{at}?")
    return out


# "of the hit Channel 4 sitcom": a show told by its kind, which the fan cannot see.
_SHOW_BY_KIND = re.compile(
    r"^of the (?:[\w'’-]+ ){0,4}(?:sitcom|show|series|drama|soap|comedy|programme|program)$"
)


def _titled(post: str, fact: Fact, asker: Asker) -> str:
    """The phrase with a show told by its kind named by its title, when the article's facts
    give the one show it is: the subject's own show whose network the phrase names, or the
    subject's one show ("of the hit sitcom" -> "of “Shore Road”")."""
    if not _SHOW_BY_KIND.match(post):
        return post
    facts = asker.findings.facts
    own = {f.value for f in facts if f.kind == "show" and f.subject == fact.subject}
    networks = {f.subject for f in facts if f.relation == "network" and f.value in post}
    titles = own & networks if networks else own
    return f"of “{titles.pop().strip('“”')}”" if len(titles) == 1 else post


_SPAN = re.compile(
    r"\b(?:during|throughout|over the course of|in (?:his|her|their) career"
    r"|over (?:[\w-]+ ){1,3}(?:seasons|years|decades))\b",
    re.I,
)
_STORY_EVENTS = ("wedding", "engagement", "birth", "retirement", "death", "split", "release")


def _recalled(fact: Fact, findings: object) -> bool:
    """True for a dated event the story looks back on: a year other than the publication's,
    or a date written before its event noun ("the couple's Oct. 3, 1998 wedding")."""
    from ..dates import find_dates
    from ..facts import lexicon

    published = findings.reading.published  # type: ignore[attr-defined]
    for _s, end, value in find_dates(fact.evidence.text):
        if value.year and published is not None and value.year != published.year:
            return True
        after = fact.evidence.text[end:].split()
        if value.year and after and after[0].strip(",.;:").lower() in lexicon.event_nouns():
            return True
    return False


def story_event(asker: Asker, subject: str) -> str:
    """'when he announced his retirement': the subject's own dated event in the story's first
    sentences, to say when a tally held if the article has no date ('' if none)."""
    findings = asker.findings
    lede = max(3, len(findings.reading.sents) // 3)
    for f in sorted(findings.facts, key=lambda f: f.evidence.index):
        if (
            f.kind != "date"
            or f.subject != subject
            or f.evidence.index > lede
            or f.relation not in _STORY_EVENTS
        ):
            continue
        if f.get("tense") == "future" or not f.get("past") or f.get("work"):
            continue  # (a work's release is not something the person did)
        if _recalled(f, findings):
            continue  # "a photo from the pair's 1995 wedding": not when the story's tally held
        he = "they" if " and " in subject else pronoun(findings.cast.sex(subject))
        if he != "they" or " and " in subject:
            return f"when {he} {f.get('past')}"
    return ""


def milestone_event(fact: Fact, asker: Asker) -> str:
    """'when he scored his 500th career goal': the career milestone the story's lede reports
    the subject reaching, to say when another tally of the same career held in an article
    with no date ('' if there is none, or it is the count's own number)."""
    from lemminflect import getInflection

    from ..facts import lexicon

    findings = asker.findings
    lede = max(3, len(findings.reading.sents) // 3)
    sex = findings.cast.sex(fact.subject)
    he, his = pronoun(sex), pronoun(sex, "possessive")
    if not he or " and " in fact.subject:
        return ""
    for f in sorted(findings.facts, key=lambda f: f.evidence.index):
        noun, deed = f.get("noun"), f.get("deed")
        if (
            f is fact
            or f.kind != "number"
            or f.subject != fact.subject
            or f.evidence.index > lede
            or not f.relation.startswith("ordinal-")
            or not deed
            or f.get("career") != "yes"
            or noun.split()[-1].lower() not in lexicon.word_set("career_nouns")
            or str(ordinal_value(f.value)) in fact.value.replace(",", "")
        ):
            continue
        past = (getInflection(deed, tag="VBD") or (deed,))[0]
        return f"when {he} {past} {his} {f.value} career {noun}"
    return ""


_KIN_NOUNS = frozenset({"children", "kids", "sons", "daughters"})
_BIRTH_WORDS = re.compile(r"\b(?:born|birth|welcom\w*|arrival|arrived)\b", re.I)


def _birth_anchor(fact: Fact, asker: Asker) -> str:
    """'when Athena Vale was born': the one baby whose birth the story's lede reports, to say
    when an undated family's size held ('' if there is none, or more than one)."""
    people = set(fact.subject.split(" and "))
    lede = max(3, len(asker.findings.reading.sents) // 3)
    born = {
        f.value
        for f in asker.findings.facts
        if f.kind == "child"
        and (f.get("event") == "birth" or _BIRTH_WORDS.search(f.evidence.text))
        and set(f.subject.split(" and ")) & people
        and f.evidence.index <= lede
    }
    if len(born) != 1:
        return ""
    baby = born.pop()
    return f"when {baby} was born" if len(baby.split()) >= 2 else ""


def _count(fact: Fact, asker: Asker) -> list[Question]:
    """'How many seasons did Anthony play?', 'By May 2023, how many records had X broken?'"""
    nouns = plural(fact.get("noun"))
    hedge = fact.get("hedge")
    # "more than 40 million": a lower "more than" would be true too, so the question asks
    # about how many, and the options lie far apart.
    rough = hedge in _OPEN_HEDGES
    key = fact.value[len(hedge) :].strip() if rough else fact.value
    spec = Spec(
        "number",
        key,
        unit=fact.get("noun"),
        subject=fact.subject,
        relation="rough" if rough else "",
    )
    out = []
    for i, prompt in enumerate(_count_prompts(fact, asker)):
        if rough:
            prompt = prompt.replace("how many", "about how many", 1).replace(
                "How many", "About how many", 1
            )
        q = draft(
            fact,
            asker,
            kind="number",
            prompt=prompt,
            spec=spec,
            explanation=f"{capitalise(fact.subject)}: {fact.value} {nouns}.",
            bump=1 - 0.03 * i,
        )
        if q:
            out.append(q)
    return out


def _children_leads(fact: Fact, asker: Asker) -> list[str]:
    """When a child's place in the family holds: at the named baby's birth (and, since the
    name may be another question's answer, at the birth of "his latest daughter"), else in
    the month."""
    named = fact.get("named")
    kin = [
        f
        for f in asker.findings.facts
        if f.kind == "child"
        and f.subject == fact.subject
        and (f.value == named or not named and f.evidence == fact.evidence)
    ]
    # Unnamed, the sentence's child is the baby only when it names one ("her third daughter,
    # following Ivy and June" names the older two).
    baby = kin[0] if kin and (named or len({f.value for f in kin}) == 1) else None
    if baby is None and not named and fact.relation == "ordinal-children":
        # "the birth of their fourth baby" named elsewhere: the one child the article says was born.
        born = [
            f
            for f in asker.findings.facts
            if f.kind == "child" and f.subject == fact.subject and f.get("event") == "birth"
        ]
        baby = born[0] if len({f.value for f in born}) == 1 else None
    name = named or (baby.value if baby is not None else "")
    when = anchor(fact, asker.findings)
    out = [f"With the birth of {name}"] if name else []
    if name:
        his = (
            pronoun(asker.findings.cast.sex(fact.subject.split(" and ")[0]), "possessive")
            if " and " not in fact.subject
            else "their"
        )
        kind = (
            baby.relation if baby is not None and baby.relation in ("son", "daughter") else "baby"
        )
        out.append(f"After the birth of {his} latest {kind}")
    elif when and not _EXPECTING.search(fact.evidence.text):
        # The count's baby was born around the story's month: "In May" would hold both counts,
        # before the birth and after it; the month's end holds one.
        out.append(f"By the end of {when}")
    return out


# A baby still to come as the story is told ("are expecting", "is pregnant with"); "were
# expecting" recalls the announcement of a baby since born.
_EXPECTING = re.compile(
    r"\b(?:(?:is|are|am|’re|'re|’s|'s)\s+(?:now\s+)?(?:expecting|pregnant)|expects?)\b", re.I
)


def _milestone(fact: Fact, asker: Asker, when: str) -> list[Question]:
    """ "Which career goal did Luis Reyes score in March 2021?": an ordinal reached by the
    subject's own deed, asked with its month (the milestone is only that goal's at the time),
    for the nouns a career counts ("goal", "win", "title")."""
    from lemminflect import getInflection

    from ..facts import lexicon

    deed, noun = fact.get("deed"), fact.get("noun")
    if noun.split()[-1].lower() not in lexicon.word_set("career_nouns"):
        return []  # "Which career season did X host?" is no English
    past = (getInflection(deed, tag="VBD") or (deed,))[0]
    return _each_naming(
        fact,
        asker,
        lambda who: f"Which career {noun} did {who} {deed} in {when}?",
        spec=Spec("ordinal", fact.value, subject=fact.subject),
        explanation=f"{capitalise(fact.subject)} {past} the {fact.value} {noun} of a career.",
    )


def _each_naming(
    fact: Fact,
    asker: Asker,
    prompt_for: Callable[[str], str],
    *,
    spec: Spec,
    explanation: str,
    subject: str = "",
    support: tuple[str, ...] = (),
    also: tuple[str, ...] = (),
) -> list[Question]:
    """One draft for each way of naming who the fact is about ("Ada Lark and Tom Vale", "Ada
    Lark and her husband"), each later wording ranked a little lower."""
    out = []
    for i, (who, _said) in enumerate(namings(fact, "", asker, subject=subject)):
        q = draft(
            fact,
            asker,
            kind="number",
            prompt=prompt_for(who),
            spec=spec,
            explanation=explanation,
            bump=1 - 0.03 * i,
            support=support,
            also=also,
        )
        if q:
            out.append(q)
    return out


def _average(fact: Fact, asker: Asker, when: str) -> list[Question]:
    """ "How many points per game did X average in 2012-13?"; a career average only up to
    the story's month (it moves while the career goes on)."""
    span, noun = fact.get("span"), fact.get("noun")
    if span == "career":
        if not when:
            return []
        his = pronoun(asker.findings.cast.sex(fact.subject), "possessive") or "their"
        prompt = f"By {when}, how many {noun} had {fact.subject} averaged in {his} career?"
    else:
        prompt = f"How many {noun} did {fact.subject} average in {span}?"
    spec = Spec("number", fact.value, unit=noun, subject=fact.subject)
    q = draft(
        fact,
        asker,
        kind="number",
        prompt=prompt,
        spec=spec,
        explanation=f"{capitalise(fact.subject)} averaged {fact.value} {noun}.",
    )
    return [q] if q else []


def _season(fact: Fact, asker: Asker) -> list[Question]:
    """ "Which season of “The Voice” did Ann Lee win?", "In which season of “Wed or Not” did
    Ann Lee get engaged?" (a season's number never changes: no date is needed)."""
    show = f"“{fact.get('show')}”"
    role = fact.get("role")
    # A wording that does not name the show, for a pack that asks for the show itself.
    networks = {
        f.value
        for f in asker.findings.facts
        if f.relation == "network" and f.subject == fact.get("show")
    }
    quiet = f"the {networks.pop()} show" if len(networks) == 1 else ""
    if fact.get("event") == "engaged":
        ask = "In which season of {} did {} get engaged?"
    elif role in ("winner", "champion"):
        ask = "Which season of {} did {} win?"
    elif role:
        did = "named" if fact.get("named") else ""
        ask = f"Of which season of {{}} was {{}} {did + ' ' if did else ''}the {role}?"
    else:
        return []
    return _each_naming(
        fact,
        asker,
        lambda who: ask.format(show, who),
        spec=Spec("number", fact.value, unit="season", subject=fact.subject),
        explanation=f"{capitalise(fact.subject)}: {fact.value} of {show}.",
        also=(ask.format(quiet, fact.subject),) if quiet else (),
    )


def _thing(fact: Fact, asker: Asker) -> str:
    """'album' or 'song': what the fact's work is, for a wording that leaves out its title
    ('' when the article gives the artist other works of that kind, which it would not tell
    apart)."""
    albums = {f.value.strip("“”") for f in asker.findings.facts if f.kind == "album"}
    kind = "album" if fact.get("work").strip("“”") in albums else "song"
    titles = {
        f.value.strip("“”")
        for f in asker.findings.facts
        if f.kind == kind and f.subject == fact.subject
    }
    return kind if len(titles) <= 1 else ""


def _first_span(fact: Fact, asker: Asker) -> list[Question]:
    """ "How many views did Ada Lark's “Glass Harbor” get on YouTube within 24 hours?" (a
    count over a work's first hours is told once and stays true)."""
    noun, site = fact.get("noun"), fact.get("site")
    rough = fact.get("hedge") in _OPEN_HEDGES
    how = "About how" if rough else "How"
    on = f" on {site}" if site else ""
    work = f"{possessive(fact.subject)} {fact.get('work')}"
    thing = _thing(fact, asker)
    ask = f"{how} many {noun} did {{}} get{on} {fact.get('span')}?"
    q = draft(
        fact,
        asker,
        kind="number",
        prompt=ask.format(work),
        # The title may be another question's answer: "Ada Lark's song" then says enough.
        also=(ask.format(f"{possessive(fact.subject)} {thing}"),) if thing else (),
        spec=Spec(
            "number",
            fact.value,
            unit=noun,
            subject=fact.subject,
            relation="rough" if rough else "",
        ),
        explanation=f"{work} got {fact.value} {noun}{on} {fact.get('span')}.",
    )
    return [q] if q else []


def _chart_position(fact: Fact, asker: Asker, when: str) -> list[Question]:
    """ "At what number did Ada Lark's “Glass Harbor” debut on the Billboard 200?"; a place
    held now only with the story's month."""
    chart = fact.get("chart")
    if fact.get("mode") == "debut":
        ask = f"At what number did {{}} debut on {chart}?"
    elif when:
        ask = f"In {when}, at what number was {{}} on {chart}?"
    else:
        return []
    work = f"{possessive(fact.subject)} {fact.get('work')}"
    thing = _thing(fact, asker)
    q = draft(
        fact,
        asker,
        kind="number",
        prompt=ask.format(work),
        also=(ask.format(f"{possessive(fact.subject)} {thing}"),) if thing else (),
        spec=Spec("number", fact.value, unit="position", subject=fact.subject),
        explanation=f"{work} was at {fact.value} on {chart}.",
        support=tuple(fact.support),
    )
    return [q] if q else []


def _birth_weight(fact: Fact, asker: Asker) -> list[Question]:
    """ "How much did Wyatt Quint weigh at birth?", options in the key's units and form."""
    return _each_naming(
        fact,
        asker,
        lambda who: f"How much did {who} weigh at birth?",
        spec=Spec("weight", fact.value, subject=fact.subject),
        explanation=f"{capitalise(fact.subject)} weighed {fact.value} at birth.",
    )


# "her fifth studio album, Glass Harbor": the work's place among the artist's own, which
# never changes, asked of the one work of that kind the sentence names.
_WORK_ORDINALS = {"ordinal-album": "album", "ordinal-film": "film", "ordinal-single": "song"}


def _work_ordinal(fact: Fact, asker: Asker) -> list[Question]:
    """ "What number studio album by Marisol Quint is “Glass Harbor”?" """
    kind = _WORK_ORDINALS[fact.relation]
    titles = {
        f.value
        for f in asker.findings.facts
        if f.kind == kind and f.subject == fact.subject and f.evidence == fact.evidence
    }
    if len(titles) != 1 or " and " in fact.subject:
        return []
    title = titles.pop()
    noun = fact.get("noun")
    spec = Spec("ordinal", fact.value, subject=fact.subject)
    q = draft(
        fact,
        asker,
        kind="number",
        prompt=f"What number {noun} by {fact.subject} is “{title.strip('“”')}”?",
        spec=spec,
        explanation=f"“{title.strip('“”')}” is {possessive(fact.subject)} {fact.value} {noun}.",
    )
    return [q] if q else []


_ROUGH_RING = frozenset({"over", "about", "around", "nearly", "almost"})


def _ring(fact: Fact, asker: Asker) -> list[Question]:
    """ "How many carats was the engagement ring of Ada Lark and Tom Vale?", "How much did Ada
    Lark's engagement ring cost?" (a ring's measure never changes, so no time is needed)."""
    thing = fact.get("thing") or "engagement ring"
    rough = fact.get("hedge") in _ROUGH_RING
    how = "About how" if rough else "How"
    if fact.relation == "ring-carats":
        ask = f"{how} many carats was {{}}?"
        unit = "carats"
    else:
        ask = f"{how} much did {{}} cost?"
        unit = ""

    def whose(who: str) -> str:
        # "the engagement ring of Ada Lark and her fiancé": a couple's possessive reads badly.
        return f"the {thing} of {who}" if " and " in who else f"{possessive(who)} {thing}"

    return _each_naming(
        fact,
        asker,
        lambda who: ask.format(whose(who)),
        spec=Spec(
            "number", fact.value, unit=unit, subject=fact.subject, relation="rough" if rough else ""
        ),
        explanation=f"{capitalise(possessive(fact.subject))} {thing}: {fact.value}.",
        support=tuple(fact.support),
    )


def _couple_of(fact: Fact, asker: Asker) -> str:
    """'A and B': the fact's subject and spouse, as the article pairs them."""
    spouse = _spouse(fact, asker)
    return f"{fact.subject} and {spouse}" if spouse and spouse not in fact.subject else fact.subject


def _anniversary_year(fact: Fact, asker: Asker) -> str:
    """The year a wedding anniversary fell in, from the wedding's own year in the article
    (a 28th anniversary of a 1995 wedding is in 2023); '' when the article dates no wedding."""
    nth = ordinal_value(fact.value)
    if not nth or "wedding" not in fact.get("noun"):
        return ""
    people = set(_couple_of(fact, asker).split(" and "))
    years = {
        m.group(0)
        for f in asker.findings.facts
        # (both of the pair: a wedding of the subject's earlier marriage is another date)
        if f.kind == "date" and f.relation == "wedding" and set(f.subject.split(" and ")) >= people
        for m in [re.search(r"\b(?:19|20)\d\d\b", f.value)]
        if m
    }
    return str(int(years.pop()) + nth) if len(years) == 1 else ""


@generator("number")
def ask_number(fact: Fact, asker: Asker) -> list[Question]:
    """Counts, years of marriage, children so far, which anniversary or milestone."""
    if _said_before(fact, asker):
        return []  # "Alec and Hilaria's fifth child" twice: one question on one family size
    when = anchor(fact, asker.findings)
    q: Question | None = None
    if fact.relation == "count":
        return _count(fact, asker)
    if fact.relation in ("ring-carats", "ring-price"):
        return _ring(fact, asker)
    if fact.relation == "courtship":
        state = "dating" if fact.get("state") == "dating" else "together"
        return _each_naming(
            fact,
            asker,
            lambda who: f"How long had {who} been {state} {fact.get('since')}?",
            spec=Spec("duration", fact.value, unit=fact.get("unit"), subject=fact.subject),
            explanation=f"{capitalise(fact.subject)} had been {state} for {fact.value}.",
            support=tuple(fact.support),
        )
    if fact.relation == "award-tally":
        if not when:
            return []  # the tally grows with every win: it needs its time
        nouns = plural(fact.get("noun"))
        return _each_naming(
            fact,
            asker,
            lambda who: f"By {when}, how many {nouns} had {who} won?",
            spec=Spec("number", fact.value, unit=nouns, subject=fact.subject),
            explanation=f"{capitalise(fact.subject)} had won {fact.value} {nouns}.",
            support=tuple(fact.support),
        )
    if fact.relation == "birth-weight":
        return _birth_weight(fact, asker)
    if fact.relation == "season":
        return _season(fact, asker)
    if fact.relation == "first-span":
        return _first_span(fact, asker)
    if fact.relation == "nth-attempt":
        his = pronoun(asker.findings.cast.sex(fact.subject), "possessive") or "their"
        deed = f"{fact.get('verb')} {his} {fact.get('noun')}"
        return _each_naming(
            fact,
            asker,
            lambda who: f"{fact.get('prep').capitalize()} which attempt did {who} {deed}?",
            spec=Spec("ordinal", fact.value, subject=fact.subject),
            explanation=f"{capitalise(fact.subject)}: {fact.value} attempt.",
        )
    if fact.relation == "prize":
        if not when:
            return []  # a show's prize may change from one season to the next
        q = draft(
            fact,
            asker,
            kind="number",
            prompt=f"In {when}, how much was the grand prize on “{fact.get('show')}”?",
            spec=Spec("number", fact.value, unit="dollars", subject=fact.subject),
            explanation=f"The “{fact.get('show')}” prize was {fact.value}.",
        )
        return [q] if q else []
    if fact.relation == "chart-position":
        return _chart_position(fact, asker, when)
    if fact.relation == "line-of-firsts":
        return _each_naming(
            fact,
            asker,
            lambda who: f"What number {fact.get('noun')} was {who}?",
            spec=Spec("ordinal", fact.value, subject=fact.subject),
            explanation=f"{capitalise(fact.subject)} was the {fact.value} {fact.get('noun')}.",
        )
    if fact.relation == "average":
        return _average(fact, asker, when)
    if fact.relation == "married":
        spouse = _spouse(fact, asker)
        couple = (
            f"{fact.subject} and {spouse}"
            if spouse and spouse not in fact.subject
            else fact.subject
        )
        spec = Spec("duration", fact.value, unit="year", subject=fact.subject)
        since = fact.get("since") or (f"in {when}" if when and not fact.get("ended") else "")
        if not since and not fact.get("ended"):
            since = _birth_anchor(fact, asker)  # "... been married when Athena was born?"
        if not since:
            return []
        return _each_naming(
            fact,
            asker,
            lambda who: f"How long had {who} been married {since}?",
            spec=spec,
            explanation=f"{capitalise(couple)} had been married for {fact.value}.",
            subject=couple,
            support=tuple(fact.support),
        )
    if fact.relation in ("ordinal-children", "ordinal-sons", "ordinal-daughters"):
        if fact.get("expecting"):
            return []  # a baby on the way: the family's count as the story runs is one fewer
        n = ordinal_value(fact.value) or 0
        what = fact.relation.split("-")[1]
        leads = _children_leads(fact, asker)
        if leads and n:
            spec = Spec("number", str(n), unit=what, subject=fact.subject)
            out = []
            for i, (lead, (who, _said)) in enumerate(
                (lead, naming) for lead in leads for naming in namings(fact, "", asker)
            ):
                pronoun_lead = " latest " in lead  # "his latest baby": after the name, not before
                prompt = (
                    f"How many {what} did {who} have {lead[0].lower()}{lead[1:]}?"
                    if pronoun_lead
                    else f"{lead}, how many {what} did {who} have?"
                )
                q = draft(
                    fact,
                    asker,
                    kind="number",
                    prompt=prompt,
                    spec=spec,
                    explanation=f"{fact.get('named') or 'The baby'} is {possessive(fact.subject)} "
                    f"{fact.value} {what[:-1] if what != 'children' else 'child'}.",
                    support=(fact.value,),
                    bump=1 - 0.03 * i,
                )
                if q:
                    out.append(q)
            return out
    elif fact.relation == "ordinal-anniversary" and _anniversary_year(fact, asker):
        # The wedding's year and the ordinal say the year surely; an undated story's "date"
        # may be the wedding's own, named in its first sentences.
        return _each_naming(
            fact,
            asker,
            lambda who: (
                f"Which wedding anniversary did {who} celebrate in "
                f"{_anniversary_year(fact, asker)}?"
            ),
            spec=Spec("ordinal", fact.value, subject=fact.subject),
            explanation=f"{capitalise(fact.subject)} celebrated their {fact.value} anniversary.",
            subject=_couple_of(fact, asker),
        )
    elif fact.relation in ("ordinal-anniversary", "ordinal-birthday") and when:
        spouse = _spouse(fact, asker) if "anniversary" in fact.relation else ""
        couple = (
            f"{fact.subject} and {spouse}"
            if spouse and spouse not in fact.subject
            else fact.subject
        )
        what = fact.get("noun") or fact.relation.split("-")[1]
        return _each_naming(
            fact,
            asker,
            lambda who: f"Which {what} did {who} celebrate in {when}?",
            spec=Spec("ordinal", fact.value, subject=fact.subject),
            explanation=f"{capitalise(couple)} celebrated their {fact.value} {what}.",
            subject=couple,
        )
    elif fact.relation in _WORK_ORDINALS:
        return _work_ordinal(fact, asker)
    elif fact.relation.startswith("ordinal-") and fact.get("deed") and when:
        return _milestone(fact, asker, when)
    elif fact.relation == "span":
        spec = Spec("number", fact.value, unit=fact.get("noun"), subject=fact.subject)
        q = draft(
            fact,
            asker,
            kind="number",
            prompt=f"For how many {fact.get('noun')} was {fact.subject} {fact.get('role')}?",
            spec=spec,
            explanation=(
                f"{fact.subject} was {fact.get('role')} for {fact.value} {fact.get('noun')}."
            ),
        )
    elif fact.relation == "times" and when:
        noun = fact.get("noun")
        spec = Spec("number", fact.value, unit="times", subject=fact.subject)
        q = draft(
            fact,
            asker,
            # A count of honours is an award question, not one more of the pack's numbers.
            kind="number" if noun.lower().endswith("nominee") else "award",
            prompt=f"By {when}, how many times had {fact.subject} been {a_or_an(noun)}?",
            spec=spec,
            explanation=f"{fact.subject} is a {fact.value}-time {noun}.",
        )
    elif fact.relation == "times-done" and when:
        spec = Spec("number", fact.value, unit="times", subject=fact.subject)
        q = draft(
            fact,
            asker,
            kind="number",
            prompt=f"By {when}, how many times had {fact.subject} {fact.get('participle')}?",
            spec=spec,
            explanation=f"{fact.subject} had {fact.get('participle')} {fact.value} times.",
        )
    elif fact.relation == "children" and (when or fact.get("story") or _birth_anchor(fact, asker)):
        kids = fact.get("noun") or "children"
        spec = Spec("number", fact.value, unit=kids, subject=fact.subject)
        at = (
            f"In {when}, how many {kids} did {fact.subject} have?"
            if when
            else f"How many {kids} did {fact.subject} have "
            f"{fact.get('story') or _birth_anchor(fact, asker)}?"
        )
        q = draft(
            fact,
            asker,
            kind="number",
            prompt=at,
            spec=spec,
            explanation=f"{fact.subject} had {fact.value} children.",
        )
    elif fact.relation == "tour-size":
        spec = Spec("number", fact.value, unit=fact.get("noun"), subject=fact.subject)
        q = draft(
            fact,
            asker,
            kind="number",
            prompt=(
                f"How many {fact.get('noun')} did "
                f"{possessive(fact.subject)} {fact.get('tour')} have?"
            ),
            spec=spec,
            explanation=(
                f"{possessive(fact.subject)} {fact.get('tour')} had "
                f"{fact.value} {fact.get('noun')}."
            ),
        )
    return [q] if q else []
