"""Telegram's HTML formatting: turns a bot's HTML text into the visible text and its entities.

Telegram measures text in UTF-16 code units and rejects tags it does not know, so a bot that
forgets to escape a person's "<" fails here the way it would fail against the real server.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from bot.emulator.limits import ApiError

ENTITY_TYPE_OF_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units, so an emoji often counts twice."""
    return len(text.encode("utf-16-le")) // 2


def parse_formatted_text(text: str, parse_mode: str | None) -> tuple[str, list[dict[str, Any]]]:
    """The visible text and its entities for `text` sent with `parse_mode`.

    Only HTML is parsed; Markdown modes are passed through as they are.
    """
    if parse_mode is None or parse_mode.lower() != "html":
        return text, []
    parser = _TelegramHtmlParser(text)
    parser.feed(text)
    parser.close()
    return parser.finish()


def _cannot_parse(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: can't parse entities: {reason}")


class _TelegramHtmlParser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self._source = source
        self._line_starts = [0]
        for index, char in enumerate(source):
            if char == "\n":
                self._line_starts.append(index + 1)
        self._pieces: list[str] = []
        self._length = 0
        self._open: list[tuple[str, int, dict[str, Any]]] = []
        self._entities: list[dict[str, Any]] = []

    def _byte_offset(self) -> int:
        line, column = self.getpos()
        index = self._line_starts[line - 1] + column
        return len(self._source[:index].encode("utf-8"))

    def handle_data(self, data: str) -> None:
        self._pieces.append(data)
        self._length += utf16_length(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value for name, value in attrs}
        if tag not in ENTITY_TYPE_OF_TAG or (
            tag == "span" and attributes.get("class") != "tg-spoiler"
        ):
            raise _cannot_parse(
                f'Unsupported start tag "{tag}" at byte offset {self._byte_offset()}'
            )
        details: dict[str, Any] = {}
        if tag == "a":
            details["url"] = attributes.get("href") or ""
        elif tag == "tg-emoji":
            details["custom_emoji_id"] = attributes.get("emoji-id") or ""
        elif tag == "blockquote" and "expandable" in attributes:
            details["type"] = "expandable_blockquote"
        elif tag == "code" and self._open and self._open[-1][0] == "pre":
            # <pre><code class="language-x"> is one "pre" entity carrying the language.
            details["inside_pre"] = True
            language_class = attributes.get("class") or ""
            if language_class.startswith("language-"):
                self._open[-1][2]["language"] = language_class.removeprefix("language-")
        self._open.append((tag, self._length, details))

    def handle_endtag(self, tag: str) -> None:
        if not self._open:
            raise _cannot_parse(f"Unexpected end tag at byte offset {self._byte_offset()}")
        open_tag, start, details = self._open.pop()
        if open_tag != tag:
            raise _cannot_parse(
                f"Unmatched end tag at byte offset {self._byte_offset()}, "
                f'expected "</{open_tag}>", found "</{tag}>"'
            )
        if self._length == start or details.pop("inside_pre", False):
            return
        entity: dict[str, Any] = {
            "type": ENTITY_TYPE_OF_TAG[tag],
            "offset": start,
            "length": self._length - start,
        }
        entity.update(details)
        self._entities.append(entity)

    def finish(self) -> tuple[str, list[dict[str, Any]]]:
        if self._open:
            raise _cannot_parse(
                f'Can\'t find end tag corresponding to start tag "{self._open[-1][0]}"'
            )
        self._entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return "".join(self._pieces), self._entities
