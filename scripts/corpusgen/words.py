"""Calendar words, small text helpers and word-count bounds shared by the generator; `load_data` reads data/*.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

MIN_WORDS, MAX_WORDS = 300, 900  # every raw file's length in words

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTHS_EN_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # index = weekday()
DAYS_SHORT = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
NUMBER_WORDS = {2: "dua", 3: "tiga", 4: "empat", 5: "lima"}
ORDINALS = ("kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan")

# Words left lower-case inside a headline ("Kim Jong-un Dibawa dengan Kereta ke Rusia").
HEADLINE_SMALL_WORDS = frozenset(("di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada",
                                  "atau", "oleh", "dalam", "sebagai", "hingga", "bagi"))


def load_data(name: str) -> dict:
    """The word lists and templates of data/<name>.json, every list as a tuple."""
    return _frozen(json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))


def _frozen(value: object) -> object:
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value


def count_words(text: str) -> int:
    return len(text.split())


def capitalize_first(text: str) -> str:
    """Upper-case the first letter, skipping opening quote marks."""
    i = 0
    while i < len(text) and text[i] in "\"“'‘(":
        i += 1
    return text[:i] + text[i:i + 1].upper() + text[i + 1:]


def headline_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if (i and w in HEADLINE_SMALL_WORDS) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def thousands(n: int) -> str:
    """12500 -> '12.500' (Indonesian digit grouping)."""
    return f"{n:,}".replace(",", ".")


_TIDY_RULES = (
    (re.compile(r",\s*([.,;:?!])"), r"\1"),  # "Budi, warga Desa X,." -> "Budi, warga Desa X."
    (re.compile(r"[ \t]{2,}"), " "),
    (re.compile(r" ([.,;:?!])"), r"\1"),
)


def tidy(sentence: str) -> str:
    for pattern, replacement in _TIDY_RULES:
        sentence = pattern.sub(replacement, sentence)
    return sentence.strip()


def month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
