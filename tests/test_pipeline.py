"""The assembled pipeline: factories, component order, saving and reloading."""

from __future__ import annotations

import pytest
import spacy

import newsie
from newsie.pipeline import component_order

pytestmark = pytest.mark.model

TEXT = (
    "Ministers meet in Moscow\n\nThe meeting was hosted on Wednesday, 21 November by the Secretary of the Russian "
    "Security Council, Nikolai Patrushev. Armenian Prime Minister Nikol Pashinyan did not attend.\n\n"
    "photo: Secretary of the Security Council of Armenia Armen Grigoryan, CSTO Secretary General Valery Semerikov."
)


def summary(doc):
    return (
        doc._.newsie_sections, [(p["name"], p["aliases"]) for p in doc._.newsie_people],
        [(r["title"], r["person"]) for r in doc._.newsie_roles], doc._.newsie_countries,
        [(o["name"], o["acronym"]) for o in doc._.newsie_orgs], doc._.newsie_dates,
    )


def make(nlp, text):
    doc = nlp.make_doc(text)
    doc._.newsie_meta = {"published": "2018-11-22", "title": None}
    return nlp(doc)


def test_components_in_config_order(nlp):
    names = [n for n in nlp.pipe_names if n.startswith("newsie_")]
    assert names == component_order()
    assert nlp.pipe_names[0] == "newsie_sections"
    assert "lemmatizer" not in nlp.pipe_names


def test_factories_available_without_importing_newsie_components():
    from spacy.util import registry

    for name in component_order():
        assert registry.factories.get(name) or spacy.Language.has_factory(name)


def test_saved_pipeline_reloads_with_same_results(nlp, tmp_path):
    nlp.to_disk(tmp_path / "newsie_model")
    reloaded = spacy.load(tmp_path / "newsie_model")
    assert reloaded.pipe_names == nlp.pipe_names
    assert summary(make(reloaded, TEXT)) == summary(make(nlp, TEXT))
    via_load = newsie.load(str(tmp_path / "newsie_model"))
    assert summary(make(via_load, TEXT)) == summary(make(nlp, TEXT))


def test_user_titles_file(tmp_path):
    path = tmp_path / "titles.jsonl"
    path.write_text('{"pattern": "grand vizier", "id": "government"}\n', encoding="utf-8")
    nlp = newsie.load(titles_file=path)
    frames = newsie.extract("Grand Vizier Jafar Hussein met traders in Agrabah yesterday.", nlp=nlp).frames()
    assert "Grand Vizier" in set(frames["roles"]["title"])
    path.write_text('{"pattern": "x", "colour": "red"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="E002"):
        newsie.load(titles_file=path)


def test_hidden_page_text_does_not_run_into_the_article():
    """A hover card, a screen-reader label and hidden elements are no part of the text a reader sees."""
    from newsie.core import html_to_text

    para = "The governor defended the campaign on Monday, and critics in the state legislature said it had cost too much money. " * 2
    html = (
        "<html><head><title>Governor defends campaign</title></head><body><article><h1>Governor defends campaign</h1>"
        "<p>South Dakota Gov. <span class='rollover-people'><a href='/people/kristi-noem'>Kristi Noem</a>"
        "<span class='rollover-people-block'><a class='name'>Kristi Lynn Noem</a><a>Governor doubles down</a></span></span>"
        f" (R) spoke. {para}</p><p>{para}<span class='sr-only'>Share to twitter</span></p>"
        "<p hidden>Subscriber-only teaser text here.</p><div style='display: none'>Sign up for our newsletter today</div></article></body></html>"
    )
    text = html_to_text(html)[0]
    assert "Gov. Kristi Noem (R) spoke." in text
    assert not any(s in text for s in ("Kristi Lynn Noem", "Share to twitter", "teaser", "newsletter"))


def test_dateline_element_does_not_glue_to_the_first_word():
    """CNN's dateline sits in its own element: "(CNN Business)" and the story's first word stay apart."""
    from newsie.core import html_to_text

    para = "Investors do not seem to know what to make of the trade talks, and shares in the region fell for a third day on Tuesday. " * 2
    html = (
        "<html><head><title>Markets fall</title></head><body><article><h1>Markets fall</h1>"
        f"<p><cite class='el-editorial-source'>Hong Kong (CNN Business)</cite>A muddled view of the talks weighs on markets. {para}</p>"
        f"<p>{para} The index (Hang Seng) fell.</p></article></body></html>"
    )
    text = html_to_text(html)[0]
    assert "(CNN Business) A muddled view" in text and "(Hang Seng) fell" in text
