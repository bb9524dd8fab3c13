"""The checks a reviewer would make: each flaw found once, at a place the GUI can jump to."""

import pytest

from evaleditor.checks import Area, Level, check_project, check_sheet, fails_validation
from evaleditor.exchange.formats import import_file
from evaleditor.model import BudgetEntry, Indicator, IndicatorGroup, Topic
from tests import factories


def resolve(project, finding):
    """The model object a finding's place points at (what the GUI selects)."""
    sheet = project.sheets[finding.sheet]
    place = finding.place
    if place.area is Area.INDICATOR:
        indicator = sheet.indicator_groups[place.group].indicators[place.indicator]
        assert place.field in ("baseline", "target", "actuals", "name", "unit")
        return indicator
    if place.area is Area.BUDGET:
        assert place.field in ("cost_thousand_yen", "execution_rate_percent")
        assert place.year in project.settings.year_labels  # a column of the budget table, even when empty
        return sheet.budget.get(place.year)
    if place.area is Area.TOPIC:
        assert place.field in ("heading", "result", "issue", "policy")
        return sheet.topics[place.topic]
    assert hasattr(sheet, place.field)
    return sheet


def summary(findings):
    return sorted((f.sheet, f.level.value, f.code, f.place.path()) for f in findings)


def test_published_sample_has_no_findings(sample_json):
    project = import_file(sample_json)
    assert project.review_year() == "2年度"  # 3年度–5年度 are empty and not yet due
    assert check_project(project) == []


def test_each_flaw_is_found_once_at_its_place(sample_json):
    project = factories.flawed_sample(sample_json)
    findings = check_project(project)
    assert summary(findings) == sorted([
        (0, "error", "duplicate-policy-number", "policy_number"),
        (1, "error", "duplicate-policy-number", "policy_number"),
        (1, "warning", "missing-actual", "indicator_groups[0].indicators[0].actuals[2年度]"),
        (1, "warning", "missing-target", "indicator_groups[0].indicators[1].target"),
        (1, "warning", "missing-baseline", "indicator_groups[0].indicators[2].baseline"),
        (1, "notice", "far-from-trend", "indicator_groups[0].indicators[3].actuals[2年度]"),
        (1, "error", "execution-rate-over-100", "budget[2年度].execution_rate_percent"),
        (1, "warning", "missing-execution-rate", "budget[3年度].execution_rate_percent"),
        (1, "warning", "empty-topic-part", "topics[0].issue"),
        (1, "warning", "issue-without-policy", "topics[1].policy"),
        (1, "warning", "empty-topic-part", "topics[2].result"),
        (1, "notice", "issue-count-mismatch", "topics[3].policy"),
        (1, "warning", "over-char-limit", "topics[4].result"),
    ])
    for finding in findings:
        resolve(project, finding)
    assert fails_validation(findings)


def test_messages_name_the_place_in_japanese(sample_json):
    project = factories.flawed_sample(sample_json)
    lines = [f.line() for f in check_sheet(project, 1)]
    expected = [
        "エラー: シート2「4 欠けのあるシート」: 施策番号: 施策番号「4」がシート1と重複しています",
        "警告: シート2「4 欠けのあるシート」: 成果指標 1「産業間連携ネットワークによる新商品開発・新事業創出件数（累計）」"
        " 実績値（2年度）: 2年度の実績値がありません",
        "警告: シート2「4 欠けのあるシート」: 成果指標 2「創業者数（年間）」 目標値: 目標値がありません。達成率と進捗率を計算できません",
        "注意: シート2「4 欠けのあるシート」: 成果指標 4「知的対流等を通じた交流人口（年間）」 実績値（2年度）: "
        "2年度の実績値（12,400）が目標値（130）の10倍以上です。桁の誤りがないか確認してください",
        "エラー: シート2「4 欠けのあるシート」: 決算額 執行率（2年度）: 2年度の執行率が100%を超えています（104.5%）",
        "警告: シート2「4 欠けのあるシート」: 項目 2「創業者の支援」 取組方針: 課題に対応する取組方針がありません",
        "注意: シート2「4 欠けのあるシート」: 項目 4「「知」の集積と活用」 取組方針: "
        "課題は3項目ありますが、取組方針は1項目です。対応していない課題がないか確認してください",
        "警告: シート2「4 欠けのあるシート」: 項目 5「社会性を重視した技術開発の支援」 成果: "
        "成果が223文字あり、上限の200文字を23文字超えています",
    ]
    for line in expected:
        assert line in lines


def test_findings_come_in_the_order_of_the_sheet(sample_json):
    findings = check_sheet(factories.flawed_sample(sample_json), 1)
    areas = [f.place.area for f in findings]
    order = [Area.SHEET, Area.INDICATOR, Area.BUDGET, Area.TOPIC]
    assert areas == sorted(areas, key=order.index)


def test_check_sheet_matches_check_project(sample_json):
    project = factories.flawed_sample(sample_json)
    everything = check_project(project)
    assert check_sheet(project, 0) + check_sheet(project, 1) == everything


def test_later_empty_years_are_not_flagged_but_the_review_year_is(sample_json):
    project = import_file(sample_json)
    project.settings.review_year = "3年度"
    findings = check_project(project)
    assert sorted(f.code for f in findings) == ["missing-actual"] * 5 + ["missing-budget"]  # its 決算額 too
    assert all(f.place.year == "3年度" for f in findings)


def test_no_actuals_anywhere_means_no_missing_actual_findings(three_year_project):
    for sheet in three_year_project.sheets:
        for _, indicator in sheet.all_indicators():
            indicator.actuals.clear()
    assert three_year_project.review_year() is None
    assert "missing-actual" not in {f.code for f in check_project(three_year_project)}


def test_any_years_groups_and_sheets(six_year_project):
    findings = check_project(six_year_project)
    for finding in findings:
        resolve(six_year_project, finding)
    review = six_year_project.review_year()
    missing = {(f.sheet, f.place.group, f.place.indicator) for f in findings if f.code == "missing-actual"}
    expected = {(s, g, i) for s, sheet in enumerate(six_year_project.sheets)
                for g, group in enumerate(sheet.indicator_groups)
                for i, ind in enumerate(group.indicators) if ind.actuals.get(review) is None}
    assert missing == expected and expected


def _single_indicator_project(three_year_project, indicator):
    project = three_year_project
    del project.sheets[1:]
    project.sheets[0].indicator_groups = [IndicatorGroup("成果指標", [indicator])]
    project.sheets[0].budget = {}
    project.sheets[0].programs = []
    project.sheets[0].topics = []
    return project


@pytest.mark.parametrize(("actuals", "flagged"), [
    ({"4年度": 1000}, ["4年度"]),           # 10 × target
    ({"4年度": 999}, []),
    ({"4年度": 5}, ["4年度"]),              # a tenth of the baseline
    ({"4年度": 6}, []),
    ({"4年度": 0}, []),                     # zero may be real
    ({"4年度": -500}, []),
    ({"4年度": 60, "5年度": 6000}, ["5年度"]),
    ({"4年度": 60, "5年度": 70, "6年度": 80}, []),
])
def test_far_from_trend(three_year_project, actuals, flagged):
    project = _single_indicator_project(three_year_project, Indicator("x", baseline=50, actuals=actuals, target=100))
    project.settings.review_year = None
    found = [f for f in check_project(project) if f.code == "far-from-trend"]
    assert [f.place.year for f in found] == flagged
    assert all(f.level is Level.NOTICE for f in found)


def test_no_references_no_trend(three_year_project):
    project = _single_indicator_project(three_year_project, Indicator("x", baseline=0, actuals={"4年度": 9}, target=None))
    assert "far-from-trend" not in {f.code for f in check_project(project)}


def test_budget_checks(three_year_project):
    sheet = three_year_project.sheets[0]
    sheet.budget = {"4年度": BudgetEntry(100, 100), "5年度": BudgetEntry(-1, -2), "6年度": BudgetEntry(None, None)}
    found = [(f.level, f.code, f.place.year) for f in check_sheet(three_year_project, 0) if f.place.area is Area.BUDGET]
    assert found == [(Level.WARNING, "missing-budget", "6年度"),  # the year under review
                     (Level.ERROR, "negative-cost", "5年度"), (Level.ERROR, "negative-execution-rate", "5年度")]


def test_topic_parts(three_year_project):
    sheet = three_year_project.sheets[0]
    sheet.topics = [Topic("空", "", "", ""), Topic("方針だけ", "<p>成果</p>", "", "<p>方針</p>"),
                    Topic("箇条書き", "<p>成果</p>", "<ul><li>a</li><li>b</li></ul>", "<p>まとめて対応</p>")]
    found = [(f.place.topic, f.code, f.place.field) for f in check_sheet(three_year_project, 0)
             if f.place.area is Area.TOPIC]
    assert found == [(0, "empty-topic-part", "result"), (0, "empty-topic-part", "issue"),
                     (0, "empty-topic-part", "policy"), (1, "empty-topic-part", "issue")]


@pytest.mark.parametrize(("html", "length"), [
    ("<p>あいう</p><p>えお</p>", 5),              # paragraph breaks do not count
    ("<ul><li>あい</li><li>う</li></ul>", 5),     # bullet marks do
    ("<p>あ<br>い</p>", 2),
])
def test_char_limit_counts_printed_characters(three_year_project, html, length):
    sheet = three_year_project.sheets[0]
    sheet.topics = [Topic("t", html, "<p>課題</p>", "<p>方針</p>")]
    for limit, over in ((length, False), (length - 1, True)):
        three_year_project.settings.char_limit = limit
        codes = [f.code for f in check_sheet(three_year_project, 0)]
        assert ("over-char-limit" in codes) is over


def test_policy_numbers(three_year_project):
    three_year_project.sheets[0].policy_number = "４－２"
    three_year_project.sheets[1].policy_number = "4-2"
    assert [f.code for f in check_sheet(three_year_project, 1) if f.place.area is Area.SHEET] == [
        "duplicate-policy-number"]
    three_year_project.sheets[1].policy_number = " "
    findings = [f for f in check_project(three_year_project) if f.place.area is Area.SHEET]
    assert [(f.sheet, f.code) for f in findings] == [(1, "missing-policy-number")]
    assert findings[0].sheet_label() == "シート2「テスト施策1」"


def test_notices_alone_do_not_fail_validation(three_year_project):
    project = _single_indicator_project(three_year_project, Indicator("x", "件", baseline=50, actuals={"6年度": 5000},
                                                                      target=100))
    findings = check_project(project)
    assert [f.level for f in findings] == [Level.NOTICE]
    assert not fails_validation(findings)


def test_duplicate_policy_numbers_name_every_other_sheet_in_a_whole_project_run():
    project = factories.project(["4年度", "5年度"], sheets=5)
    for sheet, number in zip(project.sheets, ["４－２", "5", "4-2", "4ー2", "6"]):
        sheet.policy_number = number
    everything = [f for f in check_project(project) if f.code == "duplicate-policy-number"]
    assert [(f.sheet, f.message) for f in everything] == [
        (0, "施策番号「４－２」がシート3、シート4と重複しています"),
        (2, "施策番号「4-2」がシート1、シート4と重複しています"),
        (3, "施策番号「4ー2」がシート1、シート3と重複しています"),
    ]
    one_by_one = [f for i in range(5) for f in check_sheet(project, i) if f.code == "duplicate-policy-number"]
    assert one_by_one == everything
