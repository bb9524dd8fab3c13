"""The Qt layer: adapts the core model to widgets. Only this package imports PySide6."""

import PySide6  # noqa: F401  (installs PySide6's import hook, which the next line answers for our modules)

from evaleditor.gui.feature_scan import skip_own_modules

skip_own_modules()
