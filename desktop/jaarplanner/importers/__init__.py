"""Importers: files of other programs and the seed text form, read into the model.

Each importer returns plain ``DocumentData`` and an ``ImportReport``; storing is the services'
work (one transaction for the whole import).
"""
