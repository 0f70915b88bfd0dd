"""Responsibility forms read off published documents outside the corpus and the eval documents.

Each sentence is quoted from the page named beside it (found for a recogniser check on documents no rule
was written against; the study half of that check is where these forms came from):

- the note that says which unit of a list leads, in the wordings other than 列第一位者为牵头单位;
- the role named before its body (主管部门为X) and a body named as the supporting one (X为配合部门);
- 会同 followed by a list of fields of work of any length closed by 等单位 / 等部门.
"""

from __future__ import annotations

from assistant.corpus.responsibility import extract


def _read(text: str, region: str | None = None, author: str | None = None) -> tuple[list[str], list[str], list[str]]:
    return extract(text, region, author).resolved()


def test_lead_note_worded_by_rank_in_a_closing_bracket() -> None:
    # 云府办〔2019〕10号 一（一）, https://dsbftdc.com/yfsrmzf/jcxxgk/zcfg/zfwj/content/post_999.html
    text = ("在省教育厅指导下,组织开展创建学前教育改革发展实验县(市、区)、镇(街道)工作,会同市委农办将“行政村独立或联合"
            "举办规范化普惠性幼儿园”列入农村重点工作。(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)")
    units, lead, supporting = _read(text)
    assert lead == ["市教育局"]
    assert supporting == ["市委农办", "各县<市、区>人民政府"]
    assert not any("牵头" in u or "第一" in u for u in units)


def test_role_named_before_its_body() -> None:
    # 湖州市经济和信息化局 2025年工业发展专项资金预算方案 一, http://hzjx.huzhou.gov.cn/art/2025/2/24/art_1229513434_3999527.html
    text = "执行期限从2023年1月1日到2025年12月31日;主管部门为湖州市经济和信息化局。"
    assert _read(text)[1] == ["湖州市经济和信息化局"]


def test_role_sentence_without_a_body_names_none() -> None:
    # 武政办〔2023〕1号 一, http://www.fl1002.com/rule/217028.html (the page is in traditional script): a rule about
    # roles, naming no body
    text = "特别是牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要统筹相关责任单位制订办理方案"
    assert _read(text) == ([], [], [])


def test_body_named_as_the_supporting_one() -> None:
    # 长房议字〔2025〕11号, http://fdj.changchun.gov.cn/xxgk/zdzwjshgl/202512/t20251230_3456613.html: 我局 is the
    # author, the 长春市住房保障和房屋管理局 that signs the reply
    author = "长春市住房保障和房屋管理局"
    text = "我市城市体检和城市更新工作由市建设主管部门牵头负责,我局为配合部门。"
    assert _read(text, author=author) == (["市建设主管部门", author], ["市建设主管部门"], [author])
    alone = "我局作为配合部门,将按照专班办公室的相关工作要求,立足本职工作,做好指导和配合工作。"
    assert _read(alone, author=author) == ([author], [], [author])


def test_partners_a_long_list_of_fields_closed_by_deng_danwei() -> None:
    # 云府办〔2019〕10号 一（二）, https://dsbftdc.com/yfsrmzf/jcxxgk/zcfg/zfwj/content/post_999.html
    text = ("市教育局会同编制、发展改革、财政、公安、民政、人社、自然资源、住建、农业农村、卫生健康、国资、市场监督、税务、"
            "应急管理、妇联、残联等单位发挥联席会议制度作用,及时研究和协调解决学前教育事项及存在问题")
    units, lead, supporting = _read(text)
    assert lead == ["市教育局"]
    assert supporting[:3] == ["编制部门", "发展改革部门", "财政部门"]
    assert supporting[-2:] == ["妇联", "残联"]  # bodies already are kept as named, not made a 部门
    assert len(supporting) == 16


def test_partners_a_field_list_in_a_regulation() -> None:
    # 山东省土地整治条例(2015) 第八条, the laws collection (/work/shared/corpora/laws.tar.xz)
    text = ("县级以上人民政府国土资源主管部门应当会同发展改革、财政、农业、水利、林业、交通运输、住房城乡建设、城乡规划、"
            "环境保护等部门，编制本行政区域土地整治规划，报本级人民政府批准后实施，并向社会公布。")
    units, lead, supporting = _read(text)
    assert lead == ["县级以上人民政府国土资源主管部门"]
    assert supporting == ["发展改革部门", "财政部门", "农业部门", "水利部门", "林业部门", "交通运输部门",
                          "住房城乡建设部门", "城乡规划部门", "环境保护部门"]


def test_frame_between_you_body_and_its_verb() -> None:
    # 山东省森林资源条例(2015) 第十六条, the laws collection: 根据… between 由X and its verb
    text = "二十五度以下的梯田、坡耕地的退耕还林范围，由设区的市人民政府根据实际情况确定。"
    assert _read(text)[1] == ["设区的市人民政府"]
    # 浙江省森林消防条例(2009) 第二十九条: 依照… between them; before, the frame and the body it reports to were
    # read as one unit (县级以上人民政府依照国家有关规定报省人民政府)
    text = "对在扑救森林火灾中英勇献身，符合革命烈士条件的，由县级以上人民政府依照国家有关规定报省人民政府批准为革命烈士。"
    assert _read(text)[1] == ["县级以上人民政府"]


def test_frame_word_never_cuts_a_body_name() -> None:
    # 土地管理法实施条例(2021) 第二十条: 自然资源主管部门 opens with 自, which is no frame word here
    text = "临时用地由县级以上人民政府自然资源主管部门批准，期限一般不超过二年"
    assert _read(text)[1] == ["县级以上人民政府自然资源主管部门"]
