"""Undoable edits of the core model. Each command changes the model inside ``doc.changing``.

Three shapes cover every edit: a value set through a getter/setter pair (typing merges into one step
until the document is *sealed*: focus leaves the field, a paragraph ends or formatting is applied),
a list replaced by a new order or new items (add, insert, delete, move, paste), and a snapshot of the
project's settings with the year-keyed values (the settings dialog).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from evaleditor.gui.document import Part, Place, ProjectDocument

_MERGE_ID = 1


class _Command(QUndoCommand):
    def __init__(self, doc: ProjectDocument, text: str, scope: object, part: str, place: Place | None) -> None:
        super().__init__(text)
        self.doc = doc
        self.scope = scope
        self.part = part
        self.place = place
        self._first = True

    def _show_place(self) -> None:
        if self._first:
            self._first = False  # the user is looking at the edit already
        elif self.place is not None:
            self.doc.placeRequested.emit(self.place)


class SetValueCommand(_Command):
    """Set one value; consecutive sets with the same ``merge_key`` become one step until sealed."""

    def __init__(self, doc: ProjectDocument, text: str, scope: object, part: str,
                 getter: Callable[[], Any], setter: Callable[[Any], None], new: Any,
                 place: Place | None = None, merge_key: object = None) -> None:
        super().__init__(doc, text, scope, part, place)
        self.setter = setter
        self.old = getter()
        self.new = new
        self.merge_key = merge_key
        self.generation = doc.typing_generation

    def redo(self) -> None:
        with self.doc.changing(self.scope, self.part):
            self.setter(self.new)
        self._show_place()

    def undo(self) -> None:
        with self.doc.changing(self.scope, self.part):
            self.setter(self.old)
        if self.place is not None:
            self.doc.placeRequested.emit(self.place)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or other.merge_key is None:
            return False
        if other.merge_key != self.merge_key or other.generation != self.generation:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class ReplaceListCommand(_Command):
    """Give a list new contents (the same objects in another order, new items, fewer items)."""

    def __init__(self, doc: ProjectDocument, text: str, scope: object, part: str, items: list[Any],
                 new_items: list[Any], place: Place | None = None) -> None:
        super().__init__(doc, text, scope, part, place)
        self.items = items
        self.old = list(items)
        self.new = list(new_items)

    def redo(self) -> None:
        with self.doc.changing(self.scope, self.part):
            self.items[:] = self.new
        self._show_place()

    def undo(self) -> None:
        with self.doc.changing(self.scope, self.part):
            self.items[:] = self.old
        if self.place is not None:
            self.doc.placeRequested.emit(self.place)


class ProjectStateCommand(_Command):
    """Run ``mutate`` on the project; undo restores settings, year-keyed values and budgets in place."""

    def __init__(self, doc: ProjectDocument, text: str, mutate: Callable[[], None]) -> None:
        super().__init__(doc, text, doc.project, Part.SETTINGS, None)
        self.mutate = mutate
        self.before = self._snapshot()
        self.after: tuple[Any, ...] | None = None

    def _snapshot(self) -> tuple[Any, ...]:
        project = self.doc.project
        return (
            copy.deepcopy(vars(project.settings)),
            [(ind, dict(ind.actuals)) for sheet in project.sheets for _, ind in sheet.all_indicators()],
            [(sheet, copy.deepcopy(sheet.budget)) for sheet in project.sheets],
        )

    def _restore(self, state: tuple[Any, ...]) -> None:
        settings, actuals, budgets = state
        vars(self.doc.project.settings).update(copy.deepcopy(settings))
        for indicator, values in actuals:
            indicator.actuals = dict(values)
        for sheet, budget in budgets:
            sheet.budget = copy.deepcopy(budget)

    def redo(self) -> None:
        with self.doc.changing(self.scope, self.part):
            if self.after is None:
                self.mutate()
                self.after = self._snapshot()
            else:
                self._restore(self.after)

    def undo(self) -> None:
        with self.doc.changing(self.scope, self.part):
            self._restore(self.before)


def set_attribute(doc: ProjectDocument, text: str, scope: object, part: str, obj: object, name: str,
                  value: Any, place: Place | None = None, merge: bool = False) -> None:
    """Push a SetValueCommand for ``obj.name = value`` (nothing when unchanged)."""
    if getattr(obj, name) == value:
        return
    doc.undo_stack.push(SetValueCommand(
        doc, text, scope, part, lambda: getattr(obj, name), lambda v: setattr(obj, name, v), value,
        place, merge_key=(id(obj), name) if merge else None))


def replace_list(doc: ProjectDocument, text: str, scope: object, part: str, items: list[Any],
                 new_items: list[Any], place: Place | None = None) -> None:
    same = len(items) == len(new_items) and all(
        a is b or (isinstance(a, str) and a == b) for a, b in zip(items, new_items))
    if same:
        return  # nothing changed: no undo step
    doc.undo_stack.push(ReplaceListCommand(doc, text, scope, part, items, new_items, place))


def moved(items: list[Any], index: int, delta: int) -> list[Any] | None:
    """A copy of ``items`` with item ``index`` moved by ``delta``; None when it cannot move."""
    target = index + delta
    if not (0 <= index < len(items)) or not (0 <= target < len(items)):
        return None
    result = list(items)
    result.insert(target, result.pop(index))
    return result
