"""Which document a question naming a place means, when the document does not say the place where its
metadata would (no model needed; real titles and opening sentences, each with where it comes from).

* A document of unknown government whose opening names its place only inside a title it cites (为贯彻落实
  《广东省…》), possibly in traditional script, is a candidate of that place's documents when the question
  shares a distinctive word with it: the opening read for the place leaves cited titles out, and the
  question is asked in simplified script.
* A provincial document whose title names one of the province's places (山东省青岛西海岸新区条例) is that
  place's as much as the place's own documents are, as a national one about one province is.
"""

from __future__ import annotations

from assistant.answering.question import _scope, own_statement
from assistant.corpus.model import Clause, Document
from assistant.lexicon.regions import Level


def _doc(doc_id: str, title: str, level: str, region: str | None, government: str | None, text: str) -> Document:
    doc = Document(doc_id, title, title[:8], None, None, None, level, region, f"{doc_id}.txt", "x",
                   government=government)
    doc.clauses.append(Clause(id=f"{doc_id}#1", doc_id=doc_id, kind="preamble", text=text))
    return doc


#: eval/real/docs/dev/dongguan-2021-employment-trad-part.txt, its opening sentence (traditional script): the
#: province is named only in the title it carries out
DONGGUAN_OPENING = (
    "為貫徹落實《廣東省人民政府關于印發廣東省進一步穩定和擴大就業若干政策措施的通知》(粵府〔2021〕13號),"
    "強化就業優先政策,全面穩就業、保居民就業,推動實現更加充分更高質量就業,提出如下意見:"
)
#: eval/real/docs/dev/guangdong-2019-tech-upgrade-award-publicity.txt: a document of 广东's own
GUANGDONG = _doc("guangdong", "广东省工业和信息化厅关于2019年省级促进经济高质量发展专项资金项目计划的公示",
                 Level.PROVINCE, "广东", "广东省", "根据省级促进经济高质量发展专项资金管理办法，现予以公示。")
#: the same opening as a title-less file whose issuer the parser could not read
UNTITLED = _doc("untitled", "untitled", Level.OTHER, None, None, DONGGUAN_OPENING)


def test_the_place_a_cited_title_names_is_read_in_simplified_script():
    opening, cited = own_statement(UNTITLED)
    assert "广东" not in opening  # the opening read for the place leaves the cited title out…
    assert "广东省" in cited and "廣東" not in cited  # …which names it, read in simplified script


def test_a_title_less_document_citing_its_province_s_title_is_a_candidate_of_that_province():
    """It joins 广东's documents by the province its cited title names, and is then the one the question names
    by its own opening's words (保居民就业), read in simplified script."""
    scope = _scope("广东全面稳就业、保居民就业的这份意见里，养老保险缴费怎么规定？", [GUANGDONG, UNTITLED])
    assert scope.documents == frozenset({"untitled"})


def test_a_title_less_document_of_another_place_stays_out_of_that_place_s_scope():
    """eval/real/docs/dev/h23d-wenzhou-2023-economy-policies-compilation-part.txt opens on 温州: a question
    naming 广东 is not asked of it."""
    wenzhou = _doc("wenzhou", "wenzhou", Level.OTHER, None, None,
                   "关于推动经济高质量发展的若干政策为深入贯彻落实中央、省委经济工作会议精神,进一步提振市场信心,"
                   "稳定发展预期,加强各类政策协同,推动温州经济高质量发展,实现质的有效提升和量的合理增长")
    scope = _scope("广东促进经济高质量发展的专项资金项目计划这份公示里有哪些项目？", [GUANGDONG, wenzhou])
    assert scope.documents == frozenset({"guangdong"})


#: /tmp/corpora/laws (../shared/corpora/laws.tar.xz): 山东省青岛西海岸新区条例(2017-12-01).txt, 第一条, and
#: 青岛市专利保护规定(2011-11-25).txt, the city's own
WEST_COAST = _doc("west-coast", "山东省青岛西海岸新区条例", Level.PROVINCE, "山东", "山东省",
                  "第一条 为了保障和促进青岛西海岸新区建设和发展，根据有关法律、行政法规，结合本省以及青岛市的实际，制定本条例。")
QINGDAO = _doc("qingdao", "青岛市专利保护规定", Level.CITY, "青岛", "山东省青岛市", "为了加强专利保护，制定本规定。")


def test_a_provincial_document_whose_title_names_a_city_is_that_city_s_too():
    scope = _scope("青岛西海岸新区建设和发展有哪些保障？", [QINGDAO, WEST_COAST])
    assert scope.documents is not None and "west-coast" in scope.documents

