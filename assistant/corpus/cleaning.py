"""Text cleaning before a policy text is read: what crawlers and reposting sites add to a text.

Three forms, each seen on a real copy and each general to the sites that produce it:

* pinyin glosses a reading-aid page prints after characters (发(fā), 数(shù)): they cut a title and a
  文号 (黑政办发(fā)〔2005〕49号) so neither is recognised. Only a bracket holding lowercase latin
  letters with a pinyin tone mark is a gloss; (试行), (2023), (一), (de) stay.
* the banners a document-sharing site glues to the text it reposts (精选优质文档-倾情为你奉上):
  one vocabulary list, stripped wherever they stand.
* a title glued to the first chapter or article of a text a site flattened into one line
  (…优惠办法(试行)第一章总则 第一条…): the title goes back on its own line.
* the ordinal a document-collection page puts before each text it holds (第一篇:中央财政…管理办法,
  第二篇：…): it hides the title, as the line no longer reads as one.
"""

from __future__ import annotations

import re

from .metadata import is_heading_line, is_title

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: 发(fā) / 環（huán）: a gloss after a Chinese character, with at least one tone mark.
_RUBY = re.compile(rf"(?<=[\u4e00-\u9fff])[（(][a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*[）)]")

#: Banners document-sharing sites add to every text they repost (one entry per banner seen on a real
#: copy); the dashes and spaces between a banner's halves vary from copy to copy.
REPOST_BANNERS: tuple[str, ...] = (
    "精选优质文档-倾情为你奉上",
)
_BANNER_RE = re.compile("|".join(
    r"[-—–\s]*".join(re.escape(part) for part in banner.split("-")) for banner in REPOST_BANNERS
))

#: The first chapter or article of a text (第一章, 第一条, 第1条).
_FIRST_DIVISION = re.compile(r"第\s*[一1]\s*[章条]")


def strip_ruby(text: str) -> str:
    """`黑政办发(fā)〔2005〕49号` → 黑政办发〔2005〕49号."""
    return _RUBY.sub("", text)


#: `第一篇:` / `第二篇：` before a text's title on a collection page.
_COLLECTION_ORDINAL = re.compile(r"^[ \t\u3000\xa0]*第[一二三四五六七八九十]{1,3}篇[ \u3000]*[:：][ \u3000]*")


def strip_collection_ordinal(line: str) -> str:
    """`第一篇:中央财政促进服务业发展专项资金管理办法` → the title; a 第X篇 heading that is no title stays."""
    m = _COLLECTION_ORDINAL.match(line)
    return line[m.end():] if m and is_title(line[m.end():].strip()) else line


def strip_banners(line: str) -> str:
    """`精选优质文档-倾情为你奉上盘县招商引资优惠办法…` → 盘县招商引资优惠办法…."""
    return _BANNER_RE.sub("", line)


def split_glued_title(lines: list[str], window: int = 6) -> list[str]:
    """The first line that is not a heading cut in two where a title runs straight into 第一章 / 第一条
    of the text; a line whose start is no title is left whole. Headings may stand above it (a sharing
    site's page title, 合集下载, the title repeated), so it is looked for among the first `window` lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:window]
    k = next((i for i in filled if not is_heading_line(lines[i])), None)
    if k is None:
        return lines
    text = lines[k].strip()
    m = _FIRST_DIVISION.search(text)
    if m and m.start() > 0 and is_title(text[: m.start()].strip()):
        return [*lines[:k], text[: m.start()].strip(), text[m.start():], *lines[k + 1:]]
    return lines
