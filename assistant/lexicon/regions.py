"""Governments and their places: the level of an issuer and the provincial divisions.

A document's government decides where it applies and which questions it answers, so
levels are a closed vocabulary (`Level`) rather than bare strings scattered in the code.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Level(StrEnum):
    """Which government issued a document (a str, so it stores and compares as its value)."""

    NATIONAL = "国家"
    PROVINCE = "省"
    CITY = "市"
    OTHER = "其他"


#: The 34 provincial-level divisions by their short names.
PROVINCES: tuple[str, ...] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
    "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
MUNICIPALITIES: tuple[str, ...] = ("北京", "天津", "上海", "重庆")
#: What follows a province's short name in its full name (浙江省, 广西壮族自治区 …).
PROVINCE_SUFFIXES: tuple[str, ...] = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市")

#: Issuers whose name starts like this are the central government.
NATIONAL_ISSUER_PREFIXES: tuple[str, ...] = ("国务院", "中共中央", "全国", "国家", "中央")
#: Words that place a question at the national level (国家 only where it means the state's documents).
NATIONAL_SCOPE_RE = re.compile(
    r"国务院|国发|中央|全国|国家(?=和|与|跟|层面|文件|的|对|要求|规定|提出|计划|打算|里|怎么|有|准备|定)"
)
#: Words that place a question at the provincial level.
PROVINCIAL_SCOPE_RE = re.compile(r"省里|省级|省政府|本省")
#: Ways people say "national, any region" about themselves or a policy.
NATIONAL_WORDS: tuple[str, ...] = ("全国", "国务院", "中央", "国家级", Level.NATIONAL.value)


def province_of(name: str) -> str | None:
    """浙江省 / 浙江 / 广西壮族自治区 → the short name; None when `name` is no province."""
    name = name.strip()
    if name in PROVINCES:
        return name
    for suffix in PROVINCE_SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in PROVINCES:
            return name[: -len(suffix)]
    return None
