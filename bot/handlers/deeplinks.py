"""The one router for `/start <payload>` deep links (t.me/<bot>?start=<payload>).

Payloads are untrusted: at most 64 characters of A-Z, a-z, 0-9, _ and -. Each kind of link gets a
prefix; later features add theirs (feedback, campaigns) here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from telegram import Message
from telegram.ext.filters import MessageFilter

_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class LinkKind(Enum):
    INVITE = "join_"
    # Printed on outreach material: fb (general), fb-s<service id>, fb-o<session id>.
    FEEDBACK = "fb"
    # Talk to a peer, from a card or a poster: talk.
    TALK = "talk"
    # On campaign posters: c_<code>, or c_<code>_<where> (fb, optin, talk); see bot/voice.
    CAMPAIGN = "c_"


@dataclass(frozen=True)
class DeepLink:
    kind: LinkKind
    value: str


def parse_payload(payload: str) -> DeepLink | None:
    if not _PAYLOAD.match(payload):
        return None
    if payload == LinkKind.TALK.value:
        return DeepLink(LinkKind.TALK, "")
    if payload == LinkKind.FEEDBACK.value or re.fullmatch(r"fb-[so]\d{1,12}", payload):
        return DeepLink(LinkKind.FEEDBACK, payload[len(LinkKind.FEEDBACK.value) + 1 :])
    if payload.startswith(LinkKind.CAMPAIGN.value) and len(payload) > len(LinkKind.CAMPAIGN.value):
        return DeepLink(LinkKind.CAMPAIGN, payload[len(LinkKind.CAMPAIGN.value) :])
    if payload.startswith(LinkKind.INVITE.value) and len(payload) > len(LinkKind.INVITE.value):
        return DeepLink(LinkKind.INVITE, payload[len(LinkKind.INVITE.value) :])
    return None


def link_for(bot_username: str, kind: LinkKind, value: str) -> str:
    return f"https://t.me/{bot_username}?start={kind.value}{value}"


def payload_of(message: Message | None) -> str | None:
    """The payload of a `/start <payload>` message, if any."""
    if message is None or not message.text:
        return None
    parts = message.text.split(maxsplit=1)
    if len(parts) != 2 or parts[0].split("@")[0] != "/start":
        return None
    return parts[1].strip()


class DeepLinkFilter(MessageFilter):
    """Matches `/start` messages whose payload is a link of one kind."""

    def __init__(self, kind: LinkKind) -> None:
        super().__init__(name=f"DeepLinkFilter({kind.name})")
        self.kind = kind

    def filter(self, message: Message) -> bool:
        payload = payload_of(message)
        link = parse_payload(payload) if payload else None
        return link is not None and link.kind is self.kind
