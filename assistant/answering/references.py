"""Links from a cited text to the articles it points to (依照本法第二十条 → that article).

Laws lean on their own numbering: an article that says only "依照本法第二十条的规定" is
read with article 20 beside it. The chain cites the article; this step resolves every
reference inside the cited texts against the library (the same law, or another law the
library holds by the title written in 《》) so a surface can open it in place.
"""

from __future__ import annotations

from assistant.answering.answer import Answer
from assistant.citations import Citation, Reference, label_for
from assistant.index.catalog import Catalog
from assistant.index.lookup import ArticleIndex


def link_references(answer: Answer, articles: ArticleIndex, catalog: Catalog, as_of: str | None) -> Answer:
    """Fill `references` of each citation (and related clause) of `answer`, in place; returns it."""
    for citation in (*answer.citations, *answer.related):
        citation.references = _references(citation, articles, catalog, as_of)
    return answer


def _references(citation: Citation, articles: ArticleIndex, catalog: Catalog, as_of: str | None) -> list[Reference]:
    document = catalog.documents_by_id.get(citation.doc_id)
    clause = catalog.clauses_by_id.get(citation.clause_id)
    if document is None or clause is None:
        return []
    linked: dict[str, Reference] = {}
    for phrase, target in articles.references(document, clause, as_of):
        linked.setdefault(
            phrase,
            Reference(
                phrase=phrase,
                label=label_for(target.clause, target.document),
                doc_id=target.document.doc_id,
                clause_id=target.clause.id,
                text=target.clause.text,
            ),
        )
    return list(linked.values())
