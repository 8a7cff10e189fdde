"""Opting in and out of community questions (about chosen areas, or every area) and community
updates. The chat id is kept only while someone gets one of them; stopping, the quick exit and a
block (a 403) delete it, queued letters included."""

from __future__ import annotations

from dataclasses import dataclass

from bot.common.outbox import Purpose
from bot.voice.model import Topic
from storage import Database
from storage import outbox as outbox_store
from storage.voice import optins as store


@dataclass(frozen=True)
class VoiceChoices:
    questions: bool = False
    updates: bool = False
    areas: tuple[int, ...] = ()  # of questions; none: every area


@dataclass(frozen=True)
class OptIns:
    database: Database

    async def of(self, chat_id: int) -> VoiceChoices:
        questions, updates, areas = await store.choices(self.database, chat_id)
        return VoiceChoices(questions, updates, tuple(areas))

    async def _save(self, chat_id: int, locale: str, choices: VoiceChoices) -> VoiceChoices:
        await store.save(
            self.database, chat_id, locale, choices.questions, choices.updates, list(choices.areas)
        )
        if not (choices.questions or choices.updates):
            await self.forget(chat_id)
        return await self.of(chat_id)

    async def switch(self, chat_id: int, topic: Topic, on: bool, locale: str) -> VoiceChoices:
        """Turn questions or updates on or off (areas of questions go with them)."""
        now = await self.of(chat_id)
        if topic is Topic.QUESTIONS:
            changed = VoiceChoices(on, now.updates, now.areas if on else ())
        else:
            changed = VoiceChoices(now.questions, on, now.areas)
        return await self._save(chat_id, locale, changed)

    async def toggle_area(self, chat_id: int, area_id: int, locale: str) -> VoiceChoices:
        """Questions about one more area, or one fewer (none left: every area)."""
        now = await self.of(chat_id)
        areas = [a for a in now.areas if a != area_id]
        if area_id not in now.areas:
            areas.append(area_id)
        return await self._save(chat_id, locale, VoiceChoices(True, now.updates, tuple(areas)))

    async def forget(self, chat_id: int, *, erase: bool = False) -> None:
        """Nothing more from community voice: no row and no queued letter keeps the chat id
        (`erase`: nor the WAL; the quick exit folds it once at its end)."""
        await store.drop(self.database, chat_id)
        await outbox_store.forget_chat(self.database, chat_id, [Purpose.VOICE.value])
        if erase:
            await self.database.checkpoint()
