"""page_output.py: a plain rebuild puts back the file the last build wrote for a page whose inputs are unchanged
(no template rendered, nothing written, nothing logged) and the site is byte-identical to a fresh build; a changed
page, a file changed in the site folder, a changed template, another plugin rendering pages or a failed build
keep nothing wrong."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from page_output import ASIDE, _stable, cache_key_unsafe

WIRING = '''
from pathlib import Path
import page_output

_state = {}


def on_pre_build(config):
    _state["outputs"] = page_output.PageOutputs(Path(config["extra"]["cache"]), "v1", config, __name__)


def on_nav(nav, config, files):
    _state["nav"] = nav


def on_env(env, config, files):
    pages = [file.page for file in files.documentation_pages() if file.page is not None]
    _state["outputs"].choose(env, config, pages, _state.pop("nav"))
    return env


def on_page_context(context, page, config, nav):
    return _state["outputs"].context(context, page)


def on_post_page(output, page, config):
    if page.file.src_uri == "jalur.md" and Path(config["extra"]["cache"], "fail").exists():
        raise RuntimeError("a build that fails")
    return output


def on_post_build(config):
    outputs = _state.pop("outputs")
    Path(config["extra"]["cache"], "kept.txt").write_text(f"{outputs.kept} {len(outputs.keys)}")
    outputs.finish()


def on_build_error(error):
    _state.pop("outputs").end()
'''
PAGES = {
    "index.md": "# Beranda Uji\n\nPengantar singkat tentang banjir di lembah.\n",
    "posko.md": "# Posko Banjir\n\n## Jam Buka\n\nPosko buka setiap hari sejak pukul tujuh.\n",
    "jalur.md": "# Jalur Evakuasi\n\nJalur utama lewat jembatan baru.\n",
}


def _project(folder: Path, other_hook: str = "") -> Path:
    docs, overrides = folder / "docs", folder / "overrides"
    docs.mkdir(parents=True)
    overrides.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    (overrides / "main.html").write_text('{% extends "base.html" %}\n', encoding="utf-8")
    (folder / "wiring.py").write_text(WIRING, encoding="utf-8")
    hooks = "  - wiring.py\n" + (f"  - {other_hook}\n" if other_hook else "")
    config = folder / "mkdocs.yml"
    config.write_text(f"site_name: Uji\ntheme:\n  name: material\n  custom_dir: overrides\n  font: false\n"
                      f"plugins: []\nhooks:\n{hooks}extra:\n  cache: {folder / 'cache'}\n", encoding="utf-8")
    (folder / "cache").mkdir()
    return config


def _build(config: Path, site: Path) -> tuple[int, int]:
    """Build into `site`; (pages written from the last build's files, pages written)."""
    build(load_config(str(config), site_dir=str(site)))
    kept, written = (config.parent / "cache" / "kept.txt").read_text().split()
    return int(kept), int(written)


def _files(site: Path) -> dict[str, str]:
    return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site.rglob("*")) if path.is_file()}


def _fresh(tmp_path: Path, name: str, source: Path) -> dict[str, str]:
    """The site a first build of `source`'s pages makes (nothing kept)."""
    config = _project(tmp_path / name)
    for page in (source / "docs").iterdir():
        (tmp_path / name / "docs" / page.name).write_bytes(page.read_bytes())
    site = tmp_path / name / "site"
    assert _build(config, site)[0] == 0
    return _files(site)


def test_unchanged_pages_are_written_from_the_last_build_and_a_changed_one_is_rendered(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = _project(tmp_path / "uji")
    site = tmp_path / "uji" / "site"
    assert _build(config, site) == (0, 3)
    first = _files(site)
    caplog.set_level(logging.INFO, logger="mkdocs")
    assert _build(config, site) == (3, 3)
    assert _files(site) == first
    assert not [record for record in caplog.records if "Page skipped" in record.getMessage()]  # held back
    assert not (site / ASIDE).exists()  # the last build's files, set aside, are gone once the build ends
    posko = tmp_path / "uji" / "docs" / "posko.md"
    posko.write_text(posko.read_text(encoding="utf-8").replace("pukul tujuh", "pukul enam"), encoding="utf-8")
    assert _build(config, site) == (2, 3)  # the title is the same: its neighbours' outputs are kept
    assert "pukul enam" in (site / "posko" / "index.html").read_text(encoding="utf-8")
    assert _files(site) == _fresh(tmp_path, "segar", tmp_path / "uji")


def test_a_page_whose_file_changed_in_the_site_folder_is_rendered_again(tmp_path: Path) -> None:
    config = _project(tmp_path / "uji")
    site = tmp_path / "uji" / "site"
    _build(config, site)
    first = _files(site)
    with (site / "jalur" / "index.html").open("a", encoding="utf-8") as page:
        page.write("<!-- diubah tangan -->")
    assert _build(config, site) == (2, 3)
    assert _files(site) == first


def test_a_changed_template_renders_every_page_again(tmp_path: Path) -> None:
    config = _project(tmp_path / "uji")
    site = tmp_path / "uji" / "site"
    _build(config, site)
    (tmp_path / "uji" / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block announce %}Pengumuman uji{% endblock %}\n', encoding="utf-8")
    assert _build(config, site) == (0, 3)
    assert "Pengumuman uji" in (site / "index.html").read_text(encoding="utf-8")


def test_another_plugin_rendering_pages_keeps_nothing(tmp_path: Path) -> None:
    config = _project(tmp_path / "uji", other_hook="lain.py")
    (tmp_path / "uji" / "lain.py").write_text(
        "def on_page_context(context, page, config, nav):\n    context['tambahan'] = 1\n    return context\n",
        encoding="utf-8")
    site = tmp_path / "uji" / "site"
    _build(config, site)
    assert _build(config, site) == (0, 0)


def test_a_failed_build_leaves_no_record_and_nothing_aside(tmp_path: Path) -> None:
    config = _project(tmp_path / "uji")
    site = tmp_path / "uji" / "site"
    _build(config, site)
    first = _files(site)
    (tmp_path / "uji" / "cache" / "fail").touch()
    with pytest.raises(Exception, match="a build that fails"):
        _build(config, site)
    assert not (site / ASIDE).exists()
    (tmp_path / "uji" / "cache" / "fail").unlink()
    assert _build(config, site) == (0, 3)  # the failed build took the record: nothing is trusted
    assert _files(site) == first


def test_templates_using_values_not_hashed_make_keeping_unsafe(tmp_path: Path) -> None:
    config = _project(tmp_path / "uji")
    main = tmp_path / "uji" / "overrides" / "main.html"
    main.write_text('{% extends "base.html" %}\n{# every page has a footer #}\n'
                    '{% block footer %}{{ nav_item.pages }}{% endblock %}\n', encoding="utf-8")
    assert not cache_key_unsafe(load_config(str(config)))
    main.write_text('{% extends "base.html" %}\n{% block footer %}{{ build_date_utc }}{% endblock %}\n',
                    encoding="utf-8")
    assert cache_key_unsafe(load_config(str(config)))
    main.write_text('{% extends "base.html" %}\n{% block footer %}{{ pages | length }}{% endblock %}\n',
                    encoding="utf-8")
    assert cache_key_unsafe(load_config(str(config)))


def test_sets_in_the_config_hash_the_same_in_any_order() -> None:
    assert _stable({"sitemap.xml", "404.html"}) == "{'404.html', 'sitemap.xml'}"
    assert _stable({"b": {"y", "x"}}) == "{'b': {'x', 'y'}}"
