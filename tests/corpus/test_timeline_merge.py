"""Clustering helpers of the timeline: exact word overlap and coarse dates joining finer ones."""

from __future__ import annotations

from explainer.corpus.timeline_merge import Cluster, Similarity, join_coarser


def _cluster(date: str, granularity: str, words: str, names: str = "", numbers: str = "") -> Cluster:
    return Cluster((date, "", granularity), [], frozenset(words.split()), frozenset(names.split()),
                   frozenset(numbers.split()), [])


def test_overlap_is_exact_whatever_order_the_sets_iterate_in():
    similarity = Similarity([])
    similarity.weight = {"x": 0.1, "y": 0.2, "z": 0.3, "q": 0.4, "w": 10.0}
    # 0.1 + 0.2 + 0.3 is 0.6000000000000001 in one order and 0.6 in another; the exact sum is 0.6
    assert similarity.overlap(frozenset("xyzq"), frozenset("xyzw")) == 0.6
    assert similarity.overlap(frozenset("qzyx"), frozenset("wzyx")) == 0.6


def test_a_year_joins_the_day_that_shares_its_names_among_many_other_days():
    days = [_cluster(f"2021-{month:02d}-{day:02d}", "day", "jatuhkan sanksi ekonomi perusahaan",
                     f"negara{month}{day} lembaga{month}{day}") for month in range(1, 13) for day in range(1, 29)]
    target = _cluster("2021-03-09", "day", "jatuhkan sanksi ekonomi perusahaan", "norwegia opkm")
    year = _cluster("2021", "year", "jatuhkan sanksi ekonomi perusahaan", "norwegia opkm")
    other_year = _cluster("2020-05-01", "day", "jatuhkan sanksi ekonomi perusahaan", "norwegia opkm")
    clusters = [*days, target, other_year, year]
    similarity = Similarity([cluster.words for cluster in clusters])
    year.events.append(("article", "event"))
    joined = join_coarser(clusters, similarity)
    assert year not in joined
    assert target.events == [("article", "event")]
    assert other_year.events == []  # another year is not inside "2021"
    assert len(joined) == len(clusters) - 1


def test_a_month_without_names_joins_a_nameless_day_with_the_same_words_only():
    named = _cluster("2022-07-14", "day", "harga beras naik tajam pasar", "bulog")
    nameless = _cluster("2022-07-20", "day", "harga beras naik tajam pasar")
    month = _cluster("2022-07", "month", "harga beras naik tajam pasar")
    month.events.append(("article", "event"))
    joined = join_coarser([named, nameless, month], Similarity([named.words, nameless.words, month.words]))
    assert joined == [named, nameless]
    assert nameless.events == [("article", "event")] and named.events == []
