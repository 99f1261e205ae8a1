"""Corpus stage: every article with its events and mentions in, corpus-wide results out.

In: (Article, events) and (Article, mentions) pairs, and the optional seeds/entities.yml fixes.
Out: the merged timeline entries, the glossary entries and the coverage counts (per outlet, event,
entity) that the pages and data/*.json exports are made from.
"""
