"""A local Telegram Bot API server for tests, the console mode and benchmarks.

The real ``telegram.ext.Application`` talks to it over HTTP through PTB's ``base_url``, so nothing
inside PTB is patched. People are played by calling `Emulator.send_text`, `Emulator.tap` and
friends; what the bot did is read back with `Emulator.messages` and `Emulator.calls`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from aiohttp import BodyPartReader, web

from bot.emulator.formatting import utf16_length
from bot.emulator.limits import ApiError, RateLimits
from bot.emulator.methods import BotApi, Method, Params
from bot.emulator.payloads import (
    FILE_KINDS,
    NOT_CONTENT,
    channel_chat,
    group_chat,
    inaccessible_message,
    message_to_api,
    private_chat,
    sample_content,
)
from bot.emulator.records import Call, FakeUser, StoredMessage
from bot.emulator.state import CallbackQueryRecord, ChatStore, Listener
from bot.emulator.updates import UpdateQueue

logger = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456789:EMULATOR-TOKEN-abcdefghijklmnopqrstuv"  # noqa: S105 (not a secret)
# Parameters whose value is free text: PTB sends strings unencoded, so "123" must stay a string.
TEXT_PARAMETERS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "url",
        "title",
        "address",
        "foursquare_id",
        "foursquare_type",
        "google_place_id",
        "google_place_type",
        "action",
        "language_code",
        "secret_token",
        "ip_address",
        "name",
        "description",
        "short_description",
        "file_id",
        "document",
        "photo",
        "inline_message_id",
        "message_effect_id",
        "business_connection_id",
    }
)
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
SHUTDOWN_GRACE_SECONDS = 1.0


@dataclass
class Fault:
    """An error the emulator answers the next `times` calls to `method` with.

    `status` 0 drops the connection without an answer; a 2xx status answers normally, which
    with a `delay` makes a slow success (the bot times out, yet the message was sent).
    """

    method: str
    status: int
    description: str
    retry_after: int | None
    times: int
    delay: float

    def to_response(self) -> dict[str, Any]:
        return ApiError(self.status, self.description, retry_after=self.retry_after).to_response()


class Emulator:
    """A Telegram Bot API server on 127.0.0.1 with people, chats and injectable faults."""

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        bot_id: int = 123456789,
        bot_username: str = "outreach_test_bot",
        bot_first_name: str = "Outreach",
        clock: Callable[[], float] = time.time,
        rate_limits: RateLimits | None = None,
    ) -> None:
        self.token = token
        self.bot_id = bot_id
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.calls: list[Call] = []
        self._clock = clock
        self._store = ChatStore()
        self._updates = UpdateQueue()
        self._api = BotApi(
            bot_user={
                "id": bot_id,
                "is_bot": True,
                "first_name": bot_first_name,
                "username": bot_username,
            },
            store=self._store,
            updates=self._updates,
            clock=clock,
            rate_limits=rate_limits,
        )
        self._faults: dict[str, list[Fault]] = {}
        self._runner: web.AppRunner | None = None
        self._stopping = asyncio.Event()
        self._port: int | None = None
        self._calls_in_progress = 0
        self._last_bot_call = time.monotonic()
        self._callback_queries_made = 0
        self._people: dict[int, FakeUser] = {}

    def __repr__(self) -> str:
        # The token stays out of reprs and logs.
        state = f"port {self._port}" if self._port else "not started"
        return f"<Emulator @{self.bot_username} {state}>"

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._serve_api_call)
        app.router.add_get("/file/bot{token}/{file_path:.+}", self._serve_file)
        # No access log: every URL carries the bot token.
        runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=SHUTDOWN_GRACE_SECONDS
        )
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = runner.addresses[0][1]

    async def stop(self) -> None:
        """Answer every waiting call, then close the server. Safe to call twice."""
        if self._runner is None:
            return
        self._stopping.set()
        self._updates.close()
        runner, self._runner = self._runner, None
        await runner.cleanup()

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling a listener given to `subscribe`."""
        self._store.unsubscribe(listener)

    @property
    def base_url(self) -> str:
        """What to give PTB as ``base_url``; it appends the token and the method."""
        return f"http://127.0.0.1:{self._started_port()}/bot"

    @property
    def base_file_url(self) -> str:
        """What to give PTB as ``base_file_url``."""
        return f"http://127.0.0.1:{self._started_port()}/file/bot"

    @property
    def too_many_requests(self) -> int:
        """How many sends the `RateLimits` refused with 429 (faults from `fail` not counted)."""
        flood_control = self._api.flood_control
        return flood_control.refusals if flood_control is not None else 0

    def calls_to(self, *methods: str) -> list[Call]:
        """The calls to any of `methods`, in order."""
        wanted = {method.lower() for method in methods}
        return [call for call in self.calls if call.method.lower() in wanted]

    # --- the people's side: each returns the update id it queued ------------------------------

    def meet(self, user: FakeUser) -> None:
        """`user` opened a chat with the bot before now (no update): the bot may write to them."""
        self._people[user.id] = user
        self._store.remember_chat(private_chat(user))
        self._store.private_chat_started.add(user.id)

    def send_text(self, user: FakeUser, text: str) -> int:
        """`user` writes `text` to the bot in their private chat."""
        return self._write_privately(user, kind="text", text=text, entities=_command_entity(text))

    def send_message(self, user: FakeUser, **content: Any) -> int:
        """`user` sends any private message: ``sticker=True`` sends a minimal valid sticker.

        Each value is the Bot API payload of that field; True stands for a minimal valid
        payload and a dict is merged over it (``location={"latitude": 1, "longitude": 2,
        "live_period": 900}``). Files get fresh file ids that getFile can serve.
        """
        text = content.pop("text", None)
        payload = {field: self._person_content(field, value) for field, value in content.items()}
        kinds = [field for field in payload if field not in NOT_CONTENT]
        kind = kinds[0] if kinds else "text"
        entities = _command_entity(text) if text is not None else []
        return self._write_privately(user, kind=kind, text=text, entities=entities, content=payload)

    def edit_text(self, user: FakeUser, message_id: int, text: str) -> int:
        """`user` edits one of their own earlier messages."""
        message = self._store.find_message(user.id, message_id)
        if message is None or message.from_bot or message.deleted:
            raise ValueError(f"{user.id} has no message {message_id} of their own to edit")
        message.text = text
        message.entities = _command_entity(text)
        message.edited = True
        message.edit_date = int(self._clock())
        chat = self._store.chats[user.id]
        return self._updates.add("edited_message", message_to_api(message, chat))

    def tap(self, user: FakeUser, message_id: int, callback_data: str) -> int:
        """`user` taps a button carrying `callback_data` on message `message_id` of their chat."""
        chat = self._store.chats.get(user.id)
        if chat is None:
            raise ValueError(f"{user.id} never wrote to the bot, so has nothing to tap")
        message = self._store.find_message(user.id, message_id)
        self._callback_queries_made += 1
        query_id = str(8_000_000_000_000_000 + self._callback_queries_made)
        query: dict[str, Any] = {
            "id": query_id,
            "from": user.to_api(),
            "chat_instance": str(abs(user.id * 1_000_003 + self.bot_id)),
            "data": callback_data,
            "message": (
                message_to_api(message, chat)
                if message is not None and not message.deleted
                else inaccessible_message(chat, message_id)
            ),
        }
        update_id = self._updates.add("callback_query", query)
        self._store.callback_queries[query_id] = CallbackQueryRecord(
            query_id=query_id,
            update_id=update_id,
            chat_id=user.id,
            message_id=message_id,
            data=callback_data,
            tapped_at=self._clock(),
        )
        self._store.query_of_update[update_id] = query_id
        return update_id

    def send_in_group(
        self, user: FakeUser, chat_id: int, text: str, *, title: str | None = None
    ) -> int:
        """`user` writes `text` in the group `chat_id` (negative), which the bot is in."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        chat = group_chat(chat_id, title or f"Group {-chat_id}")
        self._store.remember_chat(chat)
        # The bot now knows the person, but may not write to them before they start a chat.
        self._people[user.id] = user
        if user.id not in self._store.chats:
            self._store.remember_chat(private_chat(user))
        message = self._store.add_message(
            StoredMessage(
                chat_id=chat_id,
                message_id=0,
                from_bot=False,
                date=int(self._clock()),
                kind="text",
                text=text,
                entities=_command_entity(text),
                sender=user.to_api(),
            )
        )
        return self._updates.add("message", message_to_api(message, chat))

    def post_in_channel(self, chat_id: int, text: str, *, title: str | None = None) -> int:
        """A post with `text` appears in the channel `chat_id` (negative); the bot is admin."""
        if chat_id >= 0:
            raise ValueError("channel chat ids are negative")
        chat = channel_chat(chat_id, title or f"Channel {-chat_id}")
        self._store.remember_chat(chat)
        message = self._store.add_message(
            StoredMessage(
                chat_id=chat_id,
                message_id=0,
                from_bot=False,
                date=int(self._clock()),
                kind="text",
                text=text,
            )
        )
        return self._updates.add("channel_post", message_to_api(message, chat))

    @property
    def webhook(self) -> dict[str, Any]:
        """What the bot's last setWebhook asked for: url, secret_token, allowed_updates."""
        return {
            "url": self._api.webhook_url,
            "secret_token": self._api.webhook_secret,
            "allowed_updates": self._api.webhook_allowed,
        }

    @property
    def webhook_answers(self) -> list[int]:
        """The HTTP status the bot's webhook gave each update pushed to it, in order."""
        return list(self._updates.webhook_answers)

    def send_raw_update(self, update_type: str, payload: dict[str, Any]) -> int:
        """Queue an update exactly as given, even one the library cannot parse (a newer Bot API
        field, a damaged payload): how the bot copes is what a test then checks."""
        return self._updates.add(update_type, payload)

    def block_bot(self, user_id: int) -> None:
        """The person blocks the bot: sends to their chat now answer 403 Forbidden."""
        self._store.blocked_users.add(user_id)
        self._announce_membership(user_id, old="member", new="kicked")

    def unblock_bot(self, user_id: int) -> None:
        """The person unblocks the bot (writing to it again does the same)."""
        if user_id in self._store.blocked_users:
            self._store.blocked_users.discard(user_id)
            self._announce_membership(user_id, old="kicked", new="member")

    # --- reading what happened ----------------------------------------------------------------

    def messages(self, chat_id: int) -> list[StoredMessage]:
        """Every message of the chat in order, the person's and the bot's, deleted ones flagged."""
        return self._store.messages(chat_id)

    def bot_messages(self, chat_id: int) -> list[StoredMessage]:
        """The bot's messages in the chat that are still there."""
        return [
            message
            for message in self._store.messages(chat_id)
            if message.from_bot and not message.deleted
        ]

    def query_id_of(self, update_id: int) -> str | None:
        """The callback query id of the tap that update `update_id` carried."""
        return self._store.query_of_update.get(update_id)

    def callback_answer(self, update_id: int) -> dict[str, Any] | None:
        """The answerCallbackQuery parameters for the tap of that update, None if unanswered."""
        query_id = self._store.query_of_update.get(update_id)
        if query_id is None:
            return None
        return self._store.callback_queries[query_id].answer

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(event, message)` on every "sent", "edited" or "deleted" by the bot."""
        self._store.subscribe(listener)

    @property
    def change_count(self) -> int:
        """How many bot-side changes happened so far: a mark to give `changes_since`."""
        return self._store.change_count

    def changes_since(self, mark: int) -> list[tuple[str, StoredMessage]]:
        """("sent"|"edited"|"deleted", message) for each bot-side change after `mark`."""
        return self._store.changes_since(mark)

    async def wait_acknowledged(
        self,
        update_id: int,
        timeout: float = 5.0,  # noqa: ASYNC109 (the fixed interface; reads best in tests)
    ) -> None:
        """Return once getUpdates confirmed `update_id` with its offset, or dropped it unseen.

        PTB queues fetched updates before polling again with the next offset, so by then the
        update sits in the application's ``update_queue``.
        """
        await self._updates.wait_acknowledged(update_id, timeout)

    async def wait_idle(self, quiet: float = 0.05, give_up_after: float = 2.0) -> None:
        """Return once no call but getUpdates has been in progress or arrived for `quiet` s.

        Gives up silently after `give_up_after` s: a bot that keeps calling is an answer too.
        """
        started = time.monotonic()
        while time.monotonic() - started < give_up_after:
            # Quiet is counted from now at the earliest: the bot may not have begun yet.
            idle_for = time.monotonic() - max(self._last_bot_call, started)
            if self._calls_in_progress == 0 and idle_for >= quiet:
                return
            await asyncio.sleep(min(quiet / 5, 0.01))

    # --- faults -------------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        *,
        status: int = 500,
        description: str = "Internal Server Error",
        retry_after: int | None = None,
        times: int = 1,
        delay: float = 0.0,
    ) -> None:
        """Answer the next `times` calls to `method` with that error, after `delay` seconds.

        With `retry_after` the answer carries ``parameters.retry_after`` (PTB's RetryAfter);
        status 0 drops the connection; a 2xx status answers normally but late.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        known = self._api.resolve(method)
        name = known.name if known is not None else method
        fault = Fault(name, status, description, retry_after, times, delay)
        self._faults.setdefault(name.lower(), []).append(fault)

    # --- HTTP ---------------------------------------------------------------------------------

    async def _serve_api_call(self, request: web.Request) -> web.StreamResponse:
        requested = request.match_info["method"]
        method = self._api.resolve(requested)
        try:
            values, filenames = await _decode_parameters(request)
        except ValueError:
            values, filenames = {}, {}
            malformed = True
        else:
            malformed = False
        call = Call(method.name if method else requested, values, at=self._clock())
        self.calls.append(call)
        is_poll = call.method == "getUpdates"
        if not is_poll:
            self._calls_in_progress += 1
            self._last_bot_call = time.monotonic()
        try:
            if malformed:
                status, body = 400, ApiError(400, "Bad Request: can't parse request").to_response()
            else:
                status, body = await self._answer(request, method, Params(values, filenames))
        finally:
            if not is_poll:
                self._calls_in_progress -= 1
                self._last_bot_call = time.monotonic()
        call.status, call.response = status, body
        if status == 0:
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=204)
        return web.json_response(body, status=status)

    async def _answer(
        self, request: web.Request, method: Method | None, params: Params
    ) -> tuple[int, dict[str, Any]]:
        if request.match_info["token"] != self.token:
            return 401, ApiError(401, "Unauthorized").to_response()
        fault = self._next_fault(method.name if method else request.match_info["method"])
        if fault is not None:
            if fault.delay > 0:
                await self._pause(fault.delay)
            if fault.status == 0:
                return 0, {"dropped": True}
            if not 200 <= fault.status < 300:
                return fault.status, fault.to_response()
        if method is None:
            return 404, ApiError(404, "Not Found").to_response()
        try:
            result = method.handler(params)
            if asyncio.iscoroutine(result):
                result = await result
        except ApiError as error:
            return error.status, error.to_response()
        except Exception:
            logger.exception("emulator failed to answer %s", method.name)
            return 500, ApiError(500, "Internal Server Error: emulator bug").to_response()
        return 200, {"ok": True, "result": result}

    async def _serve_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(ApiError(401, "Unauthorized").to_response(), status=401)
        path = request.match_info["file_path"]
        for stored in self._store.files.values():
            if stored.file_path == path:
                return web.Response(body=stored.data)
        return web.json_response(ApiError(404, "Not Found").to_response(), status=404)

    # --- helpers ------------------------------------------------------------------------------

    def _started_port(self) -> int:
        if self._port is None:
            raise RuntimeError("start the emulator first")
        return self._port

    def _next_fault(self, method: str) -> Fault | None:
        waiting = self._faults.get(method.lower())
        if not waiting:
            return None
        fault = waiting[0]
        fault.times -= 1
        if fault.times <= 0:
            waiting.pop(0)
        return fault

    async def _pause(self, seconds: float) -> None:
        # Stopping ends the pause, so a delayed answer never holds up shutdown.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    def _write_privately(
        self,
        user: FakeUser,
        *,
        kind: str,
        text: str | None,
        entities: list[dict[str, Any]],
        content: dict[str, Any] | None = None,
    ) -> int:
        chat = private_chat(user)
        self._people[user.id] = user
        self._store.remember_chat(chat)
        self._store.private_chat_started.add(user.id)
        # A person who blocked the bot must unblock it before they can write to it.
        self.unblock_bot(user.id)
        message = self._store.add_message(
            StoredMessage(
                chat_id=user.id,
                message_id=0,
                from_bot=False,
                date=int(self._clock()),
                kind=kind,
                text=text,
                entities=entities,
                content=content or {},
                sender=user.to_api(),
            )
        )
        return self._updates.add("message", message_to_api(message, chat))

    def _person_content(self, field: str, value: Any) -> Any:
        payload = sample_content(field, value)
        if field not in FILE_KINDS:
            return payload
        data = f"emulated {field}".encode()
        if field == "photo":
            sizes = []
            for size in payload:
                stored = self._store.store_file("photo", data, "jpg")
                sizes.append(
                    {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, **size}
                )
            return sizes
        if "file_id" in payload:
            return payload
        stored = self._store.store_file(field, data, "bin")
        return {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id, **payload}

    def _announce_membership(self, user_id: int, *, old: str, new: str) -> None:
        # Telegram tells the bot with a my_chat_member update, as it does for real blocks.
        chat = self._store.chats.get(user_id)
        person = self._people.get(user_id)
        if chat is None or person is None or chat["type"] != "private":
            return
        bot_user = self._api.bot_user
        self._updates.add(
            "my_chat_member",
            {
                "chat": chat,
                "from": person.to_api(),
                "date": int(self._clock()),
                "old_chat_member": _membership(old, bot_user),
                "new_chat_member": _membership(new, bot_user),
            },
        )


def _membership(status: str, bot_user: dict[str, Any]) -> dict[str, Any]:
    member: dict[str, Any] = {"status": status, "user": bot_user}
    if status == "kicked":
        member["until_date"] = 0
    return member


def _command_entity(text: str) -> list[dict[str, Any]]:
    """The bot_command entity Telegram adds when a text starts with "/command[@bot]"."""
    if not text.startswith("/"):
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": utf16_length(command)}]


async def _decode_parameters(request: web.Request) -> tuple[dict[str, Any], dict[str, str]]:
    """The call's parameters from the query string and the body, plus uploaded file names.

    Raises ValueError when the body cannot be read.
    """
    values: dict[str, Any] = {
        name: _decode_form_value(name, value) for name, value in request.query.items()
    }
    filenames: dict[str, str] = {}
    if not request.body_exists:
        return values, filenames
    if request.content_type == "application/json":
        body = await request.json()
        if not isinstance(body, dict):
            raise ValueError("a JSON body must be an object")
        values.update(body)
    elif request.content_type.startswith("multipart/"):
        # Read parts into memory rather than aiohttp's temporary files, which need closing.
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue
            data = await part.read(decode=False)
            if part.filename is not None:
                values[part.name] = bytes(data)
                filenames[part.name] = part.filename
            else:
                text = bytes(data).decode(part.get_charset("utf-8"))
                values[part.name] = _decode_form_value(part.name, text)
    else:
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, str):
                values[name] = _decode_form_value(name, value)
    return values, filenames


def _decode_form_value(name: str, value: str) -> Any:
    """PTB JSON-encodes every value that is not a string; free-text parameters stay as sent."""
    if name in TEXT_PARAMETERS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
