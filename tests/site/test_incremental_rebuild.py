"""Adding, changing and removing an article, in sequence, on a small invented corpus: after each step a warm
rebuild (plain and `mkdocs build --dirty`, each into its own site folder with its own cache) is byte-identical
to a cold build of the same seeds, with the same set of files (a removed article leaves nothing behind); the
plain one converts only some pages again, and renders only some through the theme's templates."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from sitebuild import build

ARTICLES = {
    "01_jembatan.txt": (
        "Jembatan Gantung Lembah Sarikaton Putus Diterjang Banjir\n\n"
        "Jembatan gantung di Lembah Sarikaton putus pada Selasa, 4 Maret 2031, setelah hujan deras semalam.\n\n"
        "Kepala Desa Sarikaton, Darmaji Kusnowo, mengatakan tidak ada korban jiwa. \"Warga sudah kami minta "
        "menjauh sejak sore,\" kata Darmaji.\n\n"
        "Badan Penanggulangan Bencana Kabupaten Wirasena mencatat dua rumah rusak di tepi sungai.\n"),
    "02_posko.txt": (
        "Posko Pengungsian Dibuka di Balai Desa Sarikaton\n\n"
        "Pemerintah Kabupaten Wirasena membuka posko pengungsian di balai desa pada Rabu, 5 Maret 2031.\n\n"
        "Bupati Wirasena, Sulastri Hadiwarno, meninjau posko dan berjanji membangun jembatan darurat dalam "
        "dua pekan. \"Anak-anak harus bisa kembali bersekolah,\" ujar Sulastri.\n\n"
        "Darmaji Kusnowo menyebut 40 keluarga mengungsi ke balai desa.\n"),
    "03_darurat.txt": (
        "Jembatan Darurat Sarikaton Mulai Dibangun\n\n"
        "Pembangunan jembatan darurat di Lembah Sarikaton dimulai pada Senin, 10 Maret 2031.\n\n"
        "Tentara dari Komando Distrik Wirasena membantu memasang rangka baja. Sulastri Hadiwarno mengatakan "
        "jembatan itu ditargetkan selesai akhir Maret 2031.\n"),
}
ADDED = ("04_sekolah.txt", (
    "Siswa Sarikaton Kembali Bersekolah Lewat Jembatan Darurat\n\n"
    "Jembatan darurat di Lembah Sarikaton dibuka untuk pejalan kaki pada Jumat, 21 Maret 2031.\n\n"
    "Kepala SD Negeri Sarikaton, Wulan Prastika, mengatakan semua siswa hadir pada hari pertama. \"Kami "
    "lega sekali,\" kata Wulan.\n"))
CHANGED = ("02_posko.txt", "40 keluarga", "52 keluarga")
REMOVED = "01_jembatan.txt"


def _files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _differences(warm: Path, cold: Path) -> list[str]:
    """Site paths present in only one of the folders or with different bytes ([] when identical)."""
    warm_files, cold_files = _files(warm), _files(cold)
    return sorted(path for path in warm_files.keys() | cold_files.keys()
                  if warm_files.get(path) != cold_files.get(path))


def _add(seeds: Path) -> None:
    (seeds / ADDED[0]).write_text(ADDED[1], encoding="utf-8")


def _change(seeds: Path) -> None:
    name, old, new = CHANGED
    text = (seeds / name).read_text(encoding="utf-8")
    assert old in text
    (seeds / name).write_text(text.replace(old, new), encoding="utf-8")


def _remove(seeds: Path) -> None:
    (seeds / REMOVED).unlink()


def test_add_change_remove_rebuilds_are_byte_identical_to_cold_builds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    plain, dirty = tmp_path / "plain" / "site", tmp_path / "dirty" / "site"  # each its own cache beside it
    for site in (plain, dirty):
        site.parent.mkdir()
        done = build(site, seeds)
        assert done.returncode == 0, done.stderr[-3000:]
    removed_pages = [path for path in _files(dirty) if path.startswith("artikel/") and "sarikaton-putus" in path]
    assert removed_pages  # the page of the article the last step removes
    for number, step in enumerate((_add, _change, _remove)):
        step(seeds)
        done = build(plain, seeds)
        assert done.returncode == 0, done.stderr[-3000:]
        converted = re.search(r"explainer: (\d+) of (\d+) pages converted", done.stderr)
        assert converted and int(converted[1]) < int(converted[2])  # some pages keep their HTML (page_html.py)
        kept = re.search(r"explainer: (\d+) of (\d+) pages kept as the last build wrote them", done.stderr)
        assert kept and 0 < int(kept[1]) < int(kept[2])  # and some their whole output (page_output.py)
        again = build(dirty, seeds, strict=False, dirty=True)  # MkDocs warns about every dirty build
        assert again.returncode == 0, again.stderr[-3000:]
        assert "articles (0 from cache)" not in again.stderr  # the warm cache was used
        cold_seeds = tmp_path / f"cold{number}" / "seeds"  # a fresh cache beside a fresh site folder
        shutil.copytree(seeds, cold_seeds)
        cold_site = tmp_path / f"cold{number}" / "site"
        cold = build(cold_site, cold_seeds)
        assert cold.returncode == 0, cold.stderr[-3000:]
        assert _differences(plain, cold_site) == [], step.__name__
        assert _differences(dirty, cold_site) == [], step.__name__
    assert not set(removed_pages) & set(_files(dirty))
    assert not (dirty / removed_pages[0]).parent.exists()  # nor the folder it leaves empty
