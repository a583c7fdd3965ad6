"""Train the pair model of ``reader/analysis/learned_pairs.py`` on the project's probes and write
``reader/analysis/data/pair_model.json``.

    pip install scikit-learn        # training only: reader reads the written model with numpy
    python tools/train_pair_model.py [PROBE_DIR ...] [--threshold 0.7] [--dry-run] [--out FILE]

Each probe (``benchmarks/probes/pNN``: invented stories written with their truth first) is
analysed with the model switched off; every candidate pair of figures the rules left apart
(:mod:`reader.analysis.pair_features`) is a row, labelled true when its two figures are the
two sentences of one of the truth's conflicts. The table printed first is measured on probes
the model did not see: five folds by probe number, each scored by a model trained on the
other four; it shows, at each threshold, the pairs that would be linked and how many of them
are a true conflict. Then one model is trained on all rows and written with the threshold.
Uses scikit-learn's private tree arrays (``_predictors``, ``_baseline_prediction``) to export
the trees; the export is checked against ``predict_proba`` before it is written. The probes a
model was trained on are listed in its file (``probes``): pass those folders to rebuild it as
shipped, since probes added later would change it.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.probe_eval import norm  # noqa: E402
from reader.analysis import conflicts  # noqa: E402
from reader.analysis.learned_pairs import MODEL_VERSION, PairModel, scored_pairs  # noqa: E402
from reader.analysis.pair_features import FEATURES  # noqa: E402

OUT = ROOT / "reader" / "analysis" / "data" / "pair_model.json"
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
def _story_rows(args: tuple[str, str]) -> list[tuple[str, int, list[float]]]:
    """(probe, label, features) for each candidate pair of one story (module doc)."""
    from reader.analysis.story import analyse_story
    from reader.library.loading import load_library
    folder, story = Path(args[0]), args[1]
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["stories"][story]
    found: list[tuple[str, int, list[float]]] = []

    def spy(uses: Any, keys: Any, several: Any, same: Any, long: Any) -> list[tuple[int, int]]:
        pairs, table, _ = scored_pairs(uses, keys, several, same, long)
        for i, j in pairs:
            found.append((folder.name, int(_true(uses[i], uses[j], truth)), table.row(i, j)))
        return []

    conflicts.learned_pairs = spy  # type: ignore[assignment]
    analyse_story(list(load_library([str(folder / story)]).articles))
    return found


def _true(u: Any, v: Any, truth: dict) -> bool:
    def holds(x: Any, article: str, snippet: str) -> bool:
        return bool(x.article == article and norm(snippet)[:40] in norm(x.sentence))
    return any(holds(x, c["a"], c["a_snippet"]) and holds(y, c["b"], c["b_snippet"])
               for c in truth.get("conflicts", []) for x, y in ((u, v), (v, u)))


def _classifier() -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, random_state=0)


def _export(model: Any, threshold: float, probes: list[str]) -> dict:
    trees, depth = [], 1
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        depth = max(depth, int(nodes["depth"].max()) + 1)
        trees.append({"feature": nodes["feature_idx"].tolist(), "threshold": nodes["num_threshold"].tolist(),
                      "left": nodes["left"].tolist(), "right": nodes["right"].tolist(),
                      "leaf": nodes["is_leaf"].astype(bool).tolist(), "value": nodes["value"].tolist()})
    baseline = float(np.ravel(model._baseline_prediction)[0])
    return {"version": MODEL_VERSION, "features": list(FEATURES), "threshold": threshold, "baseline": baseline,
            "depth": depth, "probes": probes, "trees": trees}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probes", nargs="*", type=Path)
    parser.add_argument("--threshold", type=float, default=0.7)
    parser.add_argument("--dry-run", action="store_true", help="print the table, write nothing")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model (default: reader's own)")
    args = parser.parse_args(argv)
    folders = args.probes or sorted((ROOT / "benchmarks" / "probes").glob("p[0-9]*"))
    jobs = [(str(f), s) for f in folders for s in sorted(json.loads((f / "truth.json").read_text())["stories"])]
    with Pool(2) as pool:
        rows = [r for story in pool.map(_story_rows, jobs) for r in story]
    probes = np.array([int(p[1:]) for p, _, _ in rows])
    y = np.array([label for _, label, _ in rows])
    x = np.array([feats for _, _, feats in rows], dtype=np.float64)
    print(f"{len(rows)} candidate pairs from {len(folders)} probes, {int(y.sum())} of them true conflicts")
    scores = np.zeros(len(rows))
    for fold in range(5):
        test = probes % 5 == fold
        scores[test] = _classifier().fit(x[~test], y[~test]).predict_proba(x[test])[:, 1]
    print("| threshold | pairs linked | true | precision |\n|---|---|---|---|")
    for t in THRESHOLDS:
        picked = scores >= t
        true = int(y[picked].sum())
        print(f"| {t} | {int(picked.sum())} | {true} | {true / max(1, int(picked.sum())):.2f} |")
    model = _classifier().fit(x, y)
    data = _export(model, args.threshold, [f.name for f in folders])
    mine = PairModel(data).scores(x)
    gap = float(np.abs(mine - model.predict_proba(x)[:, 1]).max())
    if gap > 1e-6:
        print(f"export differs from scikit-learn by {gap}", file=sys.stderr)
        return 1
    if not args.dry_run:
        args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes), threshold {args.threshold}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
