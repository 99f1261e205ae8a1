"""`python -m explainer new`: a site folder for a new subject that builds at once and serves, rebuilding when its
seeds change; its config is the project's with the new title, description and address."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from explainer.cli import main
from explainer.newsite import NewSiteError, _Loader, kit_files, new_site
from paths import ROOT

# Three short articles about an invented local flood, in the shape of text copied out of a news page.
ARTICLES = {
    "banjir-1.txt": "Banjir Rendam Empat Desa di Kabupaten Lembah Hijau\n\nSenin, 3 Maret 2025 08:15 WIB\n\n"
                    "LEMBAH HIJAU, Warta Lembah - Banjir merendam empat desa di Kabupaten Lembah Hijau pada Minggu "
                    "(2/3/2025) setelah hujan deras turun sejak Sabtu malam.\n\nKepala Badan Penanggulangan "
                    "Bencana Daerah Lembah Hijau, Sri Wahyuni, mengatakan air setinggi satu meter masuk ke rumah "
                    "warga.\n\n\u201cKami sudah membuka tiga posko pengungsian,\u201d kata Sri Wahyuni.\n",
    "banjir-2.txt": "Pengungsi Banjir Lembah Hijau Mulai Pulang\n\nRabu, 5 Maret 2025 14:00 WIB\n\n"
                    "LEMBAH HIJAU, Kabar Hulu - Sebagian pengungsi banjir di Kabupaten Lembah Hijau mulai pulang ke "
                    "rumah pada Selasa (4/3/2025) setelah air surut.\n\nSri Wahyuni dari Badan Penanggulangan "
                    "Bencana Daerah meminta warga tetap waspada karena hujan diperkirakan turun lagi pekan depan.\n",
    "banjir-3.txt": "Bupati Lembah Hijau Tinjau Tanggul yang Jebol\n\nKamis, 6 Maret 2025 10:30 WIB\n\n"
                    "LEMBAH HIJAU, Warta Lembah - Bupati Lembah Hijau Andi Saputra meninjau tanggul Sungai Hijau "
                    "yang jebol pada Rabu (5/3/2025).\n\nPerbaikan tanggul akan dimulai pada 10 Maret 2025, "
                    "kata Andi Saputra.\n",
}
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def _config(folder: Path) -> dict:
    return yaml.load((folder / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def test_new_site_is_the_projects_config_with_its_own_title_description_and_address(tmp_path):
    folder = tmp_path / "banjir-hulu"
    title = 'Banjir "Lembah Hijau": 2025 # data'
    written = new_site(folder, title, "Banjir di Lembah Hijau,  Maret 2025.")
    mine, project = _config(folder), yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    assert mine["site_name"] == title and mine["site_description"] == "Banjir di Lembah Hijau, Maret 2025."
    assert 'SITE_URL, "https://example.github.io/banjir-hulu/"' in (folder / "mkdocs.yml").read_text(encoding="utf-8")
    same = {key: value for key, value in project.items() if key not in ("site_name", "site_description", "site_url")}
    assert {key: mine[key] for key in same} == same  # theme, hooks, nav, extensions, extra.explainer: the project's
    assert mine["extra"]["explainer"]["seeds"] == "seeds" and (folder / "seeds").is_dir()
    assert not any((folder / "seeds").iterdir())
    intro = (folder / "docs" / "index.md").read_text(encoding="utf-8")
    assert intro == ('---\ntitle: Beranda\n---\n\n# Banjir "Lembah Hijau": 2025 # data\n\n'
                     "Banjir di Lembah Hijau, Maret 2025.\n")
    kit = kit_files((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), ROOT)
    assert Path("hooks/explainer_hooks.py") in kit and Path("overrides/partials/header.html") in kit
    assert Path("hooks/page_html.py") in kit and Path("hooks/page_output.py") in kit  # modules the hooks import
    assert Path("docs/assets/explainer.css") in kit and Path("docs/javascripts/pagefind-search.js") in kit
    for path in kit:
        assert (folder / path).read_bytes() == (ROOT / path).read_bytes(), path
        assert folder / path in written
    assert (folder / ".gitignore").read_text(encoding="utf-8") == "/site/\n.cache/\n"


def test_new_site_refuses_a_folder_in_use_and_an_empty_title(tmp_path):
    (tmp_path / "dipakai").mkdir()
    (tmp_path / "dipakai" / "catatan.txt").write_text("milik orang lain", encoding="utf-8")
    with pytest.raises(NewSiteError, match="not an empty folder"):
        new_site(tmp_path / "dipakai", "Judul")
    assert (tmp_path / "dipakai" / "catatan.txt").read_text(encoding="utf-8") == "milik orang lain"
    with pytest.raises(NewSiteError, match="title is empty"):
        new_site(tmp_path / "baru", "   ")
    assert not (tmp_path / "baru").exists()
    (tmp_path / "kosong").mkdir()
    assert new_site(tmp_path / "kosong", "Judul")  # an empty folder is fine


def test_the_command_line_makes_the_folder_and_says_what_next(tmp_path, capsys, caplog):
    assert main(["new", str(tmp_path / "situs"), "--title", "Pemilu Desa"]) == 0
    out = capsys.readouterr().out
    assert "mkdocs.yml" in out and "seeds" in out and "mkdocs serve" in out
    assert _config(tmp_path / "situs")["site_description"] == "Penjelasan tentang Pemilu Desa, disusun dari artikel berita."
    assert main(["new", str(tmp_path / "situs"), "--title", "Lagi"]) == 2
    assert "not an empty folder" in caplog.text
    done = subprocess.run([sys.executable, "-m", "explainer", "new", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "--title" in done.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = _get(url)
        if page is not None and text in page:
            return True
        time.sleep(0.5)
    return False


def test_a_new_subject_end_to_end_builds_strictly_and_serve_follows_its_seeds(tmp_path):
    folder = tmp_path / "banjir"
    done = subprocess.run([sys.executable, "-m", "explainer", "new", str(folder), "--title", "Banjir Lembah Hijau"],
                          capture_output=True, text=True, env=ENV)
    assert done.returncode == 0, done.stderr
    # The articles live outside the site folder: extra.explainer.seeds points there, and nothing else says so.
    seeds = tmp_path / "naskah"
    seeds.mkdir()
    config = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.count("    seeds: seeds\n") == 1 and "seeds" not in _config(folder)["watch"]
    (folder / "mkdocs.yml").write_text(config.replace("    seeds: seeds\n", "    seeds: ../naskah\n"), encoding="utf-8")
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=folder, capture_output=True,
                           text=True, env=ENV)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-3000:]
    site = folder / "site"
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert sorted(record["source_file"] for record in records) == sorted(ARTICLES)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>Banjir Lembah Hijau</title>" in home or "Banjir Lembah Hijau</title>" in home
    assert "Kim Jong" not in home and "Putin" not in home  # nothing of the example subject
    assert "Situs ini menyusun 3 artikel dari 2 media" in home
    port = _free_port()
    served = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    try:
        index = f"http://127.0.0.1:{port}/banjir/artikel/"
        assert _wait_for(index, "Bupati Lembah Hijau Tinjau Tanggul", 90), "mkdocs serve did not serve the site"
        (seeds / "banjir-4.txt").write_text(
            "Sekolah di Lembah Hijau Kembali Dibuka\n\nJumat, 7 Maret 2025 09:00 WIB\n\nLEMBAH HIJAU, Kabar Hulu - "
            "Sekolah yang terendam banjir di Kabupaten Lembah Hijau kembali dibuka pada Jumat (7/3/2025).\n",
            encoding="utf-8")
        assert _wait_for(index, "Sekolah di Lembah Hijau Kembali Dibuka", 90), "serve did not rebuild on a new seed"
    finally:
        served.terminate()
        try:
            served.wait(timeout=20)
        except subprocess.TimeoutExpired:
            served.kill()
            served.wait()
