"""Recognise the kinds of non-article lines a news scrape carries, by their form, never by their text."""

from __future__ import annotations

import functools
import re

WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad")

# "Baca Juga: headline", "BACA JUGA:  headline", "Simak juga - headline", "Lihat Juga : ..." (teasers).
TEASER = re.compile(
    r"^\s*(?:(?:baca|simak|lihat|cek|klik|tonton|dengarkan)\s+(?:juga|pula|selengkapnya|lainnya)|baca(?=\s*:)|"
    r"(?:(?:simak|saksikan|tonton|lihat)\s*!?\s+)?(?:berita|artikel|bacaan|video)\s+"
    r"(?:terkait|lainnya|pilihan|menarik|populer)(?:\s+(?:redaksi|editor|kami))?)\b\s*[:\-–—>»]*\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# A header introducing a list of other articles ("Berita Terkait", "BERITA TERPOPULER", "Rekomendasi").
RELATED_HEADER = re.compile(
    r"^\s*(?:(?:berita|artikel|baca|bacaan|video|foto|konten|topik)\s+)?"
    r"(?:terkait|terkini|terbaru|terpopuler|populer|pilihan|lainnya|rekomendasi|juga|menarik|"
    r"trending|terhangat|hari ini|selanjutnya|sebelumnya|pilihan editor|editor's pick|jangan\s+lewatkan)"
    r"(?:\s+lainnya)?\s*[:!.]*\s*$",
    re.IGNORECASE,
)
# Tag blocks: "Topik", "Topik:", "Tags: a, b", "Tag: #a #b", "Kata kunci: ...".
TAGS = re.compile(r"^\s*(?:topik|tags?|tagar|kata\s+kunci|keywords?|label)\s*(?::|$)(?P<rest>.*)$",
                  re.IGNORECASE)
COPYRIGHT = re.compile(r"(?:^\s*(?:©|\(c\)|copyright|hak\s+cipta)|all rights reserved|hak cipta dilindungi)",
                       re.IGNORECASE)
# A line that only opens with "Hak cipta"/"Copyright" is a notice when it is short or carries a year or a
# symbol; a long sentence opening so ("Hak cipta atas lagu itu ...") is body text about copyright.
COPYRIGHT_NOTICE = re.compile(r"©|\(c\)|\b(?:19|20)\d\d\b|all rights|dilindungi", re.IGNORECASE)
COPYRIGHT_MAX_WORDS = 12
# Comment, share and follow widgets, and reader prompts.
WIDGET = re.compile(
    r"^\s*(?:tinggalkan\s+(?:balasan|komentar)|komentar|komentari|(?:bagikan|share|sebarkan)(?:\s+(?:artikel|berita|"
    r"tulisan|halaman)(?:\s+ini)?)?|"
    r"(?:facebook|twitter|whatsapp|telegram|line|x|linkedin|email|salin\s+link|copy\s+link)"
    r"(?:[\s|,·•/]+(?:facebook|twitter|whatsapp|telegram|line|x|linkedin|email|salin\s+link|copy\s+link))*|"
    r"laporkan\s+iklan|advertisement|iklan|sponsored|konten\s+(?:bersponsor|promosi)|"
    r"scroll\s+(?:down\s+)?to\s+(?:continue|resume)(?:\s+(?:with|reading))?(?:\s+(?:the\s+)?content)?|"
    r"gulir\s+untuk\s+melanjutkan|loading\.*|memuat\.*|"
    r"placeholder|menu|cari|search|login|masuk|daftar|beranda|home|tutup|close|"
    r"skip\s+to\s+(?:the\s+)?(?:main\s+)?content|lewati\s+ke\s+(?:konten|isi)(?:\s+utama)?|"
    r"ikuti\s+kami|follow\s+us|kirim|print|cetak|font|a\+|a-)\s*:?\s*$",
    re.IGNORECASE,
)
# Promotions of the outlet itself: apps, Google News, channels, newsletters.
PROMO = re.compile(
    r"(?:google\s+news|whatsapp\s+channel|saluran\s+whatsapp|telegram|instal(?:l)?\s+aplikasi|"
    r"unduh\s+aplikasi|download\s+aplikasi|langganan|berlangganan|newsletter|"
    r"(?:ikuti|follow)\s+(?:berita|kami|akun|instagram|twitter|tiktok|youtube)|"
    r"dapatkan\s+(?:update|berita|informasi)|baca\s+berita\s+(?:terbaru|terkini|lainnya)|"
    r"(?:kabar|berita|informasi|update)\s+(?:terbaru|terkini)|hanya\s+di\s+\S+\.(?:com|id|co|net)\b|"
    r"silakan\s+baca|simak\s+(?:berita|update|informasi)\s+(?:terbaru|terkini|lainnya|menarik)|"
    r"breaking\s+news|berita\s+pilihan|tanpa\s+iklan|langsung\s+di\s+(?:ponsel|hp|gawai|smartphone)\w*)",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"^\s*(?:baca|simak|dapatkan|ikuti|follow|silakan|silahkan|yuk|ayo|jangan\s+lupa|download|unduh|klik|"
    r"gabung|bergabung|kunjungi|install|instal|saksikan|tonton|cek|pantau|langganan|berlangganan|update)\b",
    re.IGNORECASE,
)
_ALWAYS_PROMO = re.compile(r"google\s+news|whatsapp\s+channel|saluran\s+whatsapp|tanpa\s+iklan", re.IGNORECASE)

# Notices about the page rather than the story: cross-posting, comment prompts, cookie consent.
NOTICE = re.compile(
    r"^\s*(?:(?:artikel|berita|tulisan|konten)\s+ini\s+(?:sebelumnya\s+)?(?:telah|sudah|juga)\s+(?:tayang|naik|"
    r"terbit|dimuat|diterbitkan|tayang)\s+(?:di|dengan\s+judul)\b|"
    r"(?:tulis|berikan|kirim|sampaikan)\s+(?:tanggapan|komentar|pendapat)(?:mu|nya|\s+anda)?\b|"
    r"(?:write|leave|post)\s+a\s+(?:comment|reply|response)\b|"
    r".{0,120}\b(?:cookies?|kuki)\b.{0,80}\b(?:menggunakan|gunakan|setuju|izinkan|use|uses|accept|agree|consent)\b|"
    r".{0,60}\b(?:use|uses|menggunakan|gunakan)\s+(?:\w+\s+){0,2}(?:cookies?|kuki)\b)",
    re.IGNORECASE,
)
NOTICE_MAX_WORDS = 45
_NOTICE_KEYS = ("ini telah", "ini sudah", "ini juga", "ini sebelumnya", "tanggapan", "komentar", "pendapat",
                "comment", "reply", "response", "cookie", "kuki")

# Site furniture: hit counters, logos, verification badges, footer link rows.
FURNITURE = re.compile(
    r"(?:\bhit\s+counter\b|\blogo\s*$|terverifikasi\s+dewan\s+pers|pedoman\s+media\s+siber|"
    r"\bredaksi\s*\|\s*|\|\s*kontak\b|tentang\s+kami\s*\||^\s*(?:beranda|home)\s*[»>›/|])",
    re.IGNORECASE,
)
# Image captions: "... (Foto: Reuters)", "... [AP]", "Ilustrasi ...", "(ANTARA/Foto)".
CAPTION = re.compile(
    r"(?:\((?i:foto|photo|dok|dokumentasi|ilustrasi|sumber\s+foto|image|gambar)\b[^)]*\)\s*$|"
    r"\[(?:[A-Z][A-Za-z./ ]{0,24})\]\s*$|^\s*(?i:foto|ilustrasi)\s*:|"
    r"^\s*(?i:ilustrasi)\b.{0,120}$|\((?:[A-Z]{2,}[A-Za-z]*/){1,2}[A-Za-z .]+\)\s*$|"
    r"^.{0,160}\s©\s*\S+(?:\s\S+)?\s*$|"  # "... © instagram.com/akun": a photo credit closes a caption
    r"^\s*(?i:image|gambar|photo|foto|ilustrasi)\s*:|"  # "Image: Kondisi pintu …", "Foto : X"
    r"\[(?i:foto|photo|dok|ilustrasi|sumber|gambar)\s*:[^\]]*\]\s*$|"  # "… [Foto: Antara/Nama]"
    r"(?:/|[.!?]\s)\s*(?i:foto|photo|dok|ist)\s*:\s*[^.!?]{2,60}$|"  # "… Malang/ Foto: Antara", "… . Foto: X/Y"
    r"[-(]\s*(?i:tangkapan\s+layar|screenshot|ist|istimewa)\s*[-)]?\s*$)",  # "….-tangkapan layar-"
)
DOUBLED_WORDS = 6  # a caption written twice (alt text and caption copied together) has at least this many words
# Reporter initials closing the last paragraph: "(*)", "(ant/rhm)", "(dna/mpr)", "(red)".
SIGN_OFF = re.compile(r"\s*\((?:\*|[a-z]{1,5}(?:/[a-z]{1,5}){0,3}|red|rls|adv)\)\s*$", re.IGNORECASE)
# A subheading that numbers its section: "2. Warga diminta tetap waspada".
NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}[.)]\s+\S")

_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?:\s|$|\[)|[。！？]")  # "… baru.[sumber]": a source tag after it
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Myanmar, Khmer).
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                       r"\uf900-\ufaff]")
UNSPACED_CHARS_PER_WORD = 2  # about two characters of such a script make one word
_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)


def words(line: str) -> list[str]:
    """Alphabetic words of a line."""
    return _WORD.findall(line)


def word_count(line: str) -> int:
    """Words of a line; in a script without spaces, every two characters count as one."""
    count = len(line.split())
    unspaced = len(_UNSPACED.findall(line)) if not line.isascii() else 0
    return count + unspaced // UNSPACED_CHARS_PER_WORD if unspaced else count


@functools.lru_cache(maxsize=8192)  # the cleaner asks about a line more than once
def is_prose(line: str) -> bool:
    """A line that reads as running text: several words and a sentence ending, or simply long."""
    count = word_count(line)
    if count >= 18:
        return True
    return count >= 6 and bool(_SENTENCE_END.search(line))


def is_headline_like(line: str) -> bool:
    """A short line in headline form: no sentence ending inside, not ending with a period."""
    stripped = line.strip()
    count = len(stripped.split())
    if not 2 <= count <= 24:
        return False
    return not stripped.endswith(".") and not _INNER_END.search(stripped)


_INNER_END = re.compile(r"[.!?](?:\s+\S|\[)")  # a sentence ending inside a line
MENU_ITEM_WORDS = 3.5  # menu items are one to three words; a headline split by "|" has longer parts


def is_menu(line: str) -> bool:
    """A navigation/category menu: items split by separators, or a long run of capitalised words."""
    tokens = line.split()
    if re.search(r"\s[|·•»›/]\s", line) and len(tokens) >= 4 and not _SENTENCE_END.search(line):
        items = [item for item in re.split(r"\s[|·•»›/]\s", line) if item.strip()]
        return len(tokens) / max(1, len(items)) < MENU_ITEM_WORDS  # "Judul | Anak judul" parts are long
    items = [item for item in re.split(r"\s{2,}|\t", line.strip()) if item]
    if len(items) >= 3 and all(len(item.split()) <= 3 and item[:1].isupper() for item in items) \
            and not _SENTENCE_END.search(line):
        return True  # "Beranda  Daerah  Olahraga  Indeks": items set apart by wide gaps
    return looks_like_word_menu(line)


def looks_like_word_menu(line: str) -> bool:
    """Ten or more capitalised words, no punctuation: a menu, or a headline in title case."""
    tokens = line.split()
    if len(tokens) < 10 or re.search(r"[.,!?;:\"“”]", line):
        return False
    capitalised = sum(1 for token in tokens if token[:1].isupper())
    return capitalised / len(tokens) >= 0.85


def is_numbered_heading(line: str) -> bool:
    """'2. Warga diminta tetap waspada': a numbered section title inside the body."""
    return bool(NUMBERED_HEADING.match(line)) and len(line.split()) <= 16 and not line.rstrip().endswith(".")


def is_section_word(line: str) -> bool:
    """A one- or two-word label such as a category name, 'Internasional' or 'Video'."""
    stripped = line.strip().rstrip(":")
    return 0 < len(stripped.split()) <= 2 and not _SENTENCE_END.search(stripped + " ")


def is_caption(line: str) -> bool:
    """An image caption: a credit or label form (CAPTION), or the same words twice in a row on one line (an
    image's alt text and its caption copied together)."""
    if _has_any(line.lower(), _CAPTION_KEYS) and CAPTION.search(line):
        return True
    text = " ".join(line.split())
    half = len(text) // 2
    return len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:] \
        and text.count(" ", 0, half) + 1 >= DOUBLED_WORDS


def is_teaser(line: str) -> bool:
    """'Baca Juga: …' with a headline after it (a standalone 'Baca Juga' is a related header)."""
    match = TEASER.match(line)
    return bool(match and match.group("rest").strip())


# Cheap pre-filters: a pattern is only tried when one of its key words occurs in the lower-cased line.
_COPYRIGHT_KEYS = ("©", "(c)", "copyright", "hak cipta", "all rights")
_CAPTION_KEYS = ("(", "[", "©", "foto", "photo", "ilustrasi", "image", "gambar", "dok", "tangkapan", "screenshot",
                 "ist", "/")
_FURNITURE_KEYS = ("counter", "logo", "dewan pers", "pedoman media", "redaksi", "kontak", "tentang kami",
                   "beranda", "home")
_PROMO_KEYS = ("google news", "whatsapp", "telegram", "aplikasi", "langganan", "newsletter", "ikuti", "follow",
               "dapatkan", "baca berita", "silakan", "terbaru", "terkini", "hanya di", "simak", "breaking news",
               "berita pilihan", "tanpa iklan", "langsung di")


@functools.cache
def _keys_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(key) for key in keys))


def _has_any(lower: str, keys: tuple[str, ...]) -> bool:
    return _keys_pattern(keys).search(lower) is not None  # one scan of the line for all keys


# A navigation link: "Kembali ke Beranda", "« Berita Sebelumnya", "Lihat Semua Berita", "Selengkapnya »".
NAV_LINK = re.compile(
    r"^\s*(?:[«‹←<]+\s*)?(?:kembali(?:\s+ke\s+\S+(?:\s+\S+)?)?|lihat\s+semua(?:\s+\S+)?|selengkapnya|"
    r"(?:berita|artikel|halaman|postingan|tulisan)\s+(?:sebelumnya|selanjutnya|berikutnya)|"
    r"(?:previous|next)\s+(?:article|post|story)|back\s+to\s+top|ke\s+atas)(?:\s*[»›→>]+)?\s*$",
    re.IGNORECASE)
NAV_LINK_CHARS = 40
# A line of hashtags only ("#PanenRaya #Sukamundur"): the page's tags.
HASHTAGS = re.compile(r"^\s*(?:#[^\W_][\w-]*[\s,;|·•]*)+$")


@functools.lru_cache(maxsize=8192)  # the cleaner asks about a line more than once (as itself, as the next line)
def is_junk_line(line: str) -> bool:
    """Any line that is boilerplate on its own, wherever it stands."""
    lower = line.lower()
    return bool(
        is_teaser(line)
        or ("#" in line and HASHTAGS.match(line))
        or (len(line) <= NAV_LINK_CHARS and bool(NAV_LINK.match(line)))
        or WIDGET.match(line)
        or (_has_any(lower, _COPYRIGHT_KEYS) and is_copyright(line))
        or (_has_any(lower, _FURNITURE_KEYS) and FURNITURE.search(line))
        or is_promo(line, lower)
        or is_notice(line, lower)
    )


def is_copyright(line: str) -> bool:
    """A copyright notice ("© 2024 Kabar X", "Hak cipta dilindungi undang-undang"), not prose about copyright."""
    return bool(COPYRIGHT.search(line)) and (len(line.split()) <= COPYRIGHT_MAX_WORDS
                                             or bool(COPYRIGHT_NOTICE.search(line)))


COMMENT_PROMPT = re.compile(r"^\s*(?:tulis|berikan|kirim|sampaikan|tinggalkan)\s+(?:tanggapan|komentar|pendapat)\w*\b",
                            re.IGNORECASE)


def is_comment_prompt(line: str) -> bool:
    """The prompt of a comment box ("Tulis komentarmu …", "Berikan tanggapan Anda"): the footer starts there."""
    return len(line.split()) <= NOTICE_MAX_WORDS and bool(COMMENT_PROMPT.match(line))


def is_notice(line: str, lower: str | None = None) -> bool:
    """A notice about the page: 'Artikel ini telah tayang di …', 'Tulis tanggapan Anda…', a cookie banner."""
    return (_has_any(lower or line.lower(), _NOTICE_KEYS) and len(line.split()) <= NOTICE_MAX_WORDS
            and bool(NOTICE.match(line)))


def is_promo(line: str, lower: str | None = None) -> bool:
    """The outlet advertising itself: an imperative promo sentence or a Google News/channel line."""
    if not _has_any(lower or line.lower(), _PROMO_KEYS) or len(line.split()) > 45 or not PROMO.search(line):
        return False
    return bool(_IMPERATIVE.match(line) or _ALWAYS_PROMO.search(line))
