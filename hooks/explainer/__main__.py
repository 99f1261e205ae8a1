"""`python -m explainer`: the command line (cli.py)."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
