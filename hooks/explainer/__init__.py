"""The explainer pipeline as stage packages: ingest -> extract -> corpus -> render -> search; site.py runs them, generate.py for every builder."""
