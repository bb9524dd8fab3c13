"""「これは何？」(What's this, Shift+F1) texts for the less obvious fields and columns.

Looked up by a column key or by a word in a header or label, so computed columns added by other
features (達成率, 進捗率) get their explanation wherever they appear.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    """Explanations by the word that names the field (in the order they are matched)."""
    return {
        "進捗率": QCoreApplication.translate("FieldHelp", "<b>進捗率</b>：策定時（基準値）から目標値までの道のりのうち、評価対象年度の実績でどこまで"
                      "進んだかの割合です。（実績値 − 策定時）÷（目標値 − 策定時）× 100。"
                      "方向が「↓ 低いほど良い」の指標でも、目標に近づけば値が大きくなります。自動で計算されます。"),
        "達成率": QCoreApplication.translate("FieldHelp", "<b>達成率</b>：評価対象年度の実績値が目標値の何％にあたるかです。"
                      "「↑ 高いほど良い」は 実績 ÷ 目標 × 100、「↓ 低いほど良い」は 目標 ÷ 実績 × 100。自動で計算されます。"),
        "評価対象年度": QCoreApplication.translate("FieldHelp", "<b>評価対象年度</b>：このシートで評価する年度です。達成率・進捗率はこの年度の実績で計算し、"
                            "次年度の準備では一年進みます。「自動」にすると、実績が入っている最新の年度になります。"),
        "baseline": QCoreApplication.translate("FieldHelp", "<b>策定時（基準値）</b>：計画を作ったときの値です。進捗率の出発点になります。"
                        "列の名前はプロジェクトの設定で変えられます。"),
        "策定時": QCoreApplication.translate("FieldHelp", "<b>策定時（基準値）</b>：計画を作ったときの値です。進捗率の出発点になります。"
                      "列の名前はプロジェクトの設定で変えられます。"),
        "基準値": QCoreApplication.translate("FieldHelp", "<b>策定時（基準値）</b>：計画を作ったときの値です。進捗率の出発点になります。"
                      "列の名前はプロジェクトの設定で変えられます。"),
        "direction": QCoreApplication.translate("FieldHelp", "<b>方向</b>：数値が高いほど良い指標（↑）か、低いほど良い指標（↓、例：事故の件数）かです。"
                         "達成率・進捗率と評価の計算に使います。セルを選んで Enter か F2 で選べます。"),
        "方向": QCoreApplication.translate("FieldHelp", "<b>方向</b>：数値が高いほど良い指標（↑）か、低いほど良い指標（↓、例：事故の件数）かです。"
                    "達成率・進捗率と評価の計算に使います。セルを選んで Enter か F2 で選べます。"),
        "執行率": QCoreApplication.translate("FieldHelp", "<b>執行率（%）</b>：予算のうち実際に使った割合です。決算書の値を、% を付けずに入力します"
                      "（例：95.43）。"),
        "評価": QCoreApplication.translate("FieldHelp", "<b>評価</b>：達成率から決まる段階（標準は 100% 以上 A、80% 以上 B、"
                                             "50% 以上 C、それ未満 D）です。区切りはプロジェクトの設定で変えられます。"
                                             "色は目安で、段階は文字で示します。"),
    }


#: column keys (``IndicatorTableModel`` columns) → the word above, so that English headers find them too
KEYS = {"progress": "進捗率", "achievement": "達成率", "rating": "評価"}


def lookup(*names: str) -> str:
    """The explanation for the first of ``names`` (a key, header or label) that names a known field; else ""."""
    known = texts()
    for name in names:
        if not name:
            continue
        name = KEYS.get(name, name)
        if name in known:
            return known[name]
        for word, text in known.items():
            if word in name:
                return text
    return ""
