"""Printable posters for a campaign: A4 and a wallet card, as PNG and as PDF, with a QR code of
the campaign's link (segno) and words from the content pack, so each deployment writes its own.

The design is neutral on purpose: black on white, no picture, nothing that says what the bot is
about. One drawing makes both formats (matplotlib), the QR code drawn module by module as
squares, so the PDF stays sharp at any size. Text is fitted to its box: wrapped, then made
smaller until it fits, so a long translation never runs off the page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import segno

from bot.voice.drawing import wrapped

if TYPE_CHECKING:
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure

MM_PER_INCH = 25.4
INK = "#111111"
QUIET_ZONE = 4  # modules of white around a QR code, as the standard asks


class Size(StrEnum):
    A4 = "a4"
    CARD = "card"  # a bank card: 85.6 x 54 mm, fits a wallet


class Format(StrEnum):
    PNG = "png"
    PDF = "pdf"


# Page size in mm, and the PNG's resolution.
PAGE_MM = {Size.A4: (210.0, 297.0), Size.CARD: (85.6, 54.0)}
PNG_DPI = {Size.A4: 200, Size.CARD: 300}


@dataclass(frozen=True)
class PosterWords:
    """What a poster says, in one language (from the content pack)."""

    title: str
    body: str
    scan: str  # how to open it: "Scan with your phone's camera, or open:"
    code: str  # "Code: K7Q2MX"
    footer: str
    locale: str = "en"
    right_to_left: bool = False


@dataclass(frozen=True)
class Box:
    """A rectangle on the page in mm from the bottom left."""

    left: float
    bottom: float
    width: float
    height: float


def qr_matrix(link: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of `link` as rows of dark (True) modules, without the quiet zone."""
    code = segno.make_qr(link, error="m")
    return tuple(tuple(bool(m) for m in row) for row in code.matrix)


def poster(words: PosterWords, link: str, size: Size, form: Format) -> bytes:
    """One poster: the file's bytes."""
    # Imported here: matplotlib takes a noticeable time to load and only pictures need it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width, height = PAGE_MM[size]
    figure = Figure(figsize=(width / MM_PER_INCH, height / MM_PER_INCH), dpi=PNG_DPI[size])
    canvas = FigureCanvasAgg(figure)
    renderer = canvas.get_renderer()
    page = _Page(figure, renderer, width, height, words)
    if size is Size.A4:
        _a4(page, words, link)
    else:
        _card(page, words, link)
    out = io.BytesIO()
    metadata = {"Creator": None, "Producer": None} if form is Format.PDF else {"Software": None}
    figure.savefig(out, format=form.value, dpi=PNG_DPI[size], metadata=metadata)
    figure.clear()
    return out.getvalue()


def _a4(page: _Page, words: PosterWords, link: str) -> None:
    margin = 18.0
    inner = 210.0 - 2 * margin
    page.frame(8.0)
    page.text(words.title, Box(margin, 232, inner, 47), 40, bold=True)
    page.text(words.body, Box(margin, 178, inner, 50), 22)
    page.qr(link, Box(55, 78, 100, 100))
    page.text(words.scan, Box(margin, 58, inner, 18), 16)
    page.text(_display(link), Box(margin, 44, inner, 13), 16, bold=True)
    page.text(words.code, Box(margin, 32, inner, 11), 16)
    page.text(words.footer, Box(margin, 12, inner, 17), 11)


def _card(page: _Page, words: PosterWords, link: str) -> None:
    page.frame(1.5)
    page.qr(link, Box(4, 9, 36, 36))
    text_left, text_width = 43.0, 85.6 - 43.0 - 4.0
    page.text(words.title, Box(text_left, 30, text_width, 20), 11, bold=True)
    page.text(words.scan, Box(text_left, 17, text_width, 12), 6.5)
    page.text(words.code, Box(text_left, 9, text_width, 7), 7, bold=True)
    page.text(_display(link), Box(4, 2.5, 85.6 - 8, 5), 6)


def _display(link: str) -> str:
    """The link as printed: without the scheme, which nobody types."""
    return link.removeprefix("https://")


class _Page:
    """Drawing in mm on a figure, text fitted to its box."""

    def __init__(
        self,
        figure: Figure,
        renderer: RendererBase,
        width: float,
        height: float,
        words: PosterWords,
    ) -> None:
        self.figure, self.renderer = figure, renderer
        self.width, self.height = width, height
        self.right_to_left, self.language = words.right_to_left, words.locale

    def frame(self, inset: float) -> None:
        from matplotlib.patches import Rectangle

        self.figure.add_artist(
            Rectangle(
                (inset / self.width, inset / self.height),
                1 - 2 * inset / self.width,
                1 - 2 * inset / self.height,
                fill=False,
                edgecolor=INK,
                linewidth=1.2,
                transform=self.figure.transFigure,
            )
        )

    def text(self, text: str, box: Box, largest: float, *, bold: bool = False) -> None:
        """`text` as large as fits in `box` (down to a third of `largest`), centred."""
        if not text.strip():
            return
        size = largest
        limit = self._pixels(box)
        while True:
            # About how many characters of this size fit on a line (an average glyph is a
            # little over half as wide as the size); the box decides in the end.
            per_line = int(box.width / (size * 0.55 * MM_PER_INCH / 72))
            artist = self.figure.text(
                (box.left + box.width / 2) / self.width,
                (box.bottom + box.height / 2) / self.height,
                wrapped(text, per_line),
                ha="center",
                va="center",
                multialignment="right" if self.right_to_left else "center",
                fontsize=size,
                fontweight="bold" if bold else "normal",
                color=INK,
                linespacing=1.25,
                language=self.language,
            )
            extent = artist.get_window_extent(self.renderer)
            fits = extent.width <= limit[0] and extent.height <= limit[1]
            if fits or size <= largest / 3:
                return
            artist.remove()
            size *= 0.9

    def qr(self, link: str, box: Box) -> None:
        """The QR code in a square `box`, quiet zone included, drawn as squares."""
        from matplotlib.collections import PatchCollection
        from matplotlib.patches import Rectangle

        matrix = qr_matrix(link)
        modules = len(matrix) + 2 * QUIET_ZONE
        side = min(box.width, box.height) / modules
        left = box.left + (box.width - side * modules) / 2
        top = box.bottom + (box.height + side * modules) / 2
        squares = []
        for y, row in enumerate(matrix):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                run = x
                while run < len(row) and row[run]:
                    run += 1
                squares.append(
                    Rectangle(
                        (
                            (left + (QUIET_ZONE + x) * side) / self.width,
                            (top - (QUIET_ZONE + y + 1) * side) / self.height,
                        ),
                        (run - x) * side / self.width,
                        side / self.height,
                    )
                )
                x = run
        self.figure.add_artist(
            PatchCollection(
                squares,
                facecolor=INK,
                edgecolor="none",
                antialiased=False,
                transform=self.figure.transFigure,
            )
        )

    def _pixels(self, box: Box) -> tuple[float, float]:
        dpi = self.figure.dpi
        return box.width / MM_PER_INCH * dpi, box.height / MM_PER_INCH * dpi
