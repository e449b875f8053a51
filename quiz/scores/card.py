"""The 1200x630 share card (Open Graph image) of a result, drawn with Pillow.

Fonts are Pillow's bundled default at a given size, so the card renders the same on
every machine with no font files to install. Cards are cached in memory by everything
drawn on them, and the view adds an ETag from the same key for browsers and crawlers.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import astuple, dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
# Bump when the drawing changes so cached cards and ETags go stale.
CARD_VERSION = "1"
BACKGROUND = (75, 63, 209)
PANEL = (255, 255, 255)
INK = (27, 27, 36)
MUTED = (91, 91, 107)
ACCENT = (75, 63, 209)


@dataclass(frozen=True)
class CardText:
    """Everything a card shows; also its cache key."""

    pack_title: str
    nickname: str
    score: int
    correct_count: int
    question_count: int
    rank_line: str

    def etag(self) -> str:
        """A strong validator for exactly this card's pixels."""
        digest = hashlib.sha256(repr((CARD_VERSION, *astuple(self))).encode()).hexdigest()
        return digest[:32]


@lru_cache(maxsize=512)
def render_card(text: CardText) -> bytes:
    """Draw the card as PNG bytes (cached by its text)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 40, WIDTH - 40, HEIGHT - 40), radius=36, fill=PANEL)
    left, width = 100, WIDTH - 200
    title, size = _fit(draw, text.pack_title, width, 52, 30)
    draw.text((left, 90), title, font=_font(size), fill=MUTED)
    nickname, size = _fit(draw, text.nickname, width, 64, 40)
    draw.text((left, 180), nickname, font=_font(size), fill=INK)
    draw.text((left, 270), f"{text.score:,}", font=_font(150), fill=ACCENT)
    draw.text((left, 448), "points", font=_font(40), fill=MUTED)
    right = f"{text.correct_count} of {text.question_count} right"
    draw.text((left, 510), right, font=_font(44), fill=INK)
    rank_font = _font(44)
    rank_width = draw.textlength(text.rank_line, font=rank_font)
    draw.text((WIDTH - 100 - rank_width, 510), text.rank_line, font=rank_font, fill=INK)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _fit(
    draw: ImageDraw.ImageDraw, value: str, width: int, size: int, smallest: int
) -> tuple[str, int]:
    """The text and font size to draw it in `width`: smaller, then cut with an ellipsis ("...")."""
    for candidate in (size, smallest):
        if draw.textlength(value, font=_font(candidate)) <= width:
            return value, candidate
    font = _font(smallest)
    while value and draw.textlength(value + "...", font=font) > width:
        value = value[:-1]
    return value.rstrip() + "...", smallest
