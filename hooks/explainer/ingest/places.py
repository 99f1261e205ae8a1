"""Known place names (cities, regions), for telling a dateline's city from an outlet's name."""

from __future__ import annotations

# Provincial capitals and other large Indonesian cities that open datelines; world names live in the
# entity gazetteer. Lower case.
DATELINE_CITIES = frozenset("""
    jakarta bandung surabaya semarang yogyakarta medan makassar palembang denpasar balikpapan samarinda
    pontianak banjarmasin palangkaraya manado palu kendari gorontalo mamuju ambon ternate jayapura manokwari
    sorong merauke kupang mataram padang pekanbaru jambi bengkulu lampung bandarlampung serang tangerang
    bekasi depok bogor cirebon tasikmalaya sukabumi malang solo surakarta kediri madiun jember banyuwangi
    batam tanjungpinang pangkalpinang banda aceh lhokseumawe sabang pematangsiantar tarakan tanjungselor
    purwokerto tegal pekalongan magelang salatiga blitar probolinggo pasuruan mojokerto sidoarjo gresik
""".split())


def is_known_place(name: str) -> bool:
    """True for a known city name, in any case ("BALIKPAPAN", "Balikpapan")."""
    return name.strip().lower() in DATELINE_CITIES
