"""Words shared by the files partners receive (HXL-tagged CSV, `bot.common.hxl`): the column
titles, in the reader's language, above the hashtag row."""

from __future__ import annotations

from bot.common.hxl import COLUMNS
from bot.i18n import Messages


def partner_headers(t: Messages) -> dict[str, str]:
    return {column: t("exports-column", column=column) for column, _ in COLUMNS}
