"""The explainer pipeline: ingest -> extract -> corpus -> render -> search, run by site.py (through generate.py)."""
