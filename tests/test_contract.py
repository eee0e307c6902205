"""The code's column lists agree with ../shared/contract.md (the contract in one place)."""

from __future__ import annotations

import re

from conftest import shared_path

from newsie.tables import COLUMNS, CONTRACT_COLUMNS, EXTRA_COLUMNS


def contract_tables() -> dict[str, list[str]]:
    text = shared_path("contract.md").read_text(encoding="utf-8")
    tables = {}
    for line in text.splitlines():
        m = re.match(r"^\|\s*(\w+)\s*\|[^|]*\|\s*(.+?)\s*\|\s*$", line)
        if not m or m.group(1) in {"table"}:
            continue
        cols = [re.sub(r"\s*\(.*", "", c).strip() for c in re.split(r",\s*(?![^()]*\))", m.group(2))]
        tables[m.group(1)] = cols
    return tables


def test_contract_columns_match_code():
    contract = contract_tables()
    assert set(contract) == set(CONTRACT_COLUMNS)
    for table, cols in contract.items():
        assert CONTRACT_COLUMNS[table] == cols, table


def test_extra_columns_only_after_contract_columns():
    for table, cols in COLUMNS.items():
        assert cols[: len(CONTRACT_COLUMNS[table])] == CONTRACT_COLUMNS[table]
        assert cols[len(CONTRACT_COLUMNS[table]) :] == EXTRA_COLUMNS[table]
        assert len(set(cols)) == len(cols)
