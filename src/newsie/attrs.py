"""Custom Doc attributes, declared in one place.

All values are plain JSON-like data so that Docs survive multiprocessing and DocBin.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRS = {
    # Input metadata set before the pipeline runs: {"published": "YYYY-MM-DD" | None, "title": ...}
    "newsie_meta": None,
    # [[start_char, end_char, label], ...] with label headline|body|caption|drop
    "newsie_sections": None,
    # TITLE findings: [{"start", "end", "text", "role", "qualifier", "org_text", "country"}]
    "newsie_titles": None,
    # [{"name", "aliases", "mentions": [[start, end], ...]}]
    "newsie_people": None,
    # [{"person": index into newsie_people, "title", "role", "organisation", "org_text", "country",
    #   "qualifier", "start", "end"}]
    "newsie_roles": None,
    # [{"code", "start", "end", "text"}]
    "newsie_countries": None,
    # [{"name", "acronym", "country", "mentions": [[start, end], ...]}]
    "newsie_orgs": None,
    # [{"text", "start", "end", "value", "end_value", "granularity", "relative", "qualifier", "note"}]
    "newsie_dates": None,
    # [{"stage", "error_type", "message"}] errors caught inside newsie components
    "newsie_errors": None,
}


def register() -> None:
    """Declare newsie's Doc extensions (idempotent)."""
    for name, default in DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
