"""Topic text in cells: headings, paragraphs, bullets, and paragraphs that run on into the next row."""

from __future__ import annotations

from evaleditor.exchange.xlsx_import.cells import Cell
from evaleditor.exchange.xlsx_import.topics import build_topics, heading_of, split_pieces
from evaleditor.model.richtext import Block, Run


def pieces(*texts: str, col: int = 1) -> list[tuple[str | None, str]]:
    cells = [Cell(row, col, text) for row, text in enumerate(texts, 10)]
    return [(p.heading, p.html) for p in split_pieces(cells)]


def test_headings_are_whole_bracketed_paragraphs():
    assert heading_of(Block([Run("「「知」の集積と活用」")])) == "「知」の集積と活用"
    assert heading_of(Block([Run(" 「産業間連携の促進」 ")])) == "産業間連携の促進"
    assert heading_of(Block([Run("「新しい生活様式」に対応する")])) is None
    assert heading_of(Block([Run("「A」と「B」")])) is None
    assert heading_of(Block([Run("「見出し」")], bullet=True)) is None


def test_plain_text_with_blank_lines_and_bullets():
    assert pieces("「一」\n\n本文です。\n・項目A\n・項目B\n\n「二」\n次の本文。") == [
        ("一", "<p>本文です。</p><ul><li>項目A</li><li>項目B</li></ul>"), ("二", "<p>次の本文。</p>")]


def test_blank_lines_inside_a_text_are_empty_paragraphs():
    assert pieces("\n「一」\n\n段落1\n\n段落2\n\n\n「二」\n\n段落3\n\n") == [
        ("一", "<p>段落1</p><p></p><p>段落2</p>"), ("二", "<p>段落3</p>")]
    assert pieces("<p>「一」</p><p></p><p>段落1</p><p></p><p>段落2</p><p></p>") == [
        ("一", "<p>段落1</p><p></p><p>段落2</p>")]


def test_text_before_any_heading_has_none():
    assert pieces("見出しのない本文。") == [(None, "<p>見出しのない本文。</p>")]


def test_a_paragraph_cut_across_rows_is_joined():
    assert pieces("「一」\n前半の文章で、途中まで", "続きの文章です。") == [("一", "<p>前半の文章で、途中まで続きの文章です。</p>")]


def test_rows_that_end_a_sentence_or_start_an_item_stay_apart():
    assert pieces("「一」\n一つ目の段落です。", "二つ目の段落です。") == [
        ("一", "<p>一つ目の段落です。</p><p>二つ目の段落です。</p>")]
    assert pieces("「一」\n(1) 研修の実施", "(2) 相談会の開催") == [
        ("一", "<p>(1) 研修の実施</p><p>(2) 相談会の開催</p>")]
    assert pieces("「一」\n前半", "「二」\n後半") == [("一", "<p>前半</p>"), ("二", "<p>後半</p>")]
    # not the row directly above (another column, or a gap): never joined
    cells = [Cell(10, 1, "「一」\n途中まで"), Cell(12, 1, "別の段落")]
    assert [p.html for p in split_pieces(cells)] == ["<p>途中まで</p><p>別の段落</p>"]


def test_issues_and_policies_match_results_by_heading():
    results = split_pieces([Cell(1, 1, "「Ａ 事業」\n成果A"), Cell(2, 1, "「B」\n成果B")])
    issues = split_pieces([Cell(5, 1, "「B」\n課題B\n\n「A事業」\n課題A")])
    policies = split_pieces([Cell(5, 5, "「C」\n方針C")])
    topics, notes = build_topics({"result": results, "issue": issues, "policy": policies})
    assert [(t.heading, t.result, t.issue, t.policy) for t in topics] == [
        ("Ａ 事業", "<p>成果A</p>", "<p>課題A</p>", ""),
        ("B", "<p>成果B</p>", "<p>課題B</p>", ""),
        ("C", "", "", "<p>方針C</p>"),
    ]
    assert notes == [("E5", "取組方針の「C」に対応する成果の見出しがないため、別の項目として取り込みました")]


def test_program_names_in_one_cell():
    from evaleditor.exchange.xlsx_import.parts import split_programs

    def names(text):
        return split_programs([Cell(1, 1, text)])

    assert names("産業間連携促進事業 起業家支援事業　知的対流推進事業") == ["産業間連携促進事業", "起業家支援事業", "知的対流推進事業"]
    assert names("SDGs 推進事業") == ["SDGs 推進事業"]
    assert names("SDGs 推進事業 起業家支援事業") == ["SDGs 推進事業", "起業家支援事業"]
    assert names("・SDGs 推進事業\n・防災 訓練") == ["SDGs 推進事業", "防災 訓練"]
    assert names("健診 予防") == ["健診", "予防"]
