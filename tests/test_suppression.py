"""Small-count suppression: nothing from 1 to K-1 is shown, and no hidden cell can be worked out
from a shown total and the shown cells (DESIGN rule 5)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.common.suppression import Suppressed, suppress_count, suppress_small_counts

tables = st.dictionaries(st.sampled_from("abcdefgh"), st.integers(0, 40), max_size=8)
ks = st.integers(1, 12)


def test_a_lone_count_is_hidden_only_between_one_and_k_minus_one():
    assert [suppress_count(n, 5) for n in range(7)] == [0, None, None, None, None, 5, 6]
    assert suppress_count(1, 1) == 1


def test_a_table_without_small_cells_is_shown_whole():
    assert suppress_small_counts({"health": 5, "legal": 9, "shelter": 0}, 5) == Suppressed(
        cells={"health": 5, "legal": 9, "shelter": 0}, total=14
    )


def test_one_small_cell_takes_the_smallest_other_non_zero_cell_with_it():
    result = suppress_small_counts({"health": 4, "legal": 8, "shelter": 6, "food": 0}, 5)
    assert result == Suppressed(
        cells={"health": None, "legal": 8, "shelter": None, "food": 0}, total=18
    )


def test_ties_for_the_second_hidden_cell_go_by_name_not_dict_order():
    first = suppress_small_counts({"b": 7, "a": 7, "c": 2}, 5)
    second = suppress_small_counts({"c": 2, "a": 7, "b": 7}, 5)
    assert first.cells == second.cells == {"a": None, "b": 7, "c": None}


def test_two_small_cells_hide_each_other_and_the_total_stays():
    result = suppress_small_counts({"new": 3, "returning": 4, "other": 10}, 5)
    assert result == Suppressed(cells={"new": None, "returning": None, "other": 10}, total=17)


def test_a_small_cell_beside_only_zeros_hides_the_total():
    result = suppress_small_counts({"police": 1, "harassment": 0}, 5)
    assert result == Suppressed(cells={"police": None, "harassment": 0}, total=None)


def test_a_small_total_is_hidden_even_when_every_cell_is():
    result = suppress_small_counts({"a": 2, "b": 2}, 5)
    assert result == Suppressed(cells={"a": None, "b": None}, total=None)


def test_without_a_total_one_small_cell_hides_alone():
    result = suppress_small_counts({"new": 3, "returning": 9}, 5, with_total=False)
    assert result == Suppressed(cells={"new": None, "returning": 9}, total=None)


def test_an_empty_table_shows_a_zero_total():
    assert suppress_small_counts({}, 5) == Suppressed(cells={}, total=0)


@pytest.mark.parametrize("k", [0, -1])
def test_k_below_one_is_refused(k):
    with pytest.raises(ValueError, match="k must be"):
        suppress_small_counts({"a": 1}, k)
    with pytest.raises(ValueError, match="k must be"):
        suppress_count(1, k)


def test_negative_counts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        suppress_small_counts({"a": -1}, 5)


@given(tables, ks, st.booleans())
def test_no_shown_cell_or_total_is_between_one_and_k_minus_one(cells, k, with_total):
    result = suppress_small_counts(cells, k, with_total=with_total)
    shown = [v for v in result.cells.values() if v is not None]
    if result.total is not None:
        shown.append(result.total)
    assert not any(0 < v < k for v in shown)


@given(tables, ks, st.booleans())
def test_shown_cells_and_total_are_the_true_values(cells, k, with_total):
    result = suppress_small_counts(cells, k, with_total=with_total)
    assert result.cells.keys() == cells.keys()
    assert all(v == cells[key] for key, v in result.cells.items() if v is not None)
    assert result.total in (None, sum(cells.values()))
    if not with_total:
        assert result.total is None


@given(tables, ks)
def test_a_shown_total_never_gives_a_hidden_cell_away(cells, k):
    result = suppress_small_counts(cells, k)
    hidden = [key for key, v in result.cells.items() if v is None]
    if result.total is not None:
        # Total minus the shown cells is the sum of the hidden ones: with one hidden cell that
        # sum would be the cell itself.
        assert len(hidden) != 1


@given(tables, ks, st.booleans())
def test_at_most_one_cell_of_k_or_more_is_hidden_and_zeros_always_show(cells, k, with_total):
    result = suppress_small_counts(cells, k, with_total=with_total)
    large_hidden = [key for key, v in result.cells.items() if v is None and cells[key] >= k]
    assert len(large_hidden) <= (1 if with_total else 0)
    assert all(result.cells[key] == 0 for key, v in cells.items() if v == 0)


@given(tables)
def test_k_of_one_hides_nothing(cells):
    result = suppress_small_counts(cells, 1)
    assert result == Suppressed(cells=dict(cells), total=sum(cells.values()))
