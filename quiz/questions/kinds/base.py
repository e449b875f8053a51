"""What every kind uses: the asker (the article's findings and the seed) and the draft builder."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from random import Random

from ..dates import find_dates
from ..distractors import Spec, options
from ..distractors.spelling import famous_spelling, key_as_written
from ..facts import Findings
from ..model import Choice, Fact, Question
from ..textutil import contains_phrase, normalize

N_WRONG = 3
KIN_KINDS = frozenset({"spouse", "partner", "child", "parent", "sibling"})
WORK_KINDS = frozenset(
    {"album", "song", "film", "show", "screen", "tour", "book", "host", "award", "role", "band"}
)
# How much a fan wants each kind of question, before the article's own emphasis.
KIND_VALUE = {
    "spouse": 1.3, "partner": 1.4, "child": 1.4, "parent": 1.0, "sibling": 1.0, "age": 1.0,
    "album": 1.3, "song": 1.2, "film": 1.2, "show": 1.2, "screen": 1.1, "tour": 1.0,
    "book": 1.0, "date": 0.9, "place": 1.1, "number": 1.0, "team": 1.1, "band": 1.2,
    "host": 1.0, "award": 1.3, "name": 1.3,
}  # fmt: skip


@dataclass
class Asker:
    """The findings a question is asked from, and the seed its options are shuffled by."""

    findings: Findings
    seed: int = 0

    @property
    def main(self) -> str:
        """The article's main subject."""
        return self.findings.cast.main

    def rng(self, fact: Fact, variant: str = "") -> Random:
        """A Random seeded by the pack's seed and the fact (strings hash stably)."""
        return Random(
            f"{self.seed}|{fact.kind}|{fact.subject}|{fact.relation}|{fact.value}|{variant}"
        )

    def truths(self, kinds: set[str], subject: str) -> set[str]:
        """Values the article gives for these kinds about the subject (never wrong options)."""
        return {f.value for f in self.findings.facts if f.kind in kinds and f.subject == subject}

    def relatives(self, person: str) -> set[str]:
        """Everyone the article ties to a person by family or romance, either way round."""
        out = set()
        for f in self.findings.facts:
            if f.kind in KIN_KINDS:
                if f.subject == person:
                    out.add(f.value)
                if f.value == person:
                    out.add(f.subject)
        return out

    def people_pool(self, sex: str, exclude: set[str], *, like: str = "") -> list[str]:
        """Other people the article names, of the given sex, as wrong options; as famous as
        the person ``like`` (a star's options are stars, an unknown fiancé's are unknowns)."""
        cast = self.findings.cast
        model = cast.person(like) if like else None
        from ..distractors.people import famous

        star = bool(model.famous) if model else bool(like and famous(like))
        out = []
        for name, person in cast.people.persons.items():
            if name in exclude or person.field == "band" or (sex and person.sex != sex):
                continue
            if like and person.famous != star:
                continue
            if model and model.field and person.field and person.field != model.field:
                continue
            out.append(name)
        return sorted(out)

    def values_of(self, kind: str, exclude: set[str]) -> list[str]:
        """Values of one fact kind found anywhere in the article (titles, places, awards)."""
        return sorted(
            {f.value for f in self.findings.facts if f.kind == kind and f.value not in exclude}
        )

    def lede_text(self) -> str:
        """The headline and the first sentences, where a story says what happened."""
        reading = self.findings.reading
        return " ".join([reading.article.title, *(v.text for v in reading.sents[:3])])

    @functools.cached_property
    def own_works(self) -> set[str]:
        """The star's own shows, films, records, bands and teams, as the article names them."""
        main = self.main
        out = {f.value for f in self.findings.facts if f.subject == main and f.kind in WORK_KINDS}
        out |= {f.subject for f in self.findings.facts if f.kind == "host" and f.value == main}
        return out

    def caption(self, fact: Fact) -> bool:
        """True for a photo caption read as prose ("X performs at the Awards on Nov. 14, 2019,
        at the Arena in Las Vegas"): a present-tense scene with its full date, whose venue,
        city and day readers call trivia."""
        views = self.findings.reading.sents
        i = fact.evidence.index
        if not 0 <= i < len(views):
            return False
        view = views[i]
        root = view.span.root
        present = root.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in root.children
        )
        if not present or view.in_quote(root):
            return False
        return any(
            value.year and value.month and value.day for _s, _e, value in find_dates(view.text)
        )

    def side_trivia(self, fact: Fact, kind: str) -> str:
        """Why a question on this fact is side trivia ('' if it is the story's): readers judged
        every question on a side figure's work (a guest's films, a tribute-giver's show,
        another show's network) and every age of a spouse, parent or sibling not worth asking."""
        main = self.main
        if (
            not main
            or fact.value == main
            or main in fact.subject.split(" and ")
            or self.star_share < STAR_STORY
        ):
            return ""  # a round-up of several stars has no side figures
        if kind == "age":
            children = {
                f.value
                for f in self.findings.facts
                if f.kind == "child" and main in f.subject.split(" and ")
            }  # the star's children; a royal's brothers and sisters are their parents' children
            title = self.findings.reading.article.title
            if fact.subject in children or contains_phrase(title, f"{fact.value}-year-old"):
                return ""  # a child's age is the family's story; "his 26-year-old fiancée" leads
            if fact.subject in self._lede_partners():
                return ""  # the couple is the story: "the star, 43, and her husband, 46, wed"
            return "the age of someone beside the star"
        if kind not in WORK_KINDS or kind == "award":
            return ""  # what a side figure won, counted or did in the story may be the story
        if kind == "host" and fact.get("ceremony") == "yes" and self._story_ceremony(fact.subject):
            return ""  # who hosted the evening the star won at is the evening's story
        if fact.subject in self.relatives(main):
            return "a relative's own work"
        if fact.subject in self.own_works or self._star_acts_in(fact):
            return ""  # the star's own show, or a song the star covered in this sentence
        return "a side figure's work"

    def _lede_partners(self) -> set[str]:
        """The star's spouse or partner (no ex, no affair) when the headline or the lede names
        them in full: a wedding, an engagement or a baby of the couple is the story of both."""
        lede = self.lede_text()
        return {
            f.value
            for f in self.findings.facts
            if f.kind in ("spouse", "partner")
            and f.subject == self.main
            and f.get("status") not in ("ex", "affair", "coparent")
            and not f.relation.startswith("ex")
            and len(f.value.split()) >= 2
            and contains_phrase(lede, f.value)
        }

    @functools.cached_property
    def star_share(self) -> float:
        """The share of the sentences about someone that are about the star."""
        views = self.findings.reading.sents
        topics = [t for t in (self.findings.cast.topic(v) for v in views) if t]
        return sum(t == self.main for t in topics) / len(topics) if topics else 1.0

    def _story_ceremony(self, ceremony: str) -> bool:
        """True when the article's awards were handed out at this ceremony, or its headline
        names it."""
        title = self.findings.reading.article.title
        return contains_phrase(title, ceremony) or any(
            f.kind == "award" and normalize(f.get("ceremony")) == normalize(ceremony)
            for f in self.findings.facts
        )

    def _star_acts_in(self, fact: Fact) -> bool:
        """True when the fact's sentence is about the star ("the singer posted his cover of")."""
        views = self.findings.reading.sents
        i = fact.evidence.index
        return 0 <= i < len(views) and self.findings.cast.topic(views[i]) == self.main

    def position(self, fact: Fact) -> float:
        """Where the fact's sentence sits: the lede counts most."""
        n = max(1, len(self.findings.reading.sents))
        i = fact.evidence.index
        return 1.35 if i <= 1 else 1.15 if i / n < 0.34 else 1.0 if i / n < 0.7 else 0.85

    def refused(self, fact: Fact, kind: str) -> bool:
        """True for trivia readers refused even as filler: the year a side figure the story only
        mentions died (an in-law, a grandfather a baby is named after), and the name of
        anyone's parent but the star's (a husband's father) when nobody has heard of them."""
        main = self.main
        if not main or fact.subject == main or main in fact.subject.split(" and "):
            return False
        if kind == "date" and fact.relation == "death":
            # A death in the lede is the story; one further down is a family tree's detail.
            return fact.evidence.index > 2
        if kind == "parent":
            from ..distractors.people import famous

            person = self.findings.cast.person(fact.value)
            return not (famous(fact.value) or (person and person.famous))
        return False

    def score(self, fact: Fact, kind: str, *, bump: float = 1.0) -> float:
        """News value of a question on this fact."""
        main = self.main
        # The star first; then the star's couple, family and partner; then side figures.
        close = (
            fact.value == main
            or fact.subject in self.relatives(main)
            or bool(main)
            and main in fact.subject.split(" and ")
            # When the star's band released its second album, or the star's sitcom debuted,
            # is the star's own story, not a side figure's.
            or kind == "date"
            and fact.subject.strip('“”"') in {w.strip('“”"') for w in self.own_works}
        )
        who = 1.2 if fact.subject == main else 1.05 if close else 0.75
        title = self.findings.reading.article.title
        headline = (
            1.25
            if title
            and (
                contains_phrase(title, fact.value)
                or contains_phrase(title, fact.subject.split()[-1])
            )
            else 1.0
        )
        value = fact.weight * KIND_VALUE.get(kind, 1.0) * self.position(fact) * who * headline
        if self.refused(fact, kind):
            return min(value * bump, REFUSED)
        if fact.relation in FILLER_RELATIONS:
            return min(value * bump, SIDE_TRIVIA)
        if who < 1 and kind in ("age", "date"):
            # Readers call the age of a side figure, or the year a side figure did something,
            # trivia: below the selection's filler line, it only fills a short pack.
            return min(value * bump, SIDE_TRIVIA)
        return value * bump


SIDE_TRIVIA = 0.55  # under select.FILLER_SCORE
REFUSED = 0.4  # under select.FLOOR_SCORE: never asked, not even to fill a short pack
# Facts readers call filler whoever they are about (a newborn's weight): asked only to fill a
# pack that would otherwise stay short.
FILLER_RELATIONS = frozenset({"birth-weight"})
# The star's share of the sentences about someone, above which the others are side figures
# (an awards round-up or a reality recap, with no one star, sits well under it).
STAR_STORY = 0.4


def difficulty(score: float, fact: Fact, asker: Asker) -> str:
    """easy/medium/hard: the headline facts about the star are easy, side facts hard."""
    if fact.evidence.index <= 2 and fact.subject == asker.main:
        return "easy"
    return (
        "hard"
        if fact.evidence.index > len(asker.findings.reading.sents) * 0.6
        and fact.subject != asker.main
        else "medium"
    )


def draft(
    fact: Fact,
    asker: Asker,
    *,
    kind: str,
    prompt: str,
    spec: Spec,
    explanation: str,
    pool: list[str] | None = None,
    bump: float = 1.0,
    support: tuple[str, ...] = (),
    variant: str = "",
    also: tuple[str, ...] = (),
) -> Question | None:
    """A question with the key and three wrong options of its type, or None if too few exist."""
    from .anchoring import dated_tour, ordered_album, ordered_baby

    rng = asker.rng(fact, variant or prompt)
    # The seed stays the wording's own; the prompt then says which tour or which baby is meant.
    prompt = ordered_album(ordered_baby(dated_tour(prompt, fact, asker), asker), asker)
    meant = famous_spelling(spec.key, spec.sex) if spec.type == "person" and not support else ""
    if meant and contains_phrase(fact.evidence.text, spec.key):
        # A star the article misspelt by a letter: her name as fans know it, among her peers,
        # with the article's spelling as the proof.
        support = (spec.key,)
        explanation = explanation.replace(spec.key, meant)
        spec = replace(spec, key=meant)
    wrong = options(spec, pool or [], rng)
    wrong = [w for w in wrong if not contains_phrase(prompt, w)]
    if len(wrong) < N_WRONG:
        return None
    chosen = _similar_length(spec.key, wrong, rng)
    if (
        not support
        and not contains_phrase(fact.evidence.text, spec.key)
        and spec.type in ("person", "first_name")
    ):
        # "Dan" in the evidence stands for "Dan Stevens": the parts it writes are the proof.
        support = tuple(
            w for w in spec.key.split() if len(w) > 2 and contains_phrase(fact.evidence.text, w)
        )
    texts = [key_as_written(spec, fact.evidence.text), *chosen]
    order = list(range(len(texts)))
    rng.shuffle(order)
    score = asker.score(fact, kind, bump=bump)
    level = difficulty(score, fact, asker)
    # Wordings that name less, for the selection to use when the prompt would name another
    # question's answer: the kind's own (``also``), relatives named by their tie and a star's
    # signature work by its kind.
    from .signature import signature_prompts

    alternatives = tuple(
        dict.fromkeys(
            a
            for a in (
                *also,
                *discreet_prompts(prompt, asker),
                *signature_prompts(prompt, asker),
                *unordered_prompts(prompt, asker),
            )
            if a != prompt and not contains_phrase(a, spec.key)
        )
    )
    question = Question(
        kind=kind,
        prompt=prompt,
        choices=tuple(Choice(texts[i], i == 0) for i in order),
        explanation=explanation,
        evidence=fact.evidence.text,
        difficulty=level,
        time_limit=30 if level == "hard" else 20,
        fact=fact,
        pool=tuple(wrong),
        support=support or fact.support,
        score=score,
        alternatives=alternatives,
    )
    if alternatives:
        # Each wording must pass the gate on its own, as the one it stands in for does.
        from ..quality import check_question

        body = asker.findings.reading.article.body
        good = tuple(
            a
            for a in alternatives
            if not check_question(replace(question, prompt=a).to_dict(), body)
        )
        question = replace(question, alternatives=good)
    return question


_CHILD_NOUN = r"(?:child|baby|son|daughter|kid)"


def unordered_prompts(prompt: str, asker: Asker) -> list[str]:
    """The prompt with the newborn's place in the family said without its number ("their
    fifth child" -> "their latest child"), for when another question asks how many children
    there are: the ordinal would answer it. Only for the article's own count of the children,
    the one a "latest" child is the last of."""
    from ..textutil import ordinal_value

    counts = {
        ordinal_value(f.value)
        for f in asker.findings.facts
        if f.kind == "number"
        and f.relation in ("ordinal-children", "ordinal-sons", "ordinal-daughters")
        and not f.get("expecting")
    }

    def latest(m: re.Match[str]) -> str:
        return f"latest {m.group(2)}" if ordinal_value(m.group(1)) in counts else m.group(0)

    text = re.sub(rf"\b([\w-]+) ({_CHILD_NOUN})\b", latest, prompt)
    return [text] if text != prompt else []


def discreet_prompts(prompt: str, asker: Asker) -> list[str]:
    """The prompt with relatives named by their tie instead ("Mirelle and Pete Alder" ->
    "Mirelle and her husband", "Glen Harper's fiancée Tessa Vane" -> "Glen Harper's fiancée")."""
    from ..textutil import possessive
    from .wording import pronoun, spelt

    out = []
    text = prompt
    for f in asker.findings.facts:
        if (
            f.kind not in KIN_KINDS
            or f.value not in text
            or f.subject not in text
            or " and " in f.subject
        ):
            continue
        word = (
            f.relation
            if f.relation and f.relation not in ("partner", "child", "parent", "sibling", "spouse")
            else {
                "spouse": "spouse",
                "partner": "partner",
                "child": "child",
                "parent": "parent",
                "sibling": "sibling",
            }[f.kind]
        )
        his = pronoun(asker.findings.cast.sex(f.subject), "possessive")
        if f.kind == "child":
            text = _birth_by_tie(_child_by_tie(text, f, asker), f.value, word, his)
            continue
        sex = asker.findings.cast.sex(f.value)
        tie = spelt(f.relation, sex)
        for old, new in (
            (f"{f.subject} and {f.value}", f"{f.subject} and {his} {spelt(word, sex)}"),
            (f"{possessive(f.subject)} {tie} {f.value}", f"{possessive(f.subject)} {tie}"),
        ):
            if (
                old in text
                and sum(
                    1
                    for g in asker.findings.facts
                    if g.kind == f.kind and g.subject == f.subject and g.relation == f.relation
                )
                == 1
            ):
                text = text.replace(old, new)
    if text != prompt:
        out.append(text)
    return out


def _child_by_tie(text: str, fact: Fact, asker: Asker) -> str:
    """'X's daughter Posy' as 'X's daughter' when she is the only one, else as 'X's eldest
    daughter' or 'X's son born in 2023': with two daughters, 'X's daughter' is unclear."""
    from ..textutil import possessive
    from .kin import only_of_kind, which_child

    findings = asker.findings
    parents = [p.strip() for p in fact.subject.split(" and ")]
    for parent in dict.fromkeys([*parents, asker.main]):
        first = fact.value.split()[0]
        for shown in dict.fromkeys((fact.value, first)):
            old = f"{possessive(parent)} {fact.relation} {shown}"
            if old not in text:
                continue
            if only_of_kind(findings, parent, fact.value, fact.relation):
                tie = fact.relation
            else:
                tie = which_child(findings, parent, fact.value, fact.relation)
            if tie:
                return text.replace(old, f"{possessive(parent)} {tie}")
    return text


def _birth_by_tie(text: str, name: str, word: str, his: str) -> str:
    """'give birth to Ada Lyn Cole' -> 'give birth to their daughter': the child a birth prompt
    names, by the tie (the parents' when the prompt names both: "X's wife", "X and his")."""
    import re

    whose = "their" if re.search(r"'s (?:wife|husband|partner)\b| and (?:his|her) ", text) else his
    run = re.compile(r"\b(to|welcome|welcomed) " + re.escape(name) + r"(?: [A-Z][\w'’-]*)*")
    return run.sub(lambda m: f"{m.group(1)} {whose} {word}", text)


def _similar_length(key: str, wrong: list[str], rng: Random) -> list[str]:
    """Three of the best wrong options, preferring lengths near the key's (no odd one out)."""
    head = list(enumerate(wrong[: N_WRONG * 3]))
    head.sort(key=lambda iw: (abs(len(iw[1]) - len(key)) > max(8, len(key) // 2), iw[0]))
    return [w for _i, w in head[:N_WRONG]]


def same(a: str, b: str) -> bool:
    """Normalised equality."""
    return normalize(a) == normalize(b)
