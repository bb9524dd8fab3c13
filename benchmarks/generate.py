"""A city-scale project: 100 sheets, 10 indicators each, six topics of several hundred characters."""

from __future__ import annotations

import random

from evaleditor.model import (
    BudgetEntry, Direction, FiscalYear, Indicator, IndicatorGroup, Project, ProjectSettings, Sheet, Topic,
)

YEARS = ["2年度", "3年度", "4年度", "5年度"]
_PHRASES = [
    "新型コロナウイルス感染症の影響により、", "市内事業者の販路拡大を支援するため、", "関係機関と連携し、",
    "オンラインでのセミナーや個別相談を実施し、", "地域の担い手の育成に取り組み、", "事業の効果を検証しながら、",
    "市民の利便性の向上を図りました。", "引き続き支援の充実を図る必要があります。", "新たな取組を検討します。",
    "デジタル技術を活用した手続の簡素化を進め、", "参加者数は前年度を上回り、", "目標の達成に向けて、",
]


def _paragraphs(rng: random.Random, characters: int) -> str:
    text = ""
    while len(text) < characters:
        text += rng.choice(_PHRASES)
    half = len(text) // 2
    return f"<p>{text[:half]}</p><p><b>{text[half:half + 12]}</b>{text[half + 12:]}</p>"


def large_project(sheets: int = 100, indicators: int = 10, topics: int = 6, seed: int = 4) -> Project:
    rng = random.Random(seed)
    project = Project(ProjectSettings(
        municipality="ベンチ市", plan="総合計画 改訂計画",
        years=[FiscalYear(label, 2020 + i) for i, label in enumerate(YEARS)], target_label="5年度 目標値"))
    for s in range(sheets):
        outcome = IndicatorGroup("成果指標")
        for i in range(indicators):
            baseline = rng.randint(10, 5000)
            outcome.indicators.append(Indicator(
                name=f"施策{s + 1}の成果指標{i + 1}（年間）", unit=rng.choice(["件", "人", "%", "回"]),
                baseline=baseline,
                actuals={y: round(baseline * rng.uniform(0.8, 1.4), rng.choice([0, 1])) for y in YEARS[:2]},
                target=round(baseline * 1.3), direction=Direction.LOWER if i % 7 == 3 else Direction.HIGHER))
        project.sheets.append(Sheet(
            policy_number=f"{s // 10 + 1}-{s % 10 + 1}", policy_name=f"ベンチマーク用の施策その{s + 1}を推進する",
            departments=["企画部", "産業振興部"][: 1 + s % 2],
            indicator_groups=[outcome],
            programs=[f"施策{s + 1}関連事業{p + 1}" for p in range(6)],
            budget={y: BudgetEntry(rng.randint(10_000, 2_000_000), round(rng.uniform(80, 100), 2)) for y in YEARS[:2]},
            topics=[Topic(f"取組の柱{t + 1}", _paragraphs(rng, 300), _paragraphs(rng, 200), _paragraphs(rng, 200))
                    for t in range(topics)]))
    return project
