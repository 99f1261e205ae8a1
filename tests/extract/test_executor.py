"""The per-article step gives the same exports on one worker, two workers and a Dask cluster, and a bad
executor setting stops the build with a message naming the setting."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from paths import MAKE_CORPUS, SEEDS
from explainer.extract import articles, executor
from explainer.extract.articles import POOL_THRESHOLD, Cache, extract_all, pipeline_version
from explainer.extract.executor import ExecutorError, scheduler_address, worker_count
from explainer.site import build_site


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More generated articles than the pool threshold, plus the five real seeds."""
    folder = tmp_path_factory.mktemp("executor") / "seeds"
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", str(POOL_THRESHOLD + 6), "--seed", "11",
                    "--out", str(folder)], check=True, capture_output=True)
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def _outputs(seeds: Path, **how) -> dict[str, str]:
    content = build_site(seeds, "Pengantar.", None, **how)
    assert len(content.articles) >= POOL_THRESHOLD
    return {**content.data, **content.pages}


@pytest.fixture(scope="module")
def serial(seeds: Path) -> dict[str, str]:
    return _outputs(seeds, workers=1)


def test_two_local_workers_give_the_same_bytes(seeds: Path, serial: dict[str, str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    pools = []

    def spy(count: int):
        pools.append(count)
        return executor.local_pool(count)

    monkeypatch.setattr(articles, "local_pool", spy)
    parallel = _outputs(seeds, workers=2)
    assert pools == [2]  # the pool really ran, with the configured size
    assert sorted(parallel) == sorted(serial)
    assert "data/timeline.json" in parallel and "data/glossary.json" in parallel
    for path in serial:
        assert parallel[path].encode() == serial[path].encode(), path


def test_dask_cluster_gives_the_same_bytes(seeds: Path, serial: dict[str, str]) -> None:
    distributed = pytest.importorskip("distributed", reason="the optional dask extra is not installed "
                                                            "(pip install -e '.[dask]')")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        on_dask = _outputs(seeds, executor=cluster.scheduler_address, workers=1)
        assert "extract_batch" in cluster.scheduler.task_prefixes  # the work ran on the cluster (Dask drops the "_")
    assert sorted(on_dask) == sorted(serial)
    for path in serial:
        assert on_dask[path].encode() == serial[path].encode(), path


def test_dask_results_fill_the_same_cache(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="the optional dask extra is not installed")
    files = sorted(SEEDS.glob("*.txt"))[:2]
    version = pipeline_version()
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        first = extract_all(files, {}, Cache(tmp_path, version), executor=cluster.scheduler_address)
    again = extract_all(files, {}, Cache(tmp_path, version), workers=1)
    assert [item.cached for item in first] == [False, False]
    assert [item.cached for item in again] == [True, True]
    assert [item.article.paragraphs for item in again] == [item.article.paragraphs for item in first]


def test_workers_running_other_code_are_refused(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="the optional dask extra is not installed")
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        with pytest.raises(ExecutorError, match=r"extra\.explainer\.executor: the Dask workers at .* run other "
                                                r"pipeline code \(version [0-9a-f]{16}, this build older\)"):
            extract_all(sorted(SEEDS.glob("*.txt"))[:1], {}, Cache(tmp_path, "older"),
                        executor=cluster.scheduler_address)
    assert not list(tmp_path.iterdir())  # nothing was cached under the wrong version


def test_scheduler_without_workers_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("distributed", reason="the optional dask extra is not installed")
    monkeypatch.setattr(executor, "WORKER_TIMEOUT", 1.0)
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        with pytest.raises(ExecutorError, match=r"extra\.explainer\.executor: no Dask worker at .* answered "
                                                r"within 1s; are workers connected to the scheduler\?"):
            extract_all(sorted(SEEDS.glob("*.txt"))[:1], {}, Cache(None, pipeline_version()),
                        executor=cluster.scheduler_address)


def test_address_without_dask_installed_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # importing it now fails as when not installed
    with pytest.raises(ExecutorError) as raised:
        extract_all(sorted(SEEDS.glob("*.txt"))[:1], {}, Cache(None, "v1"), executor="tcp://127.0.0.1:8786")
    message = str(raised.value)
    assert "extra.explainer.executor" in message and "tcp://127.0.0.1:8786" in message
    assert "pip install -e '.[dask]'" in message


def test_unreachable_cluster_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed", reason="the optional dask extra is not installed")
    monkeypatch.setattr(executor, "CONNECT_TIMEOUT", 1.0)
    with pytest.raises(ExecutorError, match=r"extra\.explainer\.executor: cannot reach the Dask scheduler "
                                            r"at 'tcp://127\.0\.0\.1:9'"):
        extract_all(sorted(SEEDS.glob("*.txt"))[:1], {}, Cache(None, "v1"), executor="tcp://127.0.0.1:9")


def test_worker_setting_is_checked() -> None:
    assert worker_count(None) == (os.cpu_count() or 1)
    assert worker_count(3) == 3
    for bad in (0, -2, "dua", 1.5, True):
        with pytest.raises(ExecutorError, match=r"extra\.explainer\.workers: expected a positive whole number"):
            worker_count(bad)


def test_worker_setting_is_checked_even_when_everything_is_cached(tmp_path: Path) -> None:
    files = sorted(SEEDS.glob("*.txt"))[:1]
    extract_all(files, {}, Cache(tmp_path, "v1"), workers=1)
    with pytest.raises(ExecutorError, match=r"extra\.explainer\.workers"):
        extract_all(files, {}, Cache(tmp_path, "v1"), workers=0)


def test_executor_setting_is_checked() -> None:
    assert scheduler_address(None) is None and scheduler_address("") is None
    assert scheduler_address(" tcp://10.0.0.5:8786 ") == "tcp://10.0.0.5:8786"
    for bad in (8786, ["tcp://a:1"], "   ", "tcp://a:1 tcp://b:2", True):
        with pytest.raises(ExecutorError, match=r"extra\.explainer\.executor: expected a Dask scheduler address"):
            scheduler_address(bad)
