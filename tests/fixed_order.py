"""A stand-in for `HybridSearch` that returns clauses in an order a test gives, so the evidence selector's
choices can be tested on real documents without the ranking deciding them."""

from __future__ import annotations

import numpy as np

from assistant.answering.evidence import EvidenceSelector
from assistant.answering.question import understand
from assistant.config import REPO_ROOT, get_settings
from assistant.corpus import load_document
from assistant.corpus.model import Clause
from assistant.index.catalog import Catalog
from assistant.lexicon.tokenizer import Tokenizer
from assistant.retrieval.hybrid import Hit
from assistant.retrieval.rerank import Candidate, RerankInput


#: the development documents of the real-documents suite (eval/real/docs/dev)
DEV = REPO_ROOT / "eval" / "real" / "docs" / "dev"


def dev_catalog(*stems: str) -> Catalog:
    """A catalog of the named development documents, parsed as the library parses them."""
    return Catalog([load_document(DEV / f"{stem}.txt", trusted=True) for stem in stems])


class Kept:
    """A reranker that keeps the fused order."""

    def order(self, data: RerankInput) -> list[int]:
        return list(range(len(data.candidates)))


class StubSearch:
    """`HybridSearch`'s surface for the evidence selector, returning a fixed order."""

    def __init__(self, catalog: Catalog, order: list[str]) -> None:
        self.catalog, self.tokenizer, self.reranker = catalog, Tokenizer(), Kept()
        self.order = [catalog.clauses_by_id[i] for i in order]

    def search(self, query, k=None, filters=None, mode=None) -> list[Hit]:
        return [Hit(c, 1.0 - 0.01 * i, 0.9, 1.0) for i, c in enumerate(self.order)][:k]

    def candidates(self, query, n, filters=None, mode=None, wants=None) -> RerankInput:
        cands = [Candidate(c, i, 0.9 - 0.001 * i, 1.0, i, 1.0 / (60 + i)) for i, c in enumerate(self.order)]
        dense = np.full(len(self.catalog.clauses), -1.0, dtype="float32")
        return RerankInput(query, cands[:n], dense, self.catalog.clauses, self.catalog.documents_by_id, self.tokenizer, wants)


def clause_at(catalog: Catalog, stem: str, path: str) -> Clause:
    """The leaf of document `stem` labelled `path`."""
    return next(c for c in catalog.clauses if c.doc_id == stem and c.path == path)


def gather_in_order(catalog: Catalog, question: str, order: list[tuple[str, str]]):
    """The evidence the selector (learned reranker setting) gathers for `question` when search returns the
    leaves `order` names, (stem, path) each, in that order."""
    ids = [clause_at(catalog, stem, path).id for stem, path in order]
    selector = EvidenceSelector(StubSearch(catalog, ids), get_settings().model_copy(update={"reranker": "learned"}))
    return selector.gather(understand(question, catalog.documents))
