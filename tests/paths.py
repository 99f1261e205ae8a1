"""Paths of the project that tests use."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MAKE_CORPUS = ROOT / "scripts" / "make_corpus.py"
