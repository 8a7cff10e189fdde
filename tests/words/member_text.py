"""Which built-in messages members read (everyone who has no role), for the plain-language
tests: ids by prefix, less the team's own screens. Prose is a message of at least eight words
that is not just a choice of variants (a list of labels)."""

from __future__ import annotations

from fluent.syntax import ast as fluent_ast

from tests.words.locale_text import entries, words

MEMBER_PREFIXES = (
    "people-welcome",
    "help-member",
    "language-",
    "privacy-",
    "menu-",
    "common-",
    "errors-",
    "safety-",
    "alerts-notice",
    "alerts-new-notice",
    "alerts-read",
    "alerts-none",
    "alerts-choose",
    "alerts-stopped",
    "alerts-your",
    "directory-",
    "feedback-",
    "standards-",
    "exit-",
    # Talk to a peer: what the person who asked reads (the peer's side is the team's).
    "relay-topic",
    "relay-intro",
    "relay-asked",
    "relay-no-peer",
    "relay-leave",
    "relay-waiting",
    "relay-held",
    "relay-cancel",
    "relay-talking",
    "relay-started",
    "relay-handed",
    "relay-end",
    "relay-give-feedback",
    "relay-dropped",
    "relay-talk-again",
    "relay-blocked",
    "relay-emergency",
    "relay-crisis",
    # Community voice: settings, questions, answers, results and news members get.
    "voice-settings-intro",
    "voice-questions",
    "voice-updates",
    "voice-on",
    "voice-off",
    "voice-every-area",
    "voice-choose-",
    "voice-stop-",
    "voice-question-areas",
    "voice-back-to-settings",
    "voice-stopped",
    "voice-archive-",
    "voice-everyone",
    "voice-poll-",
    "voice-in-my-words",
    "voice-answer-",
    "voice-see-results",
    "voice-type-words",
    "voice-words-review",
    "voice-results-",
    "voice-hidden",
    "voice-update-title",
    "voice-update-letter",
)
TEAM_PREFIXES = (
    "directory-propose",
    "directory-review",
    "directory-recheck",
    "directory-reject",
    "directory-change",
    "directory-queue",
    "directory-proposal",
    "directory-your-change",
    "directory-your-waiting",
    "directory-visibility",
    "directory-card-state",
    "directory-card-not-recent",
    "feedback-summary",
    "feedback-flagged",
    "feedback-report",
    "feedback-csv",
    "menu-team",
    "menu-invite",
    "menu-whoami",
    "menu-vet",
    "menu-report",
    "menu-plan",
    "menu-sessions",
    "menu-figures",
    "menu-my-sessions",
    "menu-propose",
    "menu-queue",
    "menu-recheck",
    "menu-training",
    "privacy-team",
    "standards-card-",
    "menu-duty",
    "menu-follow-ups",
    "menu-voice-team",
    "relay-crisis-words",
    "relay-waiting-count",
    "relay-handed-over",
    "relay-ended-peer",
    "relay-blocked-done",
)


def member_ids() -> list[str]:
    return [
        message_id
        for message_id in words("en")
        if message_id.startswith(MEMBER_PREFIXES) and not message_id.startswith(TEAM_PREFIXES)
    ]


def is_prose(message_id: str) -> bool:
    entry = entries("en")[message_id][1]
    if entry.value is None:
        return False
    elements = entry.value.elements
    only_a_choice = len(elements) == 1 and isinstance(
        getattr(elements[0], "expression", None), fluent_ast.SelectExpression
    )
    return not only_a_choice and len(words("en")[message_id].split()) >= 8


def member_prose() -> list[str]:
    return [message_id for message_id in member_ids() if is_prose(message_id)]
