"""The Qt layer: adapts the core model to widgets. Only this package imports PySide6."""
