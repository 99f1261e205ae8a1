"""A folder, a title and a description in; a complete site folder for a new subject out (config, intro, seeds/)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import yaml

from .render.mdtext import md_heading
from .slug import slugify

PROJECT = Path(__file__).resolve().parents[2]  # the checkout the package is installed from (pip install -e .)
CONFIG = "mkdocs.yml"
# The new site's own settings: top-level keys of the project's mkdocs.yml written anew; the rest (theme,
# hooks, Markdown extensions, navigation, extra.explainer) is kept line for line, comments included.
OWN_KEYS = {
    "site_name": lambda title, description, slug: json.dumps(title, ensure_ascii=False),
    "site_description": lambda title, description, slug: json.dumps(description, ensure_ascii=False),
    "site_url": lambda title, description, slug: f'!ENV [SITE_URL, "https://example.github.io/{slug}/"]',
}
INTRO = """---
title: Beranda
---

# {heading}

{description}
"""
DEFAULT_DESCRIPTION = "Penjelasan tentang {title}, disusun dari artikel berita."
IGNORED = "/site/\n.cache/\n"  # .gitignore: the built site and the build cache


class NewSiteError(Exception):
    """The new site cannot be made (the folder is in use, the project's files are missing)."""


def new_site(folder: Path, title: str, description: str = "", project: Path = PROJECT) -> list[Path]:
    """Make `folder` a site for a new subject and return the files written: `mkdocs.yml` (the project's, with
    this title, description and address), `docs/index.md` (the intro: the title and the description),
    an empty `seeds/`, `.gitignore`, and the files the build needs (the hooks, the template overrides, the
    stylesheet and scripts the config names), copied from `project`. It builds at once (`mkdocs build`) and
    serves (`mkdocs serve`, which rebuilds when a file in `seeds/` changes). Raises NewSiteError when
    `folder` holds files already or `project` lacks what is to be copied."""
    title = " ".join(title.split())
    if not title:
        raise NewSiteError("the title is empty: give --title")
    description = " ".join(description.split()) or DEFAULT_DESCRIPTION.format(title=title)
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise NewSiteError(f"{folder} exists and is not an empty folder: choose a new one")
    source = project / CONFIG
    if not source.is_file():
        raise NewSiteError(f"{source} not found: install the explainer from its checkout (pip install -e .)")
    text = source.read_text(encoding="utf-8")
    kit = kit_files(text, project)
    missing = [str(path) for path in kit if not (project / path).is_file()]
    if missing:
        raise NewSiteError(f"files the build needs are missing from {project}: {', '.join(missing)}")
    slug = slugify(folder.resolve().name) or slugify(title) or "explainer"
    written = {
        folder / CONFIG: site_config(text, title, description, slug),
        folder / "docs" / "index.md": INTRO.format(heading=md_heading(title), description=description),
        folder / ".gitignore": IGNORED,
    }
    for path, content in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    for path in kit:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(project / path, target)
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    return sorted([*written, *(folder / path for path in kit), folder / "seeds"])


def site_config(text: str, title: str, description: str, slug: str) -> str:
    """The project's mkdocs.yml with the new site's OWN_KEYS; raises NewSiteError when one of them is missing."""
    for key, value in OWN_KEYS.items():
        line = re.compile(rf"^{key}:.*$", re.M)
        if not line.search(text):
            raise NewSiteError(f"{CONFIG} has no {key}: line to write the new site's value in")
        text = line.sub(lambda _: f"{key}: {value(title, description, slug)}", text, count=1)
    return text


class _Loader(yaml.SafeLoader):
    """YAML that reads mkdocs.yml's `!ENV` and `!relative` values as plain values (only the file names matter)."""


_Loader.add_multi_constructor("!", lambda loader, tag, node: None)


def kit_files(config_text: str, project: Path) -> list[Path]:
    """The files (relative to the project) a site built with this config needs besides its pages and seeds: its
    hook files and the modules beside them (which they import), every file of the theme's custom_dir, and the
    stylesheets and scripts under docs_dir it names."""
    config = yaml.load(config_text, Loader=_Loader) or {}
    docs = Path(config.get("docs_dir") or "docs")
    files = [Path(hook) for hook in config.get("hooks") or []]
    files += sorted(path.relative_to(project) for hook in files for path in (project / hook).parent.glob("*.py"))
    custom = (config.get("theme") or {}).get("custom_dir")
    if custom:
        files += sorted(path.relative_to(project) for path in (project / custom).rglob("*") if path.is_file()
                        and "__pycache__" not in path.parts)
    for name in [*(config.get("extra_css") or []), *(config.get("extra_javascript") or [])]:
        name = name.get("path") if isinstance(name, dict) else name
        if name and not re.match(r"^[a-z]+:", str(name)):
            files.append(docs / str(name))
    return list(dict.fromkeys(files))
