"""The Python API every surface uses (CLI, Gradio, eval): load once, then ask.

`Assistant.load()` opens the library (`assistant.index.library`): it loads the
persisted index, or builds it when the sources, the parser or the model changed.
`Assistant.open()` does not even do that until something needs the index. The
embedding model loads on the first text to embed, so listing, removing and refusing
bad input never wait for it. Several processes may share one library: writes hold
its lock, and an Assistant swaps to a newer build another process wrote at the start
of the next question or session (`refresh`). Surfaces never reach into parsing or FAISS.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.embeddings import Embeddings

from assistant.answering.question import unit_governments
from assistant.config import Settings, get_settings
from assistant.conversation import Engine, Session
from assistant.corpus.model import Document
from assistant.errors import CorpusError
from assistant.index.intake import FileReport, Progress
from assistant.index.library import Library
from assistant.index.listing import filter_summaries
from assistant.index.pointer import pointer_signature

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable

    from assistant.answering.answer import Answer
    from assistant.answering.llm import QuestionRewriter
    from assistant.answering.question import Query
    from assistant.eligibility import CompanyProfile, EligibilityResult
    from assistant.index.counterparts import Counterparts
    from assistant.index.lookup import ArticleIndex
    from assistant.index.store import IndexStore
    from assistant.models.embeddings import PolicyEmbeddings
    from assistant.retrieval.hybrid import HybridSearch

log = logging.getLogger(__name__)


class LazyEmbeddings(Embeddings):
    """The embedding model, loaded on the first text to embed (once, thread-safe).

    `model_id` is known without loading it (it comes from the converted model's
    manifest), so deciding whether the index is current costs no torch import.
    """

    def __init__(self, settings: Settings, progress: Progress) -> None:
        self._settings = settings
        self._progress = progress
        self._model: PolicyEmbeddings | None = None
        self._model_id: str | None = None
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        if self._model is not None:
            return self._model.model_id
        if self._model_id is None:
            from assistant.models.embeddings import model_id

            self._model_id = model_id(self._settings)
        return self._model_id

    @property
    def model(self) -> PolicyEmbeddings:
        with self._lock:
            if self._model is None:
                from assistant.models.embeddings import load_embeddings

                self._progress.stage("加载嵌入模型…")
                started = time.perf_counter()
                self._model = load_embeddings(self._settings)
                self._progress.stage(f"嵌入模型已加载（{time.perf_counter() - started:.1f} 秒）。")
        return self._model

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)

    def __getattr__(self, name: str) -> Any:  # encode_query, dimension, … of the loaded model
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.model, name)


@dataclass
class _Engine:
    """Everything wired from one build; made on the first question and swapped whole with the build."""

    store: IndexStore
    search: HybridSearch
    chain: Runnable[dict, Answer]
    #: article lookup and versions, shared with the evidence selector (one per build)
    articles: ArticleIndex
    #: cross-document counterparts of this build, made on the first follow-up that asks for one
    counterparts: Counterparts | None = None
    #: the units this build's documents name, with their governments, made on the first question
    known_units: dict[str, str | None] | None = None


class Assistant(Engine):
    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings,
        library: Library,
        store: IndexStore | None,
        index_status: str,
        progress: Progress | None = None,
    ) -> None:
        self._settings = settings
        self._progress = progress or Progress()
        self.embeddings = embeddings
        self.library = library
        self.index_status = index_status
        self._store = store
        self._engine: _Engine | None = None
        self._signature = pointer_signature(settings.index_dir)
        self._swap = threading.RLock()
        self._rewriter: QuestionRewriter | None = None
        self._rewriter_built = False

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def rewriter(self) -> QuestionRewriter | None:
        if not self._rewriter_built:
            from assistant.answering.llm import build_rewriter

            self._rewriter, self._rewriter_built = build_rewriter(self.settings), True
        return self._rewriter

    # ---- construction ----------------------------------------------------------------
    @classmethod
    def load(
        cls,
        settings: Settings | None = None,
        rebuild: bool = False,
        show_progress: bool = False,
        progress: Progress | None = None,
    ) -> Assistant:
        """Open the library and make its index current (building what changed); the model loads when needed."""
        assistant = cls.open(settings, progress or _default_progress(show_progress))
        assistant._open_store(rebuild=rebuild)
        log.info("index %s (%d clauses)", assistant.index_status, len(assistant._current_store().catalog.clauses))
        return assistant

    @classmethod
    def open(cls, settings: Settings | None = None, progress: Progress | None = None) -> Assistant:
        """An assistant that reads nothing yet: listing and removing documents need neither index nor model."""
        settings = settings or get_settings()
        progress = progress or Progress()
        return cls(settings, LazyEmbeddings(settings, progress), Library(settings), None, "not loaded", progress)

    def with_settings(self, **overrides) -> Assistant:
        """A variant with some settings changed (e.g. retrieval_mode), sharing this one's model and index."""
        settings = self.settings.model_copy(update=overrides)
        return Assistant(
            settings, self.embeddings, self.library, self._current_store(), self.index_status, self._progress
        )

    def _open_store(self, rebuild: bool = False) -> None:
        store, status = self.library.open(self.embeddings, self.embeddings.model_id, self._progress, rebuild=rebuild)
        self._set_store(store, status)

    def _set_store(self, store: IndexStore, status: str) -> None:
        with self._swap:
            self._store, self._engine, self.index_status = store, None, status
            self._signature = pointer_signature(self.settings.index_dir)

    def _current_store(self) -> IndexStore:
        with self._swap:
            if self._store is None:
                self._open_store()
            return self._store

    def _wired(self) -> _Engine:
        with self._swap:
            if self._engine is None:
                self._engine = self._wire(self._current_store())
            return self._engine

    def _wire(self, store: IndexStore) -> _Engine:
        from assistant.answering.chain import build_chain
        from assistant.answering.composer import AnswerComposer
        from assistant.answering.evidence import EvidenceSelector
        from assistant.answering.llm import build_writer
        from assistant.retrieval.hybrid import HybridSearch

        search = HybridSearch(store, self.embeddings, self.settings)
        documents_by_id = store.catalog.documents_by_id
        selector = EvidenceSelector(search, self.settings)
        chain = build_chain(
            selector,
            AnswerComposer(documents_by_id, search.tokenizer),
            writer=build_writer(self.settings, documents_by_id),  # None unless LLM settings are set
        )
        return _Engine(store, search, chain, selector.articles)

    def refresh(self) -> bool:
        """Swap to a newer build another process wrote; True when it swapped.

        Cheap when nothing changed (one `stat` of current.json). A newer build that
        cannot be read is logged and the current one kept: a reader never loses its index.
        """
        signature = pointer_signature(self.settings.index_dir)
        if signature == self._signature or self._store is None:
            return False
        from assistant.errors import IndexUnavailableError
        from assistant.index.store import IndexStore

        with self._swap:
            if signature == self._signature:
                return False
            try:
                store = IndexStore.load(self.settings.index_dir, self.settings)
            except IndexUnavailableError as exc:
                log.warning("a newer index could not be read; serving the one loaded: %s", exc)
                self._signature = signature
                return False
            if store.generation == self._store.generation:
                self._signature = signature
                return False
            log.info("index generation %d → %d (written by another process)", self._store.generation, store.generation)
            self._set_store(store, "loaded")
            return True

    # ---- reading ---------------------------------------------------------------------
    @property
    def documents(self) -> list[Document]:
        self.refresh()
        return self._current_store().catalog.documents

    @property
    def search(self) -> HybridSearch:
        return self._wired().search

    def new_session(self) -> Session:
        self.refresh()
        return Session(self)

    def ask(self, question: str) -> Answer:
        """A one-off question, outside any conversation."""
        return self.new_session().ask(question)

    def answer_query(self, query: Query, exclude: frozenset[str] = frozenset(), focus: tuple[str, ...] = ()) -> Answer:
        """Run the chain; `exclude` and `focus` carry what earlier turns cited (see Session). The articles
        the cited texts refer to (依照本法第二十条) come linked."""
        from assistant.answering.references import link_references

        engine = self._wired()
        answer = engine.chain.invoke({"query": query, "exclude": exclude, "focus": focus})
        return link_references(answer, engine.articles, engine.store.catalog, query.as_of)

    def known_units(self) -> Mapping[str, str | None]:
        """The build's units and their governments, read once per build (not per question: a laws
        library names units in 150,000 clauses)."""
        engine = self._wired()
        if engine.known_units is None:
            engine.known_units = unit_governments(engine.store.catalog.documents)
        return engine.known_units

    def counterparts(self) -> Counterparts:
        """The build's cross-document counterparts, its passage vectors blended in (read lazily)."""
        from assistant.index.counterparts import Counterparts, passage_vectors

        engine = self._wired()
        if engine.counterparts is None:
            catalog, vectors = engine.store.catalog, engine.store.vectors
            dense = passage_vectors(catalog.row_clause, [c.id for c in catalog.clauses], vectors.vector)
            engine.counterparts = Counterparts(catalog.documents, dense, catalog.clauses_by_id)
        return engine.counterparts

    def eligible(self, text_or_profile: str | CompanyProfile | dict) -> EligibilityResult:
        """Support measures the described company can get, grouped by kind, each cited (rule-based, no model)."""
        from assistant.eligibility import eligible

        return eligible(self.documents, text_or_profile)

    def list_documents(self, **filters: str) -> list[dict[str, Any]]:
        """The indexed documents' fields (no clauses), filtered (`type=`, `issuer=`, `level=`, `year=`, any field)."""
        return filter_summaries(self.library.summaries(), filters)

    # ---- changing the library --------------------------------------------------------------
    def add_documents(self, paths: Iterable[Path], progress: Progress | None = None) -> list[FileReport]:
        """Add files and folders; one report per file: added / updated / unchanged / refused (with the reason)."""
        reports, store = self.library.add(
            [Path(p) for p in paths], self.embeddings, self.embeddings.model_id, progress or self._progress
        )
        if store is not None:
            self._set_store(store, "updated")
        return reports

    def add_document(self, path: Path) -> Document:
        """Add one file and return its document; a bad file raises CorpusError and changes nothing."""
        report = self.add_documents([path])[0]
        if report.status == "refused":
            raise CorpusError(report.reason or f"{Path(path).name}：无法加入。")
        return report.document or self._current_store().catalog.documents_by_id[report.doc_id]

    def remove_documents(self, doc_ids: Iterable[str], progress: Progress | None = None) -> list[FileReport]:
        """Remove uploaded documents: file, clauses and vectors; one report per id (removed / refused)."""
        reports, store = self.library.remove(
            list(doc_ids), self.embeddings, self.embeddings.model_id, progress or self._progress
        )
        if store is not None:
            self._set_store(store, "updated")
        return reports


def _default_progress(show: bool) -> Progress:
    return Progress(echo=lambda line: print(line, file=sys.stderr), bars=True) if show else Progress()
