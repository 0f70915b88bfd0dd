"""Words that stand for a figure: a question says 减半 where the text writes 下调…50%, 翻番 where it writes
增长100%. Read where a question's words are matched against a text part, so that the part stating the figure
counts as naming the word."""

from __future__ import annotations

import re

#: a word a question uses, and the ways a text writes the figure it stands for
FIGURE_WORDS: dict[str, re.Pattern[str]] = {
    "减半": re.compile(r"(?<![\d.])50\s*[%％]|百分之五十|减按一半|一半"),
    "翻番": re.compile(r"翻一?番|翻倍|增长\s*100\s*[%％]|增长一倍"),
}


def figure_words(text: str) -> str:
    """The words standing for the figures `text` states (减半 for 下调工伤保险费率50%), joined: appended to the
    text, they let a question that says the word match it."""
    return "".join(word for word, written in FIGURE_WORDS.items() if written.search(text))


#: a prize's rank, whose award a question may ask (那…大赛的一等奖呢？, 第三名奖多少？): a tier of its own, which a
#: text naming the contest but no rank of it does not state
PRIZE_RANK = re.compile(r"[特一二三四五六七八九十]等奖?|[金银铜]奖|优秀奖|第[一二三四五六七八九十\d]{1,2}名|冠军|亚军|季军")
