"""Main-text extraction on pages nobody here wrote: the public Article Extraction Benchmark.

The pages, their ground truth and the benchmark's scorer sit in ``shared/aeb`` beside the
project checkout; ``bench/extract_public.py`` prints the full table beside other extractors.
The floor is what the extractor reaches today, less the scorer's bootstrap spread: a change
that loses main text on real pages fails here, whatever our own corpus says.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
AEB = ROOT.parent / "shared" / "aeb"
F1_FLOOR = 0.965

pytestmark = pytest.mark.skipif(
    not (AEB / "ground-truth.json").exists(),
    reason=f"the public benchmark is not beside the checkout ({AEB} is missing)",
)


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _load("extract_public", ROOT / "bench" / "extract_public.py")


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return _load("evaluate", AEB / "evaluate.py")


@pytest.fixture(scope="module")
def results(bench: ModuleType) -> list[Any]:
    return list(bench.run_all(AEB))


def test_every_page_with_text_gives_an_article(results: list[Any], scorer: ModuleType) -> None:
    truth = scorer.load_json(AEB / "ground-truth.json")
    failed = [(r.key[:12], r.error) for r in results if r.error and truth[r.key]["articleBody"]]
    assert failed == []


def test_main_text_f1_holds_its_floor(results: list[Any], scorer: ModuleType) -> None:
    truth = scorer.load_json(AEB / "ground-truth.json")
    counts = [
        scorer.string_shingle_matching(true=truth[r.key]["articleBody"], pred=r.text)
        for r in results
    ]
    metrics = scorer.metrics_from_tp_fp_fns(counts)
    assert len(results) == len(truth)
    assert metrics["f1"] >= F1_FLOOR, metrics
