"""Which loaded document a question names by what it is about (节水复函, 这份关于小微企业的意见).

With many documents loaded a question often names its document by description rather than by
文号 or place: 科技节水复函里…, 遗弃化学武器的通知是哪天发的, 山西省激发重点群体活力这个方案….
Region, short title and 文号 (see question.detect_scope) cannot tell two documents of one
government apart, nor pick one of a dozen national 国办 documents. Here the question is matched
against each document's description — its title, short title, issuer and kind word (复函, 通知,
意见…), or, when the parser found no title, the opening of its text less the titles it cites —
with every description word weighted by how distinctive it is across the library (IDF over
descriptions): 关于, 印发, 人民政府 are in most titles and say nothing; 节水 or 化学武器 are in one.

A document's description holds the year of its 文号 or date (国务院2020年分工意见), a deadline year
(到2020年) in the question names none. A document is "clearly named" when it matches a distinctive
word the runner-up does not (or common words that together lead a runner-up sharing some of them)
and MARGIN more in all, and the question shows it names a document (这份, or a kind word such as
复函 or 方案 that the document's own title holds): sharing a topic word with a title (国务院分工表… and a
国办 分工 notice) is not naming it. `question.detect_scope` narrows the documents the question
already names (浙江's, every national one) or, when it names none, all of them, to that document.

The index is built once per set of loaded documents (`titles_of`, memoised on the document objects
of a build, so the questions asked of one build share it: about 2 s for the 3,422 laws' titles, then
well under a millisecond to find it again), and matching costs O(len(question)²) dictionary look-ups
plus one pass over the documents holding the words found (a few milliseconds on those 3,422 laws).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from assistant.corpus.model import Document
from assistant.lexicon.regions import as_simplified, places_named
from assistant.lexicon.salutation import salutation
from assistant.lexicon.tokenizer import Tokenizer, has_chinese

#: a description word needs two characters; longer than this it is never looked up in a question
_MAX_TERM = 12
#: how much more (in nats of IDF) the best document must match than the next one to be "the" one:
#: about one word found in a single title of a 30-document library (log(1 + 29.5/1.5) ≈ 3.0); in a
#: library of two documents no single word can reach it, so a tiny library keeps today's scope
MARGIN = 3.0
#: a word in at most this share of the descriptions (at least two) is distinctive: 节水 or 小微企业
#: tell a document apart, 关于 or 人民政府 do not
DISTINCTIVE_SHARE = 0.01
#: how many characters of distinctive description words a question must share with a text of unknown
#: government that names no place for the text to join a place the question names (two words of three)
UNPLACED_NAMING = 6
#: a government named in a text's opening (渝中区人民政府办公室, 某某县委): the text says whose it is
_NAMES_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{1,4}(?:省|市|区|县|旗|州|盟)(?:人民政府|政府|委员会|党委|委)")
#: kind words by which a question names a document (科技节水复函里, 这个方案); one counts only when the
#: matched document's description holds it. 计划, 政策, 措施 alone are too often the topic to count.
_KIND_WORDS = re.compile(
    r"复函|批复|答复|函|通知|意见|办法|方案|规定|细则|规则|条例|决定|要点|报告|纲要|公告|若干政策|若干措施|政策措施"
    r"|清单|问答|指南"  # a list of measures, a policy's questions and answers, a guide: documents too
)
#: words that name a document only right after its own title words or a demonstrative (中关村的措施,
#: 这个招商引资政策): standing alone they are the topic (有什么政策)
_SOFT_KIND_WORDS = re.compile(r"政策|措施|举措")
_DEMONSTRATIVE = re.compile(r"[这那该此本]份|[这那该此本]个?文件")
#: clauses of a question: the one naming a document (科技节水复函里) is read apart from the topic
_CLAUSES = re.compile(r"[，,。？?！!；;：:\s]+")
#: what may stand between a description word and its kind word: 化学武器「的」通知, 规则 after 「这个」
_LINK = re.compile(r"(的|之|[这那该此本][个份项]?)$")
#: issuer and addressee words (省政府, 人民政府, 办公厅): who, never what a document is about
_WHO = re.compile(r"(政府|办公厅|办公室|委员会|部门|单位)$")
#: words of a text's coming into force or being issued (正式施行, 印发实施): every text has them, so a question asking
#: when a text takes effect (那办法从哪天起正式施行？) names no title-less document by them
_ISSUING = re.compile(r"施行|生效|发布|印发|公布|废止")
#: the opening of a document without a parsed title stands in for it; longer text would be the body
_OPENING_CHARS = 200
#: titles of other documents an opening cites (为贯彻《…》): not what this document is about
CITED_TITLE = re.compile(r"《[^》]*》")
#: a year as a description word: the year a document was issued in (国发〔2020〕6号, dated 2020-03-…) or
#: one its title names (申报2017年…成效明显市): 国务院2020年分工意见 names the 2020 one of two 分工 意见
_YEAR_WORD = re.compile(r"(?:19|20)\d\d年")
#: the year a 文号 gives (〔2020〕, [2020], （2020）)
_NUMBER_YEAR = re.compile(r"[〔\[［(（]((?:19|20)\d\d)[〕\]］)）]")
#: a year a question names as a deadline or target (到2020年, 2025年底前, 力争2027年): when, not which document
_TARGET_YEAR = re.compile(
    r"(?:到|至|截至|截止|力争|争取|预计)\s*(?:19|20)\d\d年|(?:19|20)\d\d年(?=底|末|前|以前|之前|以后|后|起|内|以来)"
)


@dataclass(frozen=True)
class DocumentMatch:
    """How well a question matches one document's description."""

    doc_id: str
    score: float  # summed IDF of the description words found in the question
    words: tuple[str, ...]  # the description words found in the question
    distinctive: frozenset[str]  # those of them few descriptions hold


class DocumentTitles:
    """The library's document descriptions as weighted words, for matching questions against."""

    def __init__(self, descriptions: Sequence[tuple[str, str, str]], tokenizer: Tokenizer | None = None) -> None:
        """`descriptions`: (doc_id, names, opening) per document (see `description`)."""
        tokenizer = tokenizer or Tokenizer()
        self._terms: dict[str, list[int]] = {}  # word → indexes of the documents whose description holds it
        self._doc_ids = [doc_id for doc_id, _, _ in descriptions]
        self._index = {doc_id: index for index, doc_id in enumerate(self._doc_ids)}
        self._texts = {doc_id: f"{names} {opening}" for doc_id, names, opening in descriptions}
        for index, (_, names, opening) in enumerate(descriptions):
            words = [*_terms(tokenizer, names), *_YEAR_WORD.findall(names), *_subject_terms(tokenizer, opening)]
            for term in dict.fromkeys(words):
                self._terms.setdefault(term, []).append(index)
        self._words = [set[str]() for _ in descriptions]  # each document's description words
        for term, indexes in self._terms.items():
            for index in indexes:
                self._words[index].add(term)
        n = max(len(descriptions), 1)
        self._idf = {t: math.log(1 + (n - len(d) + 0.5) / (len(d) + 0.5)) for t, d in self._terms.items()}
        self._rare = max(2, int(n * DISTINCTIVE_SHARE))

    def __len__(self) -> int:
        return len(self._doc_ids)

    def describes(self, doc_id: str, word: str) -> bool:
        """Does the document's description (its title, or its opening) contain the word?"""
        return word in self._texts.get(doc_id, "")

    def match(self, question: str, pool: Iterable[str] | None = None, limit: int | None = None) -> list[DocumentMatch]:
        """The documents (of `pool`, all when None) whose description words occur in the question,
        best first (the `limit` best). A word inside a longer word that also matched (企业 in 小微企业)
        is not a match of its own: 小微企业 does not name 文化企业's title. A deadline or target year
        (到2020年) names no document's year."""
        question = _TARGET_YEAR.sub(lambda m: " " * len(m.group(0)), question)
        allowed = None if pool is None else {self._index[d] for d in pool if d in self._index}
        spans = [
            (start, end)
            for start in range(len(question))
            for end in range(start + 2, min(start + _MAX_TERM, len(question)) + 1)
            if question[start:end] in self._terms
        ]
        found = {
            question[start:end]
            for start, end in spans
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
        }
        scores: dict[int, float] = {}
        for term in found:
            weight = self._idf[term]
            for index in self._terms[term]:
                if allowed is None or index in allowed:
                    scores[index] = scores.get(index, 0.0) + weight
        order = sorted(scores, key=lambda i: (-scores[i], i)) if limit is None else heapq.nsmallest(
            limit, scores, key=lambda i: (-scores[i], i)
        )
        return [self._match(index, scores[index], found) for index in order]

    def _match(self, index: int, score: float, found: set[str]) -> DocumentMatch:
        words = tuple(sorted(t for t in found if t in self._words[index]))
        rare = frozenset(t for t in words if len(self._terms[t]) <= self._rare)
        return DocumentMatch(self._doc_ids[index], score, words, rare)

    def named_within(
        self, question: str, pool: Iterable[str] | None = None, margin: float = MARGIN
    ) -> DocumentMatch | None:
        """The one document of `pool` (all when None) the question clearly names (see the module
        docstring), or None when it names none of them or several equally. Inside a few documents the
        question already names (浙江's two), `margin` may be 0: the better match is then enough."""
        naming = "，".join(p for p in _CLAUSES.split(question) if _names_some(p))
        # the clause that names it (节水复函里，…): the rest is the topic; 政策/措施 say only that it is a document
        ranked = self.match(_SOFT_KIND_WORDS.sub(" ", naming), pool, limit=2)
        if not ranked:
            return None
        best, runner_up = ranked[0], (ranked[1] if len(ranked) > 1 else None)
        others = runner_up.words if runner_up else ()
        lead = best.score - (runner_up.score if runner_up else 0.0)
        clear = lead >= margin and lead > 0
        # a distinctive word of its own, or common words that together lead another document that shares
        # some of them as one would (国务院2020年分工意见: 2020年, 分工 and 意见 are each in several
        # descriptions, all three in one); matching common words with nothing to tell apart names nothing
        distinct = any(w not in others for w in best.distinctive) or (runner_up is not None and lead >= MARGIN)
        return best if clear and distinct and self._names(naming, best) else None

    def joining(self, question: str, group: Iterable[str], candidates: Mapping[str, str], place: str) -> set[str]:
        """Documents of `candidates` (of unknown government, each with the text where it says whose it is:
        its opening and the titles that cites) that may belong to the named `place`'s group: their
        description or that text names the place (为贯彻落实《广东省…》), and the question shares with them a
        distinctive word no document of the group matches (浙江的小微企业… and a title-less 浙江 opinion on
        小微企业): a cited title alone names a place whose plan it carries out, not always its own."""
        members = set(group)
        taken = {w for m in self.match(question, members) for w in m.words}
        joined = set()
        for m in self.match(question, set(candidates) - members):
            own = [w for w in m.distinctive if w not in taken]
            placed = place in candidates[m.doc_id] or self.describes(m.doc_id, place)
            # a text that names no place at all (各省辖市发展改革委: … 新兴产业重大项目申报) is that place's too when
            # the question describes it at length in words no document of the place holds: nothing speaks against
            # it; one naming another government (渝中区人民政府办公室发布…) is that one's, though the parser missed it
            if own and (placed or _unplaced_described(own, candidates[m.doc_id])):
                joined.add(m.doc_id)
        return joined

    def described_unplaced(self, question: str, candidates: Mapping[str, str]) -> set[str]:
        """Of `candidates` (texts of unknown government, each with where it says whose it is), those naming no
        place (`names_no_place`) that the question describes at length (`UNPLACED_NAMING` characters of their
        distinctive description words): a question naming a place may be about them."""
        pool = {d for d, text in candidates.items() if names_no_place(text)}
        return {m.doc_id for m in self.match(question, pool) if _unplaced_described(m.distinctive, candidates[m.doc_id])} if pool else set()

    def narrow(
        self,
        question: str,
        groups: Sequence[tuple[str, set[str]]],
        places: set[str],
        unknown: Mapping[str, str],
        opened: Mapping[str, set[str]] | None = None,
    ) -> tuple[set[str], set[str], tuple[str, ...]]:
        """The union of the groups of documents the question names (each with the word naming it,
        already blanked out of `question`), each narrowed to the one document it names by what it is
        about. A place's group first takes in the documents of `unknown` government (each with where it
        says whose it is) that may be that place's (see `joining`), and those whose opening names the place (`opened`, by place: 推动温州经济
        高质量发展 opens a compilation of 温州's measures filed without a government). Among the few documents a place names, the better match is enough;
        among all of a level's (every national one) it must stand out as in the whole library.
        Returns the scope, the documents joined, and the description words that named one."""
        chosen: set[str] = set()
        joined: set[str] = set()
        described: list[str] = []
        for word, group in groups:
            if word in places and unknown:
                extra = (self.joining(question, group, unknown, word) | (opened or {}).get(word, set())) - group
                joined |= extra
                group = group | extra
            best = self.named_within(question, group, 0.0 if word in places or len(group) == 1 else MARGIN)
            chosen |= {best.doc_id} if best is not None else self.about(question, group) if word in places else group
            described += best.words if best is not None else ()
        return chosen, joined - chosen if len(chosen) == 1 else joined, tuple(dict.fromkeys(described))

    def about(self, question: str, group: set[str]) -> set[str]:
        """Of a government's several documents, the one whose title is about what the question asks
        (山东的科技型中小企业创新资金… among 山东's four): it holds a distinctive word of three characters or
        more that no other of them holds, and leads them by MARGIN as a named document must in the whole
        library. Else the whole group: sharing a word is not enough to leave the others out; nor is a
        year alone, which a document of unknown date may share (温州2023年… is as often about the year)."""
        ranked = self.match(question, group, limit=2)
        if len(group) < 2 or not ranked:
            return group
        best, others = ranked[0], (ranked[1].words if len(ranked) > 1 else ())
        lead = best.score - (ranked[1].score if len(ranked) > 1 else 0.0)
        own = [w for w in best.distinctive if len(w) >= 3 and w not in others and not _YEAR_WORD.fullmatch(w)]
        return {best.doc_id} if own and lead >= MARGIN else group

    def _names(self, question: str, match: DocumentMatch) -> bool:
        """Does the question say it names the document: 这份/那份, or a kind word its description holds
        beside a distinctive word of it (小微企业…的意见) or right after one of its words or a
        demonstrative (节水复函, 化学武器的通知, 这个规则)? A kind word used as a verb next to nothing
        of the document (国务院文件规定的…) names nothing."""
        if _DEMONSTRATIVE.search(question):
            return True
        text = self._texts.get(match.doc_id, "")
        for kind in _KIND_WORDS.finditer(question):
            if kind.group(0) not in text:
                continue
            before = _LINK.sub("", question[: kind.start()])
            if match.distinctive or len(before) < kind.start() - 1 or before.endswith(match.words):
                return True
        for kind in _SOFT_KIND_WORDS.finditer(question):  # only right after the document's own distinctive word:
            before = _LINK.sub("", question[: kind.start()])  # people call any 办法 a 政策
            if before.endswith(tuple(match.distinctive)):
                return True
        return False


def names_no_place(text: str) -> bool:
    """A text's opening that says nowhere whose it is: no province or city, no government organ of a place
    (渝中区人民政府办公室发布… names one, though the parser missed it)."""
    return not places_named(text) and not _NAMES_GOVERNMENT.search(text)


def _unplaced_described(words: Iterable[str], statement: str) -> bool:
    """A text naming no place (`names_no_place`, read in `statement`) that a question describes at length: its
    distinctive description `words` the question shares hold `UNPLACED_NAMING` characters."""
    return names_no_place(statement) and sum(map(len, words)) >= UNPLACED_NAMING


def _names_some(clause: str) -> bool:
    """May this clause of a question name a document (a kind word, a demonstrative, or 政策/措施)?"""
    return bool(_KIND_WORDS.search(clause) or _DEMONSTRATIVE.search(clause) or _SOFT_KIND_WORDS.search(clause))


def without_description(question: str, words: Iterable[str]) -> str:
    """The question less the description words in the clauses that name a document (科技节水复函里，
    科技部打算… → 里，科技部打算…: 科技 stays where it is topic). A single character left between two
    removed words goes with them (政务·新·媒体, 调查·和·管理); a title it quotes (《…》) stays whole."""
    words = [w for w in words if w]
    out = []
    for piece in re.split(f"({_CLAUSES.pattern})", question):
        if not _names_some(piece):
            out.append(piece)
            continue
        covered = [False] * len(piece)
        for word in words:
            for found in re.finditer(re.escape(word), piece):
                covered[found.start():found.end()] = [True] * len(word)
        for i in range(1, len(piece) - 1):
            covered[i] = covered[i] or (covered[i - 1] and covered[i + 1])
        for cited in CITED_TITLE.finditer(piece):  # 《基本建设财务管理规定》 is another document's name
            covered[cited.start():cited.end()] = [False] * (cited.end() - cited.start())
        out.append("".join(" " if c else ch for ch, c in zip(piece, covered)))
    return "".join(out)


def description(document: Document) -> tuple[str, str, str]:
    """What a document is called and by whom (title, short title, issuer, kind word, the year of its
    文号 or date), and the opening of its text when the parser found no title (a title-less file is
    named by what it opens with), in simplified script as questions name it (the parser keeps metadata in
    simplified script, a clause in the script it was published in)."""
    title = document.title if has_chinese(document.title or "") and document.title != document.doc_id else ""
    short = document.short_title if document.short_title != title else ""
    years = {m.group(1) for m in _NUMBER_YEAR.finditer(document.number or "")}
    years |= {document.date[:4]} if document.date and document.date[:4].isdigit() else set()
    parts = (title, short, document.issuer or "", document.form or "", *(f"{y}年" for y in sorted(years)))
    names = " ".join(p for p in parts if p and has_chinese(p))
    # a first clause holding only whom it is addressed to (各省辖市发展改革委:) says nothing of what the text is
    # about: the opening is the clause after it
    saying = [c for c in document.clauses if not _addresses_only(c.text)] if not title else []
    opening = saying[0].text[:_OPENING_CHARS] if saying else ""
    return document.doc_id, names, as_simplified(opening)


def _addresses_only(text: str) -> bool:
    """A clause that is a salutation and nothing more."""
    addressed = salutation(text)
    return addressed is not None and not text[addressed.end():].strip()


def titles_of(documents: Sequence[Document]) -> DocumentTitles:
    """The description index of a set of loaded documents, built once per set (see the module docstring)."""
    return _titles(Library(documents))


class Library:
    """A set of loaded documents as a cache key: the same document objects in the same order. A build
    parses its documents once and keeps them, so identity is what tells two builds apart, at the cost
    of a look at each object (not of re-reading 3,000 titles on every question)."""

    __slots__ = ("_hash", "documents")

    def __init__(self, documents: Sequence[Document]) -> None:
        self.documents = tuple(documents)
        self._hash = hash(tuple(map(id, self.documents)))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Library)
            and len(other.documents) == len(self.documents)
            and all(a is b for a, b in zip(self.documents, other.documents, strict=True))
        )


@lru_cache(maxsize=2)  # the build in use and the one replacing it; a cached key holds its documents alive
def _titles(library: Library) -> DocumentTitles:
    return DocumentTitles([description(d) for d in library.documents])


def _subject_terms(tokenizer: Tokenizer, opening: str) -> list[str]:
    """What a title-less opening is about: its words of three characters or more and its two-word
    compounds (小微+企业 → 小微企业) — its two-character words alone (单位, 落实) are everyday prose —
    less its addressee line, the titles it cites (为贯彻《…》), words naming who (省政府) and words of issuing or
    coming into force (正式施行), which every text writes."""
    addressed = salutation(opening)
    text = CITED_TITLE.sub(" ", opening[addressed.end():] if addressed else opening)
    words = [w for w in tokenizer.cut(text) if w.strip()]
    compounds = [a + b for a, b in pairwise(words) if len(a) >= 2 and len(b) >= 2 and has_chinese(a + b)]
    long_words = [t for t in _terms(tokenizer, text) if len(t) >= 3]
    return [t for t in (*long_words, *compounds)
            if len(t) <= _MAX_TERM and not _WHO.search(t) and not _ISSUING.search(t) and not t.isascii()]


def _terms(tokenizer: Tokenizer, text: str) -> list[str]:
    """Description words: search-mode tokens of two characters or more, numbers left out."""
    return [t for t in tokenizer.tokenize(text) if 2 <= len(t) <= _MAX_TERM and has_chinese(t)]
