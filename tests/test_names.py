"""Person-name normalisation (pure)."""

from __future__ import annotations

import pytest

from newsie.normalise.names import first_names_compatible, fullest, name_tokens, same_person


@pytest.mark.parametrize(
    "a,b",
    [("Valeri", "Valery"), ("Sergey", "Sergei"), ("Yuri", "Yury"), ("Aleksandr", "Alexander"), ("N.", "Nikolai"), ("N", "Nikolai")],
)
def test_first_name_variants_compatible(a, b):
    assert first_names_compatible(a, b)


@pytest.mark.parametrize("a,b", [("Tony", "Cherie"), ("Gordon", "George"), ("N.", "Sergey")])
def test_conflicting_first_names(a, b):
    assert not first_names_compatible(a, b)


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Nikolai Patrushev", "N. Patrushev", True),
        ("Tony Blair", "Mr Blair", True),
        ("Tony Blair", "Cherie Blair", False),
        ("Jack Straw", "Straw's", True),
        ("Valeri Semerikov", "Valery Semerikov", True),
        ("George Bush", "Laura Bush", False),
    ],
)
def test_same_person(a, b, same):
    assert same_person(name_tokens(a), name_tokens(b)) is same


def test_name_tokens_strip_honorific_and_possessive():
    assert name_tokens("Mr Blair's") == ["Blair"]
    assert name_tokens("Dr  Rowan Williams") == ["Rowan", "Williams"]


def test_fullest_prefers_full_form_then_first_written():
    assert fullest(["Patrushev", "Nikolai Patrushev", "N. Patrushev"]) == "Nikolai Patrushev"
    assert fullest(["Valeri Semerikov", "Valery Semerikov"]) == "Valeri Semerikov"
    assert fullest(["Mr Blair"]) == "Blair"
