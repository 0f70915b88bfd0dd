"""Direct article lookup and versions: 《劳动合同法》第十条 / 民法典第一千零八十条 → that article.

A question that names a document and an article asks for exactly that unit, not for what is
most similar to it; retrieval cannot be trusted with numbers (第十条 and 第十一条 embed
alike). Titles are matched by the names people use: the full title, the title without
中华人民共和国, the short title and the 文号. Several versions of one title (a law and its
amended texts) resolve to the version in force on a date — the latest by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from assistant.corpus.model import Clause, Document
from assistant.corpus.numerals import NUMERAL_CHARS, cn_to_int, int_to_cn

#: 第十条, 第 1 0 条, 第十条之一: an article number (groups `number` and `sub`)
_ARTICLE_NUMBER = rf"第\s*(?P<number>[\d{NUMERAL_CHARS}]+)\s*条(?:之(?P<sub>[一二三四五六七八九十]+))?"
_ARTICLE = re.compile(_ARTICLE_NUMBER)
_VERSION_SUFFIX = re.compile(r"[（(](?:\d{4}年?)?(?:修正|修订|修改|试行|暂行)?(?:本)?[）)]$")
_STRIP = re.compile(r"[\s_　《》〈〉]")
_STRIP_SPACES = re.compile(r"[\s_　]")
#: an article asked with the name of its law or regulation: 《X》第十条 / 行政处罚法第36条 (not 本法, not a policy's （十）)
_LAW_WORD = r"(?:法|法典|条例|规定|办法|细则|解释|规则)"
_NAMED_ARTICLE = re.compile(rf"(?:《[^《》]{{2,80}}》|(?P<law>[\u4e00-\u9fff]{_LAW_WORD}))的?(?P<article>{_ARTICLE_NUMBER})")
_SELF_NAMED_LAW = re.compile(rf"[本该此]{_LAW_WORD}$")
#: a number inside a unit label (the 四 of 附件第四条, the 12 of 三（二）12)
_LABEL_NUMBER = re.compile(rf"[{NUMERAL_CHARS}]+|\d+")
#: the text a notice's title says it issues: 关于印发《X》的通知, 转发财政部…《X》的通知
_ISSUED_TITLE = re.compile(r"(?:印发|转发|发布|颁布|公布|下发)[^《》]{0,30}《([^《》]{4,80})》")
#: a unit named by the label an answer cites it by — 二（一）, （三）2, 一（一）1, 附件（二）, 附件第64项 — or by
#: 第二十条, which people also say of a document numbered （二十） or 二十、 rather than in articles, or by
#: 第二部分 (the chapter 二、 of an outline)
_CITED_LABEL = re.compile(
    rf"(?P<annex>附件)?(?:第\s*(?P<part_of>[{NUMERAL_CHARS}]+)\s*部分\s*的?第\s*(?P<part_item>[\d{NUMERAL_CHARS}]+)\s*[项条]"
    rf"|第\s*(?P<row>[\d{NUMERAL_CHARS}]+)\s*项"
    rf"|第\s*(?P<said>[\d{NUMERAL_CHARS}]+)\s*条|第\s*(?P<part>[{NUMERAL_CHARS}]+)\s*部分"
    rf"|(?P<chapter>[{NUMERAL_CHARS}]+)?[（(]\s*(?P<clause>[{NUMERAL_CHARS}]+)\s*[)）]\s*(?P<item>\d+)?)"
)
#: a reference inside a text: 《X》第N条 (another document), 本法/本条例…第N条 or a bare 第N条 (the same one)
_REFERENCE = re.compile(
    rf"(?:《(?P<title>[^《》\n]{{2,80}})》|(?P<self>本(?:法|条例|规定|办法|细则|解释|决定|规则|准则|措施|规章)))?"
    + _ARTICLE_NUMBER
)


def article_label(number: int, sub: int = 0) -> str:
    """(10, 0) → 第十条; (10, 1) → 第十条之一 (the labels the parser gives articles)."""
    return f"第{int_to_cn(number)}条" + (f"之{int_to_cn(sub)}" if sub else "")


def title_key(title: str) -> str:
    """What versions of one document share: the title without spaces, brackets or a version note."""
    return _VERSION_SUFFIX.sub("", _STRIP.sub("", title))


#: the text a notice's title issues without book marks: 关于印发荣成市中小企业应急转贷资金管理办法的通知
_ISSUED_UNMARKED = re.compile(r"(?:印发|转发|发布|颁布|公布|下发)([^《》]{4,80}?)的(?:通知|决定)$")
#: how much of a document's name the words naming it must hold (`ArticleIndex._resembling`), and how many
#: words of the asker's own (我想问…) may stand before the name in them
_NAME_SHARE = 0.6
_NAME_SLACK = 4
_STATE = "中华人民共和国"


def _all_names(document: Document) -> list[str]:
    """`names_of`, with the text a notice issues when its title sets it in no book marks."""
    unmarked = _ISSUED_UNMARKED.search(title_key(document.title))
    return [*names_of(document), *([unmarked.group(1)] if unmarked else [])]


def _pair_share(name: str, words: str) -> float:
    """The share of `name`'s character pairs that `words` hold."""
    wanted = {name[i : i + 2] for i in range(len(name) - 1)}
    return len(wanted & {words[i : i + 2] for i in range(len(words) - 1)}) / len(wanted) if wanted else 0.0


def names_of(document: Document) -> list[str]:
    """The names a question may call a document by, longest first: a notice issuing a text under its own
    title (关于印发《西宁市企业治乱减负工作暂行规定》的通知) goes by that text's title too — people ask
    第二条 of the 暂行规定, not of the notice."""
    key = title_key(document.title)
    issued = [title_key(m) for m in _ISSUED_TITLE.findall(document.title)]
    names = {n for n in (key, document.short_title, document.number or "", *issued) if len(n) >= 3}
    national = key.removeprefix(_STATE)
    if national != key and len(national) >= 2:  # 刑法, 宪法: a national law's name is safe even at two characters
        names.add(national)
    return sorted(names, key=len, reverse=True)


@dataclass(frozen=True)
class ArticleRef:
    document: Document
    clause: Clause


class ArticleIndex:
    """Articles by (document, label), documents by name, and versions by title."""

    def __init__(self, documents: list[Document]) -> None:
        self.documents = documents
        self._superseded: dict[str | None, frozenset[str]] = {}  # by as_of: the catalog never changes

    @cached_property
    def _by_name(self) -> list[tuple[str, list[Document]]]:
        """Documents by each name, the text of that title itself before notices that issue it."""
        groups: dict[str, list[Document]] = {}
        for document in self.documents:
            for name in names_of(document):
                groups.setdefault(name, []).append(document)
        for name, documents in groups.items():
            documents.sort(key=lambda d: title_key(d.title) != name)
        return sorted(groups.items(), key=lambda item: len(item[0]), reverse=True)

    @cached_property
    def _plain_names(self) -> list[tuple[Document, frozenset[str]]]:
        """Each document with every name it goes by (`_all_names`) less the state's name, read once for the
        library rather than per question (see `_resembling`)."""
        return [(d, frozenset(name.removeprefix(_STATE) for name in _all_names(d))) for d in self.documents]

    @cached_property
    def _named(self) -> dict[str, list[Document]]:
        """Documents by each name they go by (a 《》 title written out in full is looked up, not scanned for)."""
        return dict(self._by_name)

    @cached_property
    def _groups(self) -> dict[str, list[Document]]:
        groups: dict[str, list[Document]] = {}
        for document in self.documents:
            groups.setdefault(title_key(document.title), []).append(document)
        return groups

    def superseded(self, as_of: str | None = None) -> frozenset[str]:
        """Doc ids of versions not in force on `as_of` (ISO date; default: now).

        Texts sharing a title are versions of one another when their units overlap (the same
        articles, reworded); a code split into parts (民法典 总则/物权编 …) shares a title with
        disjoint articles, and every part stays in force. A version is out of force when a
        later one has taken effect by `as_of`, or when it takes effect only after `as_of`.
        """
        if as_of not in self._superseded:
            out: set[str] = set()
            for documents in self._groups.values():
                if len(documents) < 2:
                    continue
                units = {d.doc_id: _units(d) for d in documents}
                for document in documents:
                    versions = [d for d in documents if _overlap(units[d.doc_id], units[document.doc_id])]
                    if _version_in_force(versions, as_of) is not document:
                        out.add(document.doc_id)
            self._superseded[as_of] = frozenset(out)
        return self._superseded[as_of]

    def find(self, question: str, as_of: str | None = None) -> ArticleRef | None:
        """The article a question names with a document (《X》第十条, X第10条), or None."""
        text = _STRIP.sub("", question)
        for m in _ARTICLE.finditer(text):
            before = text[: m.start()].removesuffix("的")
            label = article_label(cn_to_int(m.group(1)), cn_to_int(m.group(2)) if m.group(2) else 0)
            for name, documents in self._by_name:
                if before.endswith(name) and (found := self._article(documents, label, as_of)):
                    return found
            if re.search(rf"{_LAW_WORD}$", before) and (found := self._resembling(before, label, as_of)):
                return found
        return None

    def _resembling(self, before: str, label: str, as_of: str | None) -> ArticleRef | None:
        """The article `label` of the one document whose name the words `before` it end with in the asker's
        shortening (荣成市应急转贷资金管理办法 for 荣成市中小企业应急转贷资金管理办法, issued by a notice whose title
        sets it in no book marks): most of that name's character pairs are in those words, and more than
        in any other document's name that has the article; None on a tie or where none comes near."""
        scored = []
        before = before.removeprefix(_STATE)  # the state's name heads every national law's: it tells none apart
        for document, names in self._plain_names:
            share = max((_pair_share(name, before[-len(name) - _NAME_SLACK :]) for name in names), default=0.0)
            if share >= _NAME_SHARE and (found := self._article([document], label, as_of)) is not None:
                scored.append((share, found))
        scored.sort(key=lambda item: -item[0])
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def asks_absent_article(self, question: str, as_of: str | None = None) -> str | None:
        """`第三十六条` when a question asks an article of a law or regulation by its name (行政处罚法第三十六条,
        《X条例》第十条) and `find` found none: the library lacks that document or that article, and
        a search would only answer with some other law's article of a similar number."""
        if self.find(question, as_of) is not None:
            return None
        text = _STRIP_SPACES.sub("", question)
        for m in _NAMED_ARTICLE.finditer(text):
            if not (m["law"] and _SELF_NAMED_LAW.search(text[: m.end("law")])):
                return m["article"]
        return None

    def cited_units(self, question: str, documents: list[Document]) -> list[Clause]:
        """The leaves of the unit a question names by its label (浙江文件（二十三）3讲了什么, 国务院附件第64项,
        二（一）由谁负责) in `documents`, the ones the question is about — every leaf of a unit that has items.
        A label names a unit only where one document of them has it: the same label in several documents
        (（一） is in most) says nothing without the document, and gives []."""
        return labelled_units(question, documents)

    def references(self, document: Document, clause: Clause, as_of: str | None = None) -> list[tuple[str, ArticleRef]]:
        """The articles a clause's text points to, as (the words that point, the article), in text order.

        `依照本法第二十条` and a bare `第二十条` inside a law mean the same law's article (a bare
        number only where the document is numbered in articles); `《中华人民共和国劳动法》第三十六条`
        means that document's, when the library holds it (the version in force on `as_of`). A
        number that names no article, and a clause pointing at itself, give nothing.
        """
        found: list[tuple[str, ArticleRef]] = []
        has_articles = any(c.kind == "article" for c in document.clauses)
        for m in _REFERENCE.finditer(clause.text):
            label = article_label(cn_to_int(m["number"]), cn_to_int(m["sub"]) if m["sub"] else 0)
            if m["title"]:
                target = self._article(self._named.get(title_key(m["title"]), []), label, as_of)
            elif m["self"] or has_articles:
                target = self._article([document], label, as_of)
            else:
                target = None
            if target is not None and target.clause.id != clause.id:
                found.append((m.group(0), target))
        return found

    def _article(self, documents: list[Document], label: str, as_of: str | None) -> ArticleRef | None:
        """The article `label` of the first of `documents` that has it, versions in force first."""
        out = self.superseded(as_of)
        for document in sorted(documents, key=lambda d: d.doc_id in out):
            articles = {c.path: c for c in document.clauses if c.kind == "article"}
            # a notice whose 办法 is its attachment: the 办法's 第二条 is the attachment's (附件第二条)
            clause = articles.get(label) or articles.get(f"附件{label}")
            if clause is not None:
                return ArticleRef(document, clause)
        return None


def names_a_label(question: str) -> bool:
    """Whether the question names a unit by a label (第三条, 第二部分, 二（一）, 附件第64项)."""
    return bool(_CITED_LABEL.search(_STRIP_SPACES.sub("", question)))


def labelled_units(question: str, documents: list[Document]) -> list[Clause]:
    """The leaves of the first unit the question names by a label that exactly one of `documents` has
    (see `ArticleIndex.cited_units`; a conversation asks it of the document its previous answer cited)."""
    text = _STRIP_SPACES.sub("", question)
    for m in _CITED_LABEL.finditer(text):
        found = [leaves for d in documents if (leaves := _leaves_labelled(d, m))]
        if len(found) == 1:
            return found[0]
    return []


def label_beyond(question: str, documents: list[Document]) -> str | None:
    """The label the question names (第六条, 第二项) when its number is higher than any each of `documents`
    numbers a unit with — a page that kept 第一条–第四条 asked for 第六条, a notice holding measure 一 of seven
    asked for 第二项: no unit of theirs can be meant, whatever the label counts. None when the question names
    no label or some document numbers that far."""
    match = _CITED_LABEL.search(_STRIP_SPACES.sub("", question))
    if match is None or not documents:
        return None
    number = cn_to_int(match["part_item"] or match["row"] or match["said"] or match["part"] or match["clause"])
    return match.group(0) if all(number > _highest_number(d) for d in documents) else None


def _highest_number(document: Document) -> int:
    """The highest number any part of any unit label of `document` carries (附件第四条 → 4, 三（二）12 → 12)."""
    return max((cn_to_int(n) for c in document.clauses for n in _LABEL_NUMBER.findall(c.path or "")), default=0)


def _leaves_labelled(document: Document, label: re.Match[str]) -> list[Clause]:
    """The leaves of `document` under the unit `label` (a `_CITED_LABEL` match) names, in order."""
    annex = "附件" if label["annex"] else ""
    if label["part_of"]:  # 第一部分第1项: item 1 of chapter 一 (一1), or its clause （一）
        chapter, n = int_to_cn(cn_to_int(label["part_of"])), cn_to_int(label["part_item"])
        paths = [f"{annex}{chapter}{n}", f"{annex}{chapter}（{int_to_cn(n)}）"]
    elif label["row"]:
        paths = [f"附件第{cn_to_int(label['row'])}项"]  # rows are the annex's; 国务院文件第64项 means one too
    elif label["said"]:
        number = int_to_cn(cn_to_int(label["said"]))
        # an article where the document has them; else the clause or chapter people call by that number
        paths = [f"{annex}第{number}条", f"{annex}（{number}）", f"{annex}{number}"]
    elif label["part"]:
        paths = [f"{annex}{int_to_cn(cn_to_int(label['part']))}"]
    else:
        item = label["item"] or ""
        chapter = int_to_cn(cn_to_int(label["chapter"])) if label["chapter"] else ""
        paths = [f"{annex}{chapter}（{int_to_cn(cn_to_int(label['clause']))}）{item}"]
    if not annex and not label["row"]:
        # a notice whose 办法 is its attachment: 第三条 of it is the attachment's (附件第三条), where the notice has none
        paths += [f"附件{path}" for path in paths]
    for path in paths:
        leaves = [c for c in document.clauses if c.path == path or _under(c.path, path)]
        if leaves:
            return leaves
    return []


def _under(path: str, unit: str) -> bool:
    """一（一）2 is under 一（一） and under 一, not under 一（十）; （二十）3 is under （二十）."""
    if not path.startswith(unit) or len(path) == len(unit):
        return False
    following = path[len(unit)]
    return following.isdigit() or (following == "（" and not unit.endswith("）"))


def _units(document: Document) -> frozenset[str]:
    return frozenset(c.path or c.id for c in document.clauses if c.kind != "preamble")


def _overlap(ua: frozenset[str], ub: frozenset[str]) -> bool:
    """Whether two texts of one title are versions (their units mostly the same), not parts of one code."""
    return ua is ub or (bool(ua and ub) and len(ua & ub) >= 0.5 * min(len(ua), len(ub)))


def _version_in_force(versions: list[Document], as_of: str | None) -> Document:
    ordered = sorted(versions, key=_version_date)
    if as_of:
        earlier = [d for d in ordered if _version_date(d) <= as_of]
        return (earlier or ordered[:1])[-1]
    return ordered[-1]


def _version_date(document: Document) -> str:
    """When a version's text was adopted: its latest history or issue date (an amended law keeps the
    original 自…起施行 sentence, so the effective date does not order versions)."""
    return document.date or document.effective_date or ""
