"""Persistence: the only package that holds SQL."""

from storage.database import Database, DatabaseTooNewError, Migration, find_migrations

__all__ = ["Database", "DatabaseTooNewError", "Migration", "find_migrations"]
