"""Packs as Moodle GIFT text (export only): one multiple-choice question per block."""

from __future__ import annotations

from typing import Any

# Characters with a meaning in GIFT; a backslash makes them literal.
_SPECIAL = "\\~=#{}:"


def escape_gift(text: str) -> str:
    """Text safe inside a GIFT question: specials escaped, lines joined."""
    text = " ".join(text.split())
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def write_gift(document: dict[str, Any]) -> str:
    """The document's questions in GIFT: =right, ~wrong, #### general feedback."""
    blocks = [f"// {escape_gift(document['title'])}"]
    if document.get("source", {}).get("title"):
        blocks[0] += f"\n// Source: {escape_gift(document['source']['title'])}"
    for number, question in enumerate(document["questions"], start=1):
        lines = [
            f"// Question {number} ({question.get('kind', 'custom')},"
            f" {question.get('difficulty', 'medium')})",
            f"::Q{number}::{escape_gift(question['prompt'])} {{",
        ]
        for choice in question["choices"]:
            mark = "=" if choice["correct"] else "~"
            lines.append(f"\t{mark}{escape_gift(choice['text'])}")
        if question.get("explanation"):
            lines.append(f"\t####{escape_gift(question['explanation'])}")
        lines.append("}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
