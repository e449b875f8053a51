"""Rules that drop lines no quiz should be built from: credits, captions, ads, boilerplate."""

from __future__ import annotations

import re

# Lines that are boilerplate whatever surrounds them.
_BOILERPLATE = re.compile(
    r"""^(?:
        advertisement | ad | sponsored(?:\s+content)? | story\s+continues(?:\s+below.*)?
      | (?:related|see\s+also|read\s+more|more|also\s+read|don['’]t\s+miss|watch|recommended)
        (?:\s+(?:posts?|stories|articles?|videos?))?\s*[:\-–—|].*
      | related(?:\s+(?:posts?|stories|articles?|videos?|content))?
      | see\s+also | read\s+more | read\s+next | trending(?:\s+now)?
      | (?:©|\(c\)|copyright\b).* | .*\ball\s+rights\s+reserved\b.*
      | by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&))*(?:\s*[|,•·-].*)?
      | (?:published|updated|posted|last\s+updated)(?:\s+on)?\s*:?\s+.*\d.*
      | (?:photo|photos|image|images|credit|credits|photograph|source)\s*(?:by|:).*
      | .*\b(?:getty\s+images|shutterstock|associated\s+press|ap\s+photo|wireimage|filmmagic)\b.*
      | .*\b(?:sign\s+up|subscribe|newsletter|never\s+miss\s+a\s+story|follow\s+us)\b.*
      | (?:share|tweet|email|pin)(?:\s+(?:this|on\s+\w+))?
      | tags?\s*:.* | filed\s+under\s*:?.* | (?:click|tap)\s+here.*
      | .*\b(?:listen\s+to\s+our\s+podcast|download\s+our\s+app)\b.*
      | this\s+(?:article|story|post)\s+(?:was\s+)?(?:originally\s+)?(?:appeared|published)\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# "someone/Instagram", "Name Instagram": a social-media photo credit.
_PLATFORM_CREDIT = re.compile(
    r"^[\w .'’&-]{0,60}(?:/|\s)(?:instagram|twitter|x|tiktok|facebook|youtube|getty|imdb)$",
    re.IGNORECASE,
)
_TRAILING_CREDIT = re.compile(r"\s*(?:photo|credit|image)\s*:.*$", re.IGNORECASE)
# Prose ends with sentence punctuation, possibly inside a closing quote or bracket.
_ENDS_LIKE_PROSE = re.compile(r"[.!?…:][\"”’')\]]*$|[\"”]$")


def is_credit(line: str) -> bool:
    """True for photo credits such as 'Getty Images' or 'someone/Instagram'."""
    s = line.strip()
    return (
        bool(_PLATFORM_CREDIT.match(s))
        or bool(re.match(r"^(?:photo|photos|image|credit)s?\s*(?:by|:)", s, re.IGNORECASE))
        or bool(re.search(r"getty\s+images|shutterstock|wireimage|ap\s+photo", s, re.I))
    )


def is_noise(line: str) -> bool:
    """True for a line that is boilerplate on its own (ads, related links, bylines...)."""
    s = line.strip()
    return bool(_BOILERPLATE.match(s)) or is_credit(s)


def is_prose(line: str) -> bool:
    """True for a line that reads as running text: several words ending in punctuation."""
    s = line.strip()
    return len(s.split()) >= 3 and bool(_ENDS_LIKE_PROSE.search(s))


def clean_lines(lines: list[str], title: str = "") -> list[str]:
    """Drop noise lines, headline-like lines and the captions that sit above a credit."""
    keep = [ln.strip() for ln in lines if ln.strip()]
    # "Jane Doe. Photo:" is a caption carrying a credit: it counts as a credit line.
    credited = [bool(_TRAILING_CREDIT.search(ln)) or is_credit(ln) for ln in keep]
    keep = [_TRAILING_CREDIT.sub("", ln) for ln in keep]
    drop = [c or is_noise(ln) or not is_prose(ln) for ln, c in zip(keep, credited, strict=True)]
    # A short line just above a dropped credit/caption line is its caption; walk upwards
    # so that stacked captions (alt text, then caption, then credit) all go.
    for i in range(len(keep) - 2, -1, -1):
        if _QUOTE_SAID.search(keep[i]):
            continue  # '"…," Ann told Starline.' is reporting, however short
        if not drop[i] and drop[i + 1] and len(keep[i].split()) <= 16:
            nxt = keep[i + 1]
            if credited[i + 1] or _caption_like(nxt) or _caption_like(keep[i]):
                drop[i] = True
    low_title = title.strip().lower()
    return [
        ln
        for ln, d in zip(keep, drop, strict=True)
        if not d and (not low_title or ln.lower().rstrip(".!?") != low_title.rstrip(".!?"))
    ]


_QUOTE_SAID = re.compile(r"[\"“”].*[\"“”]\s*,?\s+[\w .'’-]{1,40}?\b(?:said|says|told|tells)\b")
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|said|says|told|posted|shared|stands|poses|wears)\b", re.I
)
_NAME_AND = re.compile(r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*\s(?:and|with|at|in)\s")


def _caption_like(line: str) -> bool:
    """A picture label such as 'Jane Doe and son, Max.' (short, verbless) or a credit."""
    s = line.strip()
    if is_credit(s):
        return True
    return len(s.split()) <= 12 and bool(_NAME_AND.match(s)) and not _FINITE_VERB.search(s)
