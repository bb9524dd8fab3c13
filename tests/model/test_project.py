from evaleditor.model import BudgetEntry, FiscalYear, Indicator, IndicatorGroup, Project, ProjectSettings, Sheet


def _project(actual_years):
    indicator = Indicator("指標", actuals={y: 1 for y in actual_years})
    return Project(ProjectSettings(years=[FiscalYear(f"{n}年度") for n in (2, 3, 4, 5)]),
                   [Sheet("1", indicator_groups=[IndicatorGroup(indicators=[indicator])])])


def test_review_year_defaults_to_latest_year_with_an_actual():
    assert _project(["2年度", "3年度"]).review_year() == "3年度"
    assert _project([]).review_year() is None


def test_review_year_set_explicitly_wins():
    project = _project(["2年度", "3年度"])
    project.settings.review_year = "2年度"
    assert project.review_year() == "2年度"


def test_rename_year_moves_values_in_every_sheet():
    project = _project(["2年度", "3年度"])
    project.sheets[0].budget = {"2年度": BudgetEntry(5, 1.5)}
    project.rename_year("2年度", "令和2年度")
    assert project.settings.year_labels[0] == "令和2年度"
    assert project.sheets[0].indicator_groups[0].indicators[0].actuals == {"令和2年度": 1, "3年度": 1}
    assert list(project.sheets[0].budget) == ["令和2年度"]


def test_set_actual_none_forgets_the_year():
    indicator = Indicator("x", actuals={"2年度": 3})
    indicator.set_actual("2年度", None)
    indicator.set_actual("3年度", 4.5)
    assert indicator.actuals == {"3年度": 4.5}
