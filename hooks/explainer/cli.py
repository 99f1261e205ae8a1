"""The command line, `python -m explainer`: arguments in, one sub-command run, an exit status out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .newsite import NewSiteError, new_site


def _new(args: argparse.Namespace) -> int:
    try:
        written = new_site(Path(args.folder), args.title, args.description or "")
    except NewSiteError as error:
        print(f"explainer new: {error}", file=sys.stderr)
        return 2
    folder = Path(args.folder)
    print(f"Created {len(written)} files and folders in {folder}:")
    for path in written:
        print(f"  {path.relative_to(folder).as_posix()}")
    print(f"Next: put your articles (.txt, .html) in {folder / 'seeds'}, write your introduction in "
          f"{folder / 'docs' / 'index.md'}, then run: cd {folder} && mkdocs serve")
    return 0


def add_new(commands: argparse._SubParsersAction) -> None:
    """The `new` sub-command: a site folder for a new subject."""
    new = commands.add_parser("new", help="make a site folder for a new subject",
                              description="Make FOLDER a complete site for a new subject: mkdocs.yml with its "
                                          "title and description, docs/index.md, an empty seeds/ folder and the "
                                          "files the build needs. It builds and serves at once.")
    new.add_argument("folder", metavar="FOLDER", help="the new site's folder (new, or empty)")
    new.add_argument("--title", required=True, help="the site's title (site_name, the home page's heading)")
    new.add_argument("--description", help="one sentence on the subject (site_description, the intro)")
    new.set_defaults(run=_new)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command; return its exit status."""
    parser = argparse.ArgumentParser(prog="python -m explainer",
                                     description="Explainer microsites from raw news-article scrapes.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_new(commands)
    args = parser.parse_args(argv)
    return args.run(args)
