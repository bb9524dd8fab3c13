"""PDF export and printing of sheets through Qt (QPdfWriter, QPrinter).

- :mod:`.writer`: ``export_pdf_bytes(project)``, registered for ``.pdf`` in the exporters.
- :mod:`.printing`: ``print_project(project, printer)`` and ``open_print_preview(project, parent)``.
- :mod:`.renderer` lays out a project on the pages of any paint device; :mod:`.sheetlayout`
  builds one sheet's rows, :mod:`.paginate` breaks them into pages, :mod:`.textbox` lays out text
  line by line, :mod:`.fonts` picks an installed Japanese font, :mod:`.tounicode` keeps the
  PDF's text extractable as the characters drawn.
"""
