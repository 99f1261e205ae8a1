"""Places described by where people come from and go to: "ribuan massa dari Lembah Hijau" -> Lembah Hijau is
"wilayah asal massa"; "mahasiswa menuju kawasan Istana Sari" -> Istana Sari is "yang dituju mahasiswa"."""

from __future__ import annotations

import re

from .nameruns import Draft

# People who come and go in news: crowds, protesters, travellers.
_PEOPLE = (r"massa(?:\s+aksi)?|warga|buruh|mahasiswa|pengunjuk\s+rasa|demonstran|peserta(?:\s+aksi)?|pengungsi|"
           r"suporter|pendukung|relawan|pemudik|wisatawan|jemaah|petani|nelayan|pedagang|siswa|atlet|rombongan")
_PEOPLE_WORDS = frozenset(w for w in re.findall(r"[a-z]+", _PEOPLE) if len(w) > 3 and w not in ("aksi", "rasa"))
_FROM = re.compile(rf"\b({_PEOPLE})\s+(?:yang\s+datang\s+)?dari\s+$", re.I)
_TO = re.compile(rf"\b({_PEOPLE})\s+(?:[a-z]+\s+){{0,2}}?(?:menuju|mendatangi|merangsek\s+ke|bergerak\s+ke|"
                 rf"berjalan\s+ke|long\s+march\s+ke)\s+(?:kawasan\s+|depan\s+)?$", re.I)


def attach_movement(text: str, a: int, drafts: list[Draft], sentence_text: str) -> None:
    """Give a place with no description the people the sentence says come from it or head to it."""
    if _PEOPLE_WORDS.isdisjoint(sentence_text.lower().split()):
        return
    for draft in drafts:
        if draft.title_only or draft.description or draft.type != "place":
            continue
        before = text[max(a, draft.start - 60):draft.start]
        came = _FROM.search(before)
        went = None if came else _TO.search(before)
        if came:
            draft.description = f"wilayah asal {' '.join(came.group(1).lower().split())}"
        elif went:
            draft.description = f"yang dituju {' '.join(went.group(1).lower().split())}"
        else:
            continue
        draft.quote = sentence_text
