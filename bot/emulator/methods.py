"""The Bot API methods the emulator serves, each refusing what Telegram refuses, in its words."""

from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.emulator.formatting import parse_formatted_text, utf16_length
from bot.emulator.limits import (
    ApiError,
    FloodControl,
    RateLimits,
    bad_request,
    check_callback_answer_text,
    check_caption,
    check_commands,
    check_message_text,
    check_reply_markup,
)
from bot.emulator.payloads import chat_full_info, message_to_api
from bot.emulator.records import StoredMessage
from bot.emulator.state import ChatStore, StoredFile
from bot.emulator.updates import UpdateQueue

MAX_UPDATES_PER_POLL = 100
MAX_MESSAGES_PER_DELETE = 100
DELETE_FOR_EVERYONE_WITHIN = 48 * 3600
CALLBACK_ANSWER_WITHIN = 15
MIN_LIVE_PERIOD, MAX_LIVE_PERIOD, LIVE_FOREVER = 60, 86400, 0x7FFFFFFF
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Parameters of a sent message that have a field of their own in StoredMessage.
OWN_FIELDS = frozenset({"chat_id", "text", "reply_markup", "protect_content"})
# Bot profile settings that are only stored and given back (name, descriptions, menu button).
PROFILE_SETTINGS = {
    "MyName": ("name", {"name": ""}),
    "MyDescription": ("description", {"description": ""}),
    "MyShortDescription": ("short_description", {"short_description": ""}),
}

Handler = Callable[["Params"], Any]


class Params:
    """A call's decoded parameters, read with the types Telegram expects."""

    def __init__(self, values: dict[str, Any], filenames: dict[str, str]) -> None:
        self.values = values
        self.filenames = filenames

    def __contains__(self, name: str) -> bool:
        return self.values.get(name) is not None

    def optional(self, name: str) -> Any:
        return self.values.get(name)

    def optional_int(self, name: str) -> int | None:
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise bad_request(f"{name} is invalid")
        try:
            return int(value)
        except ValueError:
            raise bad_request(f"{name} is invalid") from None

    def required_int(self, name: str) -> int:
        value = self.optional_int(name)
        if value is None:
            raise bad_request(f"{name} is empty")
        return value

    def optional_float(self, name: str) -> float | None:
        value = self.values.get(name)
        if value is None:
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"{name} is invalid") from None

    def required_float(self, name: str) -> float:
        value = self.optional_float(name)
        if value is None:
            raise bad_request(f"{name} is empty")
        return value

    def optional_str(self, name: str) -> str | None:
        value = self.values.get(name)
        return None if value is None else str(value)

    def required_str(self, name: str) -> str:
        value = self.optional_str(name)
        if not value:
            raise bad_request(f"{name} is empty")
        return value

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, str):
            return value.lower() in ("true", "1")
        return bool(value)

    def json_value(self, name: str) -> Any:
        """A JSON parameter, also when a JSON body or a GET query left it as a string."""
        value = self.values.get(name)
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {name} JSON object") from None
        return value

    def rest(self) -> dict[str, Any]:
        """The parameters without a field of their own in `StoredMessage`."""
        return {name: value for name, value in self.values.items() if name not in OWN_FIELDS}


@dataclass(frozen=True)
class Method:
    """A served method under its official spelling."""

    name: str
    handler: Callable[[Params], Any | Awaitable[Any]]


class BotApi:
    """The methods, over the chat store, the update queue and the injected clock."""

    def __init__(
        self,
        *,
        bot_user: dict[str, Any],
        store: ChatStore,
        updates: UpdateQueue,
        clock: Callable[[], float],
        rate_limits: RateLimits | None,
    ) -> None:
        self.bot_user = bot_user
        self.store = store
        self.updates = updates
        self.clock = clock
        self.flood_control = FloodControl(rate_limits, clock) if rate_limits else None
        self.webhook_url = ""
        self.webhook_secret: str | None = None
        self.webhook_allowed: list[str] | None = None
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.profile: dict[tuple[str, str], dict[str, Any]] = {}
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        methods: dict[str, Handler] = {
            "getMe": self.get_me,
            "getUpdates": self.get_updates,
            "deleteWebhook": self.delete_webhook,
            "setWebhook": self.set_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "sendMessage": self.send_message,
            "copyMessage": self.copy_message,
            "editMessageText": self.edit_message_text,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "answerCallbackQuery": self.answer_callback_query,
            "deleteMessage": self.delete_message,
            "deleteMessages": self.delete_messages,
            "sendLocation": self.send_location,
            "sendVenue": self.send_venue,
            "sendDocument": self.send_document,
            "sendPhoto": self.send_photo,
            "sendChatAction": self.send_chat_action,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "setChatMenuButton": self.set_chat_menu_button,
            "getChatMenuButton": self.get_chat_menu_button,
            "getChat": self.get_chat,
            "getFile": self.get_file,
            "close": self.close,
            "logOut": self.close,
        }
        for suffix, (field, _) in PROFILE_SETTINGS.items():
            methods[f"set{suffix}"] = self._profile_setter(suffix, field)
            methods[f"get{suffix}"] = self._profile_getter(suffix)
        # Telegram matches method names regardless of case.
        self._methods = {name.lower(): Method(name, handler) for name, handler in methods.items()}

    def resolve(self, requested: str) -> Method | None:
        """The method a URL asks for, or None when the emulator does not serve it."""
        return self._methods.get(requested.lower())

    # --- getting updates ----------------------------------------------------------------------

    def get_me(self, params: Params) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def get_updates(self, params: Params) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        limit = params.optional_int("limit") or MAX_UPDATES_PER_POLL
        allowed = params.json_value("allowed_updates")
        return await self.updates.fetch(
            offset=params.optional_int("offset"),
            limit=min(max(limit, 1), MAX_UPDATES_PER_POLL),
            poll_seconds=params.optional_float("timeout") or 0,
            allowed_updates=list(allowed) if allowed is not None else None,
        )

    def delete_webhook(self, params: Params) -> bool:
        self.webhook_url = ""
        self.webhook_secret = None
        self.updates.stop_pushing()
        if params.flag("drop_pending_updates"):
            self.updates.drop_pending()
        return True

    def set_webhook(self, params: Params) -> bool:
        url = params.optional_str("url") or ""
        secret = params.optional_str("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise bad_request("secret token contains unallowed characters")
        self.webhook_url, self.webhook_secret = url, secret
        allowed = params.json_value("allowed_updates")
        self.webhook_allowed = list(allowed) if allowed is not None else None
        if params.flag("drop_pending_updates"):
            self.updates.drop_pending()
        if url:
            self.updates.push_to(url, secret, self.webhook_allowed)
        else:
            self.updates.stop_pushing()
        return True

    def get_webhook_info(self, params: Params) -> dict[str, Any]:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": self.updates.pending_count,
        }

    # --- sending ------------------------------------------------------------------------------

    def send_message(self, params: Params) -> dict[str, Any]:
        chat = self._chat_to_send_to(params)
        text, entities = self._formatted_text(params, "text", "entities")
        check_message_text(text, utf16_length(text))
        markup = self._reply_markup(params)
        self._check_reply_target(chat["id"], params)
        self._admit_send(chat)
        extra = params.rest()
        if params.optional_str("parse_mode"):
            extra["raw_text"] = params.optional_str("text")
        message = self._store_sent(
            chat,
            kind="text",
            text=text,
            entities=entities,
            markup=markup,
            params=params,
            extra=extra,
        )
        return message_to_api(message, chat)

    def copy_message(self, params: Params) -> dict[str, Any]:
        """A copy of any message the bot can see, sent by the bot: no forward header, no trace of
        who wrote the original (Telegram's copyMessage); answers only the new message's id."""
        chat = self._chat_to_send_to(params)
        source_chat = self.store.chats.get(params.optional_int("from_chat_id") or 0)
        if source_chat is None:
            raise bad_request("chat not found")
        original = self.store.find_message(source_chat["id"], params.required_int("message_id"))
        if original is None or original.deleted:
            raise bad_request("message to copy not found")
        if original.protect_content:
            raise bad_request("message has protected content and can't be copied")
        content = dict(original.content)
        if "caption" in params:
            content["caption"] = params.optional_str("caption")
        markup = self._reply_markup(params)
        self._check_reply_target(chat["id"], params)
        self._admit_send(chat)
        message = self._store_sent(
            chat,
            kind=original.kind,
            text=original.text,
            entities=list(original.entities),
            markup=markup,
            params=params,
            extra={},
            content=content,
        )
        return {"message_id": message.message_id}

    def send_location(self, params: Params) -> dict[str, Any]:
        chat = self._chat_to_send_to(params)
        location = self._location(params)
        live_period = params.optional_int("live_period")
        if live_period is not None:
            if not (
                MIN_LIVE_PERIOD <= live_period <= MAX_LIVE_PERIOD or live_period == LIVE_FOREVER
            ):
                raise bad_request("wrong live period specified")
            location["live_period"] = live_period
        for optional in ("horizontal_accuracy", "heading", "proximity_alert_radius"):
            if optional in params:
                location[optional] = params.optional(optional)
        markup = self._reply_markup(params)
        self._check_reply_target(chat["id"], params)
        self._admit_send(chat)
        message = self._store_sent(
            chat,
            kind="location",
            markup=markup,
            params=params,
            extra=params.rest(),
            content={"location": location},
        )
        return message_to_api(message, chat)

    def send_venue(self, params: Params) -> dict[str, Any]:
        chat = self._chat_to_send_to(params)
        location = self._location(params)
        venue: dict[str, Any] = {
            "location": location,
            "title": params.required_str("title"),
            "address": params.required_str("address"),
        }
        for optional in (
            "foursquare_id",
            "foursquare_type",
            "google_place_id",
            "google_place_type",
        ):
            if optional in params:
                venue[optional] = params.optional_str(optional)
        markup = self._reply_markup(params)
        self._check_reply_target(chat["id"], params)
        self._admit_send(chat)
        message = self._store_sent(
            chat,
            kind="venue",
            markup=markup,
            params=params,
            extra=params.rest(),
            content={"venue": venue, "location": location},
        )
        return message_to_api(message, chat)

    def send_document(self, params: Params) -> dict[str, Any]:
        chat = self._chat_to_send_to(params)
        stored, file_name = self._file_to_send(params, "document", "bin")
        document: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if file_name:
            document["file_name"] = file_name
            document["mime_type"] = mimetypes.guess_type(file_name)[0] or (
                "application/octet-stream"
            )
        return self._send_media(chat, params, "document", document, file_name)

    def send_photo(self, params: Params) -> dict[str, Any]:
        chat = self._chat_to_send_to(params)
        stored, file_name = self._file_to_send(params, "photo", "jpg")
        # Telegram returns several sizes; the emulator does not decode images, so sizes are fixed.
        sizes = [
            {
                "file_id": f"{stored.file_id}-{side}",
                "file_unique_id": f"{stored.file_unique_id}{side}",
                "file_size": len(stored.data),
                "width": side,
                "height": side,
            }
            for side in (90, 800)
        ]
        return self._send_media(chat, params, "photo", sizes, file_name)

    def send_chat_action(self, params: Params) -> bool:
        self._chat_to_send_to(params)
        if params.optional_str("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    # --- changing what was sent ---------------------------------------------------------------

    def edit_message_text(self, params: Params) -> dict[str, Any]:
        chat, message = self._bot_message_to_edit(params)
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        text, entities = self._formatted_text(params, "text", "entities")
        check_message_text(text, utf16_length(text))
        # Like Telegram: an edit without reply_markup takes the inline keyboard away.
        markup = self._reply_markup(params)
        if (text, entities, markup) == (message.text, message.entities, message.reply_markup):
            raise _not_modified()
        message.text, message.entities, message.reply_markup = text, entities, markup
        if params.optional_str("parse_mode"):
            message.extra["raw_text"] = params.optional_str("text")
        return self._store_edit(chat, message)

    def edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        chat, message = self._bot_message_to_edit(params)
        markup = self._reply_markup(params)
        if markup == message.reply_markup:
            raise _not_modified()
        message.reply_markup = markup
        return self._store_edit(chat, message)

    def delete_message(self, params: Params) -> bool:
        chat = self._known_chat(params)
        self._delete(chat, params.required_int("message_id"))
        return True

    def delete_messages(self, params: Params) -> bool:
        chat = self._known_chat(params)
        message_ids = params.json_value("message_ids")
        if not isinstance(message_ids, list) or not message_ids:
            raise bad_request("message identifiers are not specified")
        if len(message_ids) > MAX_MESSAGES_PER_DELETE:
            raise bad_request("too many message identifiers specified")
        for message_id in message_ids:
            try:
                self._delete(chat, int(message_id))
            except (ApiError, TypeError, ValueError):
                continue  # Telegram skips the messages it cannot delete.
        return True

    def answer_callback_query(self, params: Params) -> bool:
        query = self.store.callback_queries.get(params.optional_str("callback_query_id") or "")
        if (
            query is None
            or query.answer is not None
            or self.clock() - query.tapped_at > CALLBACK_ANSWER_WITHIN
        ):
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        check_callback_answer_text(params.optional_str("text"))
        query.answer = dict(params.values)
        return True

    # --- commands, profile, chats, files ------------------------------------------------------

    def set_my_commands(self, params: Params) -> bool:
        commands = check_commands(params.json_value("commands"))
        self.commands[self._commands_key(params)] = commands
        return True

    def get_my_commands(self, params: Params) -> list[dict[str, str]]:
        return list(self.commands.get(self._commands_key(params), []))

    def delete_my_commands(self, params: Params) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def set_chat_menu_button(self, params: Params) -> bool:
        button = params.json_value("menu_button") or {"type": "default"}
        self.menu_buttons[params.optional_int("chat_id")] = button
        return True

    def get_chat_menu_button(self, params: Params) -> dict[str, Any]:
        return self.menu_buttons.get(params.optional_int("chat_id"), {"type": "commands"})

    def get_chat(self, params: Params) -> dict[str, Any]:
        return chat_full_info(self._known_chat(params))

    def get_file(self, params: Params) -> dict[str, Any]:
        stored = self.store.files.get(params.optional_str("file_id") or "")
        if stored is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    def close(self, params: Params) -> bool:
        return True

    # --- shared steps -------------------------------------------------------------------------

    def _known_chat(self, params: Params) -> dict[str, Any]:
        raw_chat_id = params.optional("chat_id")
        if raw_chat_id is None or raw_chat_id == "":
            raise bad_request("chat_id is empty")
        if isinstance(raw_chat_id, str) and raw_chat_id.startswith("@"):
            for chat in self.store.chats.values():
                if chat.get("username") == raw_chat_id[1:] and chat["type"] != "private":
                    return chat
            raise bad_request("chat not found")
        try:
            chat_id = int(raw_chat_id)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
        known = self.store.chats.get(chat_id)
        if known is None:
            raise bad_request("chat not found")
        return known

    def _chat_to_send_to(self, params: Params) -> dict[str, Any]:
        chat = self._known_chat(params)
        if chat["type"] == "private":
            if chat["id"] not in self.store.private_chat_started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            if chat["id"] in self.store.blocked_users:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _admit_send(self, chat: dict[str, Any]) -> None:
        if self.flood_control is not None:
            self.flood_control.admit_send(
                chat["id"], is_group=chat["type"] in ("group", "supergroup")
            )

    def _formatted_text(
        self, params: Params, text_name: str, entities_name: str
    ) -> tuple[str, list[dict[str, Any]]]:
        raw = params.optional_str(text_name) or ""
        given_entities = params.json_value(entities_name)
        if given_entities:
            return raw, list(given_entities)
        return parse_formatted_text(raw, params.optional_str("parse_mode"))

    def _reply_markup(self, params: Params) -> dict[str, Any] | None:
        markup = params.json_value("reply_markup")
        check_reply_markup(markup)
        return markup

    def _check_reply_target(self, chat_id: int, params: Params) -> None:
        reply_parameters = params.json_value("reply_parameters")
        if not isinstance(reply_parameters, dict):
            reply_parameters = {}
        target = reply_parameters.get("message_id") or params.optional_int("reply_to_message_id")
        if target is None:
            return
        message = self.store.find_message(chat_id, int(target))
        if (message is None or message.deleted) and not reply_parameters.get(
            "allow_sending_without_reply"
        ):
            raise bad_request("message to be replied not found")

    def _location(self, params: Params) -> dict[str, Any]:
        latitude = params.required_float("latitude")
        longitude = params.required_float("longitude")
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise bad_request("wrong location specified")
        return {"latitude": latitude, "longitude": longitude}

    def _file_to_send(
        self, params: Params, name: str, extension: str
    ) -> tuple[StoredFile, str | None]:
        value = params.optional(name)
        if isinstance(value, bytes):
            if not value:
                raise bad_request("file must be non-empty")
            file_name = params.filenames.get(name)
            suffix = file_name.rsplit(".", 1)[-1] if file_name and "." in file_name else extension
            return self.store.store_file(name, value, suffix), file_name
        if isinstance(value, str) and value in self.store.files:
            return self.store.files[value], None
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            # No network here: a URL becomes an empty file that keeps the URL's name.
            file_name = value.rstrip("/").rsplit("/", 1)[-1] or None
            return self.store.store_file(name, b"", extension), file_name
        if not value:
            raise bad_request(f"there is no {name} in the request")
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _send_media(
        self,
        chat: dict[str, Any],
        params: Params,
        kind: str,
        media: Any,
        file_name: str | None,
    ) -> dict[str, Any]:
        caption, caption_entities = self._formatted_text(params, "caption", "caption_entities")
        check_caption(utf16_length(caption))
        markup = self._reply_markup(params)
        self._check_reply_target(chat["id"], params)
        self._admit_send(chat)
        content: dict[str, Any] = {kind: media}
        if caption:
            content["caption"] = caption
            if caption_entities:
                content["caption_entities"] = caption_entities
        extra = params.rest()
        if file_name:
            extra["file_name"] = file_name
        message = self._store_sent(
            chat, kind=kind, markup=markup, params=params, extra=extra, content=content
        )
        return message_to_api(message, chat)

    def _store_sent(
        self,
        chat: dict[str, Any],
        *,
        kind: str,
        markup: dict[str, Any] | None,
        params: Params,
        extra: dict[str, Any],
        text: str | None = None,
        entities: list[dict[str, Any]] | None = None,
        content: dict[str, Any] | None = None,
    ) -> StoredMessage:
        message = self.store.add_message(
            StoredMessage(
                chat_id=chat["id"],
                message_id=0,
                from_bot=True,
                date=int(self.clock()),
                kind=kind,
                text=text,
                reply_markup=markup,
                protect_content=params.flag("protect_content"),
                extra=extra,
                entities=entities or [],
                content=content or {},
                sender=self.bot_user,
            )
        )
        self.store.record_bot_change("sent", message)
        return message

    def _bot_message_to_edit(self, params: Params) -> tuple[dict[str, Any], StoredMessage]:
        if "inline_message_id" in params:
            raise bad_request("MESSAGE_ID_INVALID")
        if "chat_id" not in params or "message_id" not in params:
            raise bad_request("message identifier is not specified")
        chat = self._chat_to_send_to(params)
        message = self.store.find_message(chat["id"], params.required_int("message_id"))
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return chat, message

    def _store_edit(self, chat: dict[str, Any], message: StoredMessage) -> dict[str, Any]:
        message.edited = True
        message.edit_date = int(self.clock())
        self.store.record_bot_change("edited", message)
        return message_to_api(message, chat)

    def _delete(self, chat: dict[str, Any], message_id: int) -> None:
        message = self.store.find_message(chat["id"], message_id)
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        if chat["type"] != "private" and not message.from_bot:
            raise bad_request("message can't be deleted")
        if self.clock() - message.date > DELETE_FOR_EVERYONE_WITHIN:
            raise bad_request("message can't be deleted for everyone")
        message.deleted = True
        self.store.record_bot_change("deleted", message)

    def _commands_key(self, params: Params) -> tuple[str, str]:
        scope = params.json_value("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), params.optional_str("language_code") or ""

    def _profile_setter(self, suffix: str, field: str) -> Handler:
        def set_profile_value(params: Params) -> bool:
            language = params.optional_str("language_code") or ""
            self.profile[(suffix, language)] = {field: params.optional_str(field) or ""}
            return True

        return set_profile_value

    def _profile_getter(self, suffix: str) -> Handler:
        def get_profile_value(params: Params) -> dict[str, Any]:
            language = params.optional_str("language_code") or ""
            return self.profile.get((suffix, language), PROFILE_SETTINGS[suffix][1])

        return get_profile_value


def _not_modified() -> ApiError:
    return bad_request(
        "message is not modified: specified new message content and reply markup are exactly "
        "the same as a current content and reply markup of the message"
    )
