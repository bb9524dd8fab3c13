"""Quiet hint text (「問題は見つかりませんでした」, captions) that is still readable.

Disabling a label greys it out far below a readable contrast (about 1.6:1 in the Fusion style) and makes
screen readers announce it as unavailable. :func:`make_hint` keeps the label enabled and gives it a grey
between the text and background colours that keeps a contrast of at least 4.5:1 (WCAG AA).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

MIN_CONTRAST = 4.5


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def hint_color(text: QColor, background: QColor) -> QColor:
    """The palest mix of ``text`` into ``background`` that still reads at 4.5:1 (``text`` itself if none)."""
    for share in (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        mixed = QColor(round(background.red() + (text.red() - background.red()) * share),
                       round(background.green() + (text.green() - background.green()) * share),
                       round(background.blue() + (text.blue() - background.blue()) * share))
        if contrast(mixed, background) >= MIN_CONTRAST:
            return mixed
    return QColor(text)


def make_hint(widget: QWidget) -> QWidget:
    """Show ``widget``'s text as a readable grey hint (instead of ``setEnabled(False)``)."""
    palette = widget.palette()
    color = hint_color(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, color)
    widget.setPalette(palette)
    return widget
