"""Exporters: the model written out in a file format (JSON dump, PDF, DOCX, …)."""
