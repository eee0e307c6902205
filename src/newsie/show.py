"""An article with its people, titles, countries, organisations and dates highlighted (displaCy)."""

from __future__ import annotations

from typing import Optional

from spacy import displacy


COLORS = {"PERSON": "#aa9cfc", "TITLE": "#feca74", "COUNTRY": "#7aecec", "ORG": "#bfeeb7", "DATE": "#e4e7d2"}


def article_doc(text: str, published: Optional[str] = None, title: Optional[str] = None, model: Optional[str] = None, nlp=None, article_id: str = "article"):
    """The processed Doc with newsie's mentions as the span group 'newsie' (overlaps allowed)."""
    import newsie
    from newsie.core import prepare
    from newsie.tables import Article, doc_to_tables

    nlp = nlp or newsie._default_nlp(model)
    p = prepare(Article(article_id, text=text, published=published, title=title))
    doc = nlp.make_doc(p.text)
    doc._.newsie_meta = {"published": published, "title": title}
    doc = nlp(doc)
    mentions = doc_to_tables(doc, p.article).rows["mentions"]
    spans = []
    for m in mentions:
        span = doc.char_span(m["start_char"], m["end_char"], label=m["label"], alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["newsie"] = spans
    return doc


def render_article(text: str, published: Optional[str] = None, title: Optional[str] = None, model: Optional[str] = None, nlp=None, article_id: str = "article") -> str:
    """A standalone HTML page: the article with every mention newsie found highlighted."""
    doc = article_doc(text, published, title, model, nlp, article_id)
    body = displacy.render(doc, style="span", options={"spans_key": "newsie", "colors": COLORS}, page=False)
    legend = " ".join(f'<span style="background:{c};padding:2px 6px;border-radius:3px;margin-right:4px">{label}</span>' for label, c in COLORS.items())
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>newsie: " + article_id + "</title>"
        "<style>body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:60em;margin:2em auto;line-height:2.5}</style>"
        f"</head><body><h2>newsie: {article_id}</h2><p>{legend}</p>{body}</body></html>"
    )


