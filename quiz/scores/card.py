"""The 1200x630 share card (Open Graph image) of a result, drawn with Pillow.

Made to read in a feed at a glance: the site's name, the quiz title wrapped at word
boundaries, the score large, and a call to play. Text is fitted in time linear in what
fits on the card (never one character at a time), so a huge title costs no more than a
long one. Cards are cached in memory by everything drawn on them, and the view adds an
ETag from the same key for browsers and crawlers.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
# Bump when the drawing changes so cached cards and ETags go stale.
CARD_VERSION = "2"
SITE_NAME = "Headline Trivia"
BACKGROUND = (55, 43, 176)
BACKGROUND_DEEP = (33, 24, 120)
WHITE = (255, 255, 255)
SOFT = (222, 219, 255)
GOLD = (255, 200, 61)
INK = (27, 27, 36)
# The answer tiles' colours and shapes: the game's mark on every card.
TILES = ((226, 27, 60), (19, 104, 206), (216, 158, 0), (38, 137, 12))
MARGIN = 72
# Debian's DejaVu when the machine has it (bold, wide coverage); else Pillow's own font.
BOLD_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@dataclass(frozen=True)
class CardText:
    """Everything a card shows; also its cache key."""

    pack_title: str
    nickname: str
    score: int
    correct_count: int
    question_count: int
    rank_line: str
    site: str = ""  # the public host, for the call to play ("" when unknown)

    def etag(self) -> str:
        """A strong validator for exactly this card's pixels."""
        digest = hashlib.sha256(repr((CARD_VERSION, *astuple(self))).encode()).hexdigest()
        return digest[:32]


@lru_cache(maxsize=512)
def render_card(text: CardText) -> bytes:
    """Draw the card as PNG bytes (cached by its text)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, HEIGHT - 150, WIDTH, HEIGHT), fill=BACKGROUND_DEEP)
    _draw_tiles(draw, WIDTH - MARGIN - 128, 52, 58)
    width = WIDTH - 2 * MARGIN
    draw.text((MARGIN, 48), SITE_NAME.upper(), font=_font(30), fill=GOLD)
    lines, size = fit_lines(text.pack_title, width - 150, sizes=(52, 44), max_lines=2)
    if lines[-1].endswith("…"):  # a long title: three smaller lines before cutting it
        lines, size = fit_lines(text.pack_title, width - 150, sizes=(36,), max_lines=3)
    for n, line in enumerate(lines):
        draw.text((MARGIN, 96 + n * int(size * 1.22)), line, font=_font(size), fill=WHITE)
    (nickname,), _ = fit_lines(f"{text.nickname} scored", width, sizes=(36,), max_lines=1)
    draw.text((MARGIN, 258), nickname, font=_font(36), fill=SOFT)
    score = f"{text.score:,}"
    draw.text((MARGIN - 6, 292), score, font=_font(140), fill=WHITE)
    points_x = MARGIN + draw.textlength(score, font=_font(140)) + 16
    draw.text((points_x, 388), "points", font=_font(40), fill=SOFT)
    pill_left = _draw_call_to_play(draw, text.site)
    right = f"{text.correct_count} of {text.question_count} right"
    if text.rank_line:
        right += f"  ·  {text.rank_line}"
    (right,), size = fit_lines(right, pill_left - MARGIN - 24, sizes=(40, 34, 28), max_lines=1)
    draw.text((MARGIN, HEIGHT - 92 - size // 2), right, font=_font(size), fill=WHITE)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _draw_tiles(draw: ImageDraw.ImageDraw, left: int, top: int, size: int) -> None:
    """The four answer shapes in a 2x2 block: triangle, diamond, circle, square."""
    gap = 12
    for n, colour in enumerate(TILES):
        x = left + (n % 2) * (size + gap)
        y = top + (n // 2) * (size + gap)
        draw.rounded_rectangle((x, y, x + size, y + size), radius=10, fill=colour)
        c, r = (x + size / 2, y + size / 2), size * 0.28
        shapes = (
            [(c[0], c[1] - r), (c[0] + r, c[1] + r * 0.8), (c[0] - r, c[1] + r * 0.8)],
            [(c[0], c[1] - r), (c[0] + r, c[1]), (c[0], c[1] + r), (c[0] - r, c[1])],
        )
        if n < 2:
            draw.polygon(shapes[n], fill=WHITE)
        elif n == 2:
            draw.ellipse((c[0] - r, c[1] - r, c[0] + r, c[1] + r), fill=WHITE)
        else:
            draw.rectangle((c[0] - r * 0.85, c[1] - r * 0.85, c[0] + r * 0.85, c[1] + r * 0.85),
                           fill=WHITE)  # fmt: skip


def _draw_call_to_play(draw: ImageDraw.ImageDraw, site: str) -> float:
    """A gold pill at the bottom right ('Play at <site>'); returns its left edge."""
    label = f"Beat it at {site}" if site else "Can you beat it?"
    (label,), _ = fit_lines(label, 480, sizes=(34,), max_lines=1)
    font = _font(34)
    text_width = draw.textlength(label, font=font)
    right, top = WIDTH - MARGIN, HEIGHT - 118
    box = (right - text_width - 56, top, right, top + 64)
    draw.rounded_rectangle(box, radius=32, fill=GOLD)
    draw.text((box[0] + 28, top + 13), label, font=font, fill=INK)
    return box[0]


def fit_lines(
    value: str, width: float, *, sizes: tuple[int, ...], max_lines: int
) -> tuple[list[str], int]:
    """Wrap value at word boundaries into max_lines lines of `width` pixels.

    Tries each font size, largest first; at the smallest, what does not fit ends in an
    ellipsis after the last whole word that does. Each word is measured a bounded number
    of times, and only as much text as could ever fit is read, so the cost is linear in
    the card's capacity, not the text's length.
    """
    for size in sizes:
        lines, rest = _wrap(value, width, _font(size), max_lines)
        if not rest:
            return lines, size
    return _ellipsize(lines, rest, width, _font(sizes[-1])), sizes[-1]


def _wrap(value: str, width: float, font: Font, max_lines: int) -> tuple[list[str], str]:
    """Greedy word wrap: the lines that fit, and the text left over ("" if none)."""
    # No glyph is narrower than an eighth of an em: more characters than this never fit.
    capacity = int(8 * width / getattr(font, "size", 10)) * max_lines
    words = value[:capacity].split()
    lines: list[str] = []
    line, index = "", 0
    while index < len(words):
        word = words[index]
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line, index = candidate, index + 1
            continue
        if line:  # the line is full: the word starts the next one
            lines.append(line)
            line = ""
        else:  # a word wider than a whole line: break it where it stops fitting
            cut = _longest_prefix(word, width, font)
            lines.append(word[:cut])
            words[index] = word[cut:]
        if len(lines) == max_lines:
            return lines, " ".join(words[index:])
    if line:
        lines.append(line)
    return lines, "…" if len(value) > capacity else ""


def _ellipsize(lines: list[str], rest: str, width: float, font: Font) -> list[str]:
    """End the last line with '…', dropping whole words until it fits."""
    words = lines[-1].split(" ") if lines else [""]
    while len(words) > 1 and font.getlength(" ".join(words) + "…") > width:
        words.pop()
    last = " ".join(words)
    if font.getlength(last + "…") > width:  # a single word too long: cut it
        last = last[: _longest_prefix(last + "…", width, font) - 1]
    return [*lines[:-1], last.rstrip(" ,;:-") + "…"]


def _longest_prefix(word: str, width: float, font: Font) -> int:
    """How many leading characters of word fit in width (binary search, at least 1)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if font.getlength(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


@lru_cache(maxsize=16)
def _font(size: int) -> Font:
    if BOLD_FONT.exists():
        return ImageFont.truetype(str(BOLD_FONT), size)
    return ImageFont.load_default(size=size)
