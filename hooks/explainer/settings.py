"""The `extra.explainer` settings, from a builder's parsed config or read from a mkdocs.yml, checked in one place.

Both entry points use them: the MkDocs hooks get `extra` from MkDocs, `python -m explainer` reads the file
itself (``read_config``: `INHERIT` followed, `!ENV` resolved as MkDocs does, other tags ignored). Relative
paths are relative to the config file's folder. A bad value raises SettingError naming the setting.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from .extract.executor import ExecutorError, scheduler_address, worker_count
from .search.bundles import SearchSettingError, split_mode

SEEDS, CACHE, PAGES = "seeds", ".cache/explainer", "docs"  # defaults: seeds folder, cache, hand-written pages
MAX_INHERIT = 10  # INHERIT chain length at most (a loop is an error, not a hang)


class SettingError(ValueError):
    """A setting that cannot be used; the message names it (`extra.explainer.workers: …`)."""


@dataclass(frozen=True)
class Settings:
    """Where the pipeline reads and keeps things, and how it runs: the `extra.explainer` keys, checked."""

    seeds: Path
    cache: Path | None = None  # None: no cache
    workers: int | None = None  # local worker processes (None: one per CPU core)
    executor: str | None = None  # a Dask scheduler address instead of the local pool
    search_split: str | None = None  # "year": one search index per publication year
    pages: Path | None = None  # the hand-written pages (a config's docs_dir), for `generate`

    def with_changes(self, **changes: Any) -> Settings:
        """These settings with the given ones replaced, each checked (command-line flags over the file's)."""
        given = {key: value for key, value in changes.items() if value is not None}
        return _checked(replace(self, **given))


def settings_from(explainer: Mapping[str, Any] | None, base: Path, docs_dir: Path | None = None) -> Settings:
    """The checked settings of an `extra.explainer` mapping, paths resolved against `base` (the config's folder).
    `seeds: false` is refused; `cache: false` turns the cache off."""
    explainer = dict(explainer or {})
    if not isinstance(explainer, dict):
        raise SettingError(f"extra.explainer: expected a mapping of settings, got {explainer!r}")
    seeds = explainer.get("seeds", SEEDS)
    if not isinstance(seeds, str) or not seeds.strip():
        raise SettingError(f"extra.explainer.seeds: expected the folder of articles, got {seeds!r}")
    cache = explainer.get("cache", CACHE)
    if cache is not False and cache is not None and not isinstance(cache, str):
        raise SettingError(f"extra.explainer.cache: expected a folder or false, got {cache!r}")
    return _checked(Settings(
        seeds=(base / seeds).resolve(),
        cache=(base / cache).resolve() if isinstance(cache, str) and cache.strip() else None,
        workers=explainer.get("workers"), executor=explainer.get("executor"),
        search_split=explainer.get("search_split"), pages=docs_dir))


def _checked(settings: Settings) -> Settings:
    try:
        if settings.workers is not None:
            worker_count(settings.workers)
        return replace(settings, executor=scheduler_address(settings.executor),
                       search_split=split_mode(settings.search_split))
    except (ExecutorError, SearchSettingError) as error:
        raise SettingError(str(error)) from error


def read_config(path: Path) -> Settings:
    """The settings of a mkdocs.yml (or a config inheriting one): `extra.explainer` and `docs_dir`. Raises
    SettingError when the file cannot be read or parsed."""
    config = _load_config(path.resolve(), 0)
    extra = config.get("extra") or {}
    if not isinstance(extra, dict):
        raise SettingError(f"{path.name}: extra: expected a mapping, got {extra!r}")
    base = path.resolve().parent
    docs_dir = config.get("docs_dir", PAGES)
    if not isinstance(docs_dir, str):
        raise SettingError(f"{path.name}: docs_dir: expected a folder, got {docs_dir!r}")
    return settings_from(extra.get("explainer"), base, (base / docs_dir).resolve())


def _load_config(path: Path, depth: int) -> dict[str, Any]:
    """One config file as a mapping, with its INHERIT parent merged under it (as MkDocs merges them)."""
    if depth > MAX_INHERIT:
        raise SettingError(f"{path.name}: INHERIT goes deeper than {MAX_INHERIT} files (a loop?)")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise SettingError(f"{path}: cannot be read ({error})") from error
    try:
        data = yaml.load(text, Loader=_ConfigLoader) or {}
    except yaml.YAMLError as error:
        raise SettingError(f"{path.name}: not valid YAML ({str(error).splitlines()[0]})") from error
    if not isinstance(data, dict):
        raise SettingError(f"{path.name}: expected a mapping of settings")
    parent = data.pop("INHERIT", None)
    if parent is None:
        return data
    return _merge(_load_config((path.parent / str(parent)).resolve(), depth + 1), data)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` on top of `base`, mappings merged key by key (MkDocs' INHERIT rule)."""
    merged = dict(base)
    for key, value in over.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict) \
            else value
    return merged


class _ConfigLoader(yaml.SafeLoader):
    """Safe loading of a MkDocs config: `!ENV` as MkDocs reads it, any other tag (`!!python/name:…`) as None."""


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, OTHER, default]`: the first variable set, else the default (else None)."""
    names = [loader.construct_scalar(node)] if isinstance(node, yaml.ScalarNode) else \
        loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else []
    default = names.pop() if len(names) > 1 else None
    for name in names:
        if isinstance(name, str) and name in os.environ:
            return yaml.safe_load(os.environ[name]) if os.environ[name] else os.environ[name]
    return default


_ConfigLoader.add_constructor("!ENV", _env_tag)
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)
