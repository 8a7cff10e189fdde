"""The database of known feedback (tests/feedback/sample.py) the report and storage tests read."""

import pytest

from storage.database import Database
from tests.feedback.sample import APRIL, FEBRUARY, add_places, insert, march


@pytest.fixture
async def db(tmp_path):
    async with await Database.open(tmp_path / "x.db") as database:
        await add_places(database)
        await insert(database, march() + FEBRUARY + APRIL)
        yield database
