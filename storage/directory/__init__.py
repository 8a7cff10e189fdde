"""Queries for the service directory, one module per concept: `records` (areas, services,
vetting states with history, referral counts), `search` (by category, keyword and place) and
`vetting` (problem reports, the review queue, re-checks, suggested changes). Callers use
`from storage import directory as store` and the names below."""

from storage.directory.records import (
    CATEGORY_NUMBERS,
    SERVICE_COLUMNS,
    all_services,
    count_referral,
    count_services,
    find_area,
    get_service,
    history,
    insert_services,
    list_areas,
    published_services,
    referrals,
    set_state,
    upsert_area,
)
from storage.directory.search import (
    Visible,
    nearest_in_box,
    visible_in_category,
    visible_matching,
)
from storage.directory.vetting import (
    EDITABLE_COLUMNS,
    add_change,
    add_problem_report,
    apply_change_now,
    decide_change,
    due_counts_by_area,
    due_for_recheck,
    find_change,
    freshness_counts,
    open_reports,
    pending_changes,
    proposals_waiting_by,
    vetting_queue,
)

_CATEGORY_NUMBERS = CATEGORY_NUMBERS  # the name tests/test_database.py reads

__all__ = [
    "CATEGORY_NUMBERS",
    "EDITABLE_COLUMNS",
    "SERVICE_COLUMNS",
    "Visible",
    "add_change",
    "add_problem_report",
    "all_services",
    "apply_change_now",
    "count_referral",
    "count_services",
    "decide_change",
    "due_counts_by_area",
    "due_for_recheck",
    "find_area",
    "find_change",
    "freshness_counts",
    "get_service",
    "history",
    "insert_services",
    "list_areas",
    "nearest_in_box",
    "open_reports",
    "pending_changes",
    "proposals_waiting_by",
    "published_services",
    "referrals",
    "set_state",
    "upsert_area",
    "vetting_queue",
    "visible_in_category",
    "visible_matching",
]
