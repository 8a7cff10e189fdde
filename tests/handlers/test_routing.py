"""Routes: a kind of message outside flows belongs to one feature; a second owner is a mistake
found when the bot is built, not a handler that silently stops being called."""

from __future__ import annotations

import pytest

from bot.app import FEATURES
from bot.handlers.routing import Routes


async def nothing(update, context) -> None:
    return None


@pytest.mark.parametrize("kind", ["on_location", "on_text", "on_voice", "on_cancel"])
def test_a_second_owner_of_a_kind_of_message_is_refused(kind):
    routes = Routes()
    getattr(routes, kind)(nothing)

    with pytest.raises(ValueError, match=kind):
        getattr(routes, kind)(nothing)


def test_the_features_register_without_a_clash():
    routes = Routes()
    for feature in FEATURES:
        feature.register(routes)
    assert routes.text_handler is not None and routes.location_handler is not None
