"""Chinese numerals as they appear in headings (二十一), articles (第一百零五条) and dates (二〇一三)."""

from __future__ import annotations

import re

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
#: Full-width digits, and what texts write for 〇 in years: the circle (○, U+25CB) of Word and PDF
#: texts (二○○九年) and the letter O typed for it (二OO四年).
_WIDE = str.maketrans("０１２３４５６７８９○OＯ", "0123456789〇〇〇")
#: A year as texts write it: four Arabic digits, or digit by digit in Chinese numerals with 〇 in any of
#: the forms above or as an Arabic 0 typed among them (二00一年).
YEAR_NUMERAL = r"(?:\d{4}|[一二][〇○零OＯ0一二三四五六七八九]{3})"


def cn_to_int(text: str) -> int:
    """二十一 → 21, 十 → 10, 一百零五 → 105; digit-by-digit years like 二〇一三 → 2013.

    Arabic digits (full-width too) and spaces inside the number (`1 9`, PDF text) are read as well.
    """
    text = re.sub(r"\s", "", text).translate(_WIDE)
    if text.isdigit():
        return int(text)
    if not any(c in UNITS for c in text):
        return int("".join(c if c.isdigit() else str(DIGITS[c]) for c in text))
    total, digit = 0, 0
    for char in text:
        if char in DIGITS:
            digit = DIGITS[char]
        else:
            total += (digit or 1) * UNITS[char]
            digit = 0
    return total + digit


_CN_DIGITS = "零一二三四五六七八九"


def int_to_cn(n: int) -> str:
    """15 → 十五, 110 → 一百一十, 1010 → 一千零一十, 463 → 四百六十三: how articles are numbered."""
    if n < 0 or n >= 10000:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += _CN_DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out
