"""benchmarks/pan13.py and benchmarks/short_answers.py on tiny corpora written here, in each
corpus's layout (the PAN 2013 and Clough-Stevenson data are never needed nor copied)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from benchmarks import pan13, short_answers
from benchmarks.short_answers import Answer, choose_threshold, confusion, decode

COPIED = ("The lighthouse keeper of the northern cape kept a ledger of every ship that passed, "
          "noting its flag, its cargo and the hour it rounded the rocks, and after forty years the "
          "ledgers filled a whole wall of the stone cottage beside the lamp room.")
SOURCE_BEFORE = ("Orchards on the southern slopes ripen a fortnight earlier than those in the valley. "
                 "Growers there pick apricots by moonlight to spare the fruit from the heat.\n\n")
SOURCE_AFTER = ("\n\nA small museum in the harbour town now shows some of them, beside a brass telescope "
                "and a painted chart of the bay.")
SUSP_BEFORE = ("Municipal buses will run on a winter timetable from the first week of December. "
               "Riders should check the posted schedules at each stop before travelling.\n\n")
SUSP_AFTER = ("\n\nCouncil members voted to widen the cycle lanes on the bridge next spring, "
              "after a survey of commuters.")

OTHER_SOURCE = ("Glaciers carve deep valleys as they creep downhill over thousands of years, grinding "
                "the bedrock beneath them into fine silt that rivers later carry to the sea.")
OTHER_SUSP = ("The bakery on the corner sells rye loaves on Tuesdays and sourdough on Fridays, and the "
              "queue often reaches the post office by eight in the morning.")


def _pan_corpus(root: Path) -> Path:
    """A pan13-like folder: one pair with a verbatim copy, one pair with nothing planted."""
    folder = root / pan13.SUBDIR
    (folder / "src").mkdir(parents=True)
    (folder / "susp").mkdir()
    src = SOURCE_BEFORE + COPIED + SOURCE_AFTER
    susp = SUSP_BEFORE + COPIED + SUSP_AFTER
    (folder / "src" / "source-document1.txt").write_text(src, encoding="utf-8")
    (folder / "susp" / "suspicious-document1.txt").write_text(susp, encoding="utf-8")
    (folder / "src" / "source-document2.txt").write_text(OTHER_SOURCE, encoding="utf-8")
    (folder / "susp" / "suspicious-document2.txt").write_text(OTHER_SUSP, encoding="utf-8")
    case = {"obfuscation": "none", "this_offset": susp.index(COPIED), "this_length": len(COPIED),
            "source_offset": src.index(COPIED), "source_length": len(COPIED)}
    gold = {"corpus": "test", "pairs": [
        {"susp": "suspicious-document1.txt", "src": "source-document1.txt", "obfuscation": "none", "cases": [case]},
        {"susp": "suspicious-document2.txt", "src": "source-document2.txt", "obfuscation": "none", "cases": []},
    ]}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_pan13_gold_sides_and_offsets(tmp_path: Path) -> None:
    folder = _pan_corpus(tmp_path)
    pairs = pan13.load_pairs(folder)
    assert [p.susp for p in pairs] == ["suspicious-document1.txt", "suspicious-document2.txt"]
    (a0, a1, b0, b1), = pairs[0].cases
    susp = pan13.read_text(folder / "susp" / pairs[0].susp)
    src = pan13.read_text(folder / "src" / pairs[0].src)
    assert susp[a0:a1] == COPIED and src[b0:b1] == COPIED
    assert a0 != b0  # the two sides differ, so a swapped orientation would score nothing
    assert pairs[1].cases == []


def test_pan13_verbatim_copy_scores_plagdet_one(tmp_path: Path) -> None:
    result = pan13.evaluate(_pan_corpus(tmp_path))
    s = result["scores"]
    assert (result["pairs"], s.cases, s.detections, s.detected_cases) == (2, 1, 1, 1)
    assert (s.precision, s.recall, s.granularity, s.plagdet) == (1.0, 1.0, 1.0, 1.0)
    assert [r["plagdet"] for r in result["per_pair"]] == [1.0, 1.0]  # no cases, no detections: perfect
    text = pan13.report(result)
    assert "    2     1          1     1.000  1.000       1.000   1.000" in text
    assert "1 of 1 cases detected" in text and "cores" in text and "load average" in text
    assert "suspicious-document1.txt / source-document1.txt: plagdet 1.000" in text


def test_pan13_extra_detection_costs_precision_and_ranks_worst(tmp_path: Path) -> None:
    folder = _pan_corpus(tmp_path)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    gold["pairs"][0]["cases"] = []  # the copy is no longer planted: its passage is a false detection
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = pan13.evaluate(folder)
    s = result["scores"]
    assert (s.cases, s.detections, s.precision, s.recall, s.plagdet) == (0, 1, 0.0, 0.0, 0.0)
    assert pan13.worst(result["per_pair"])[0]["susp"] == "suspicious-document1.txt"


def test_pan13_limit_and_line_ends_kept(tmp_path: Path) -> None:
    folder = _pan_corpus(tmp_path)
    assert pan13.evaluate(folder, limit=1)["pairs"] == 1
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"one\r\ntwo \xff three")
    assert pan13.read_text(path) == "one\r\ntwo \ufffd three"  # offsets count every character


def test_pan13_main_prints_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _pan_corpus(tmp_path)
    assert pan13.main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "precision recall granularity plagdet" in out and "5 worst pairs" in out


def test_pan13_missing_folder_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pan13.main(["--data", str(tmp_path / "nowhere")]) == 0
    assert "absent" in capsys.readouterr().out


# --- short answers ----------------------------------------------------------------------

SOURCE_A = ("A suspension bridge hangs its deck from vertical cables that drop from two main cables "
            "strung between tall towers. The main cables are anchored in massive blocks of concrete at "
            "each end. Because the deck is light, long spans become possible, but wind can make the deck "
            "sway, so engineers add stiffening trusses beneath it. The first modern examples were built "
            "in the nineteenth century with iron chains rather than steel wire.")
SOURCE_D = ("Fermentation turns sugars into acids, gases or alcohol with the help of yeast and bacteria. "
            "Bakers rely on the carbon dioxide that yeast releases to make dough rise. Brewers keep the "
            "temperature steady for days so that the yeast produces alcohol without off flavours. Many "
            "preserved foods, such as sauerkraut and yoghurt, owe their sour taste to lactic acid "
            "bacteria.")
CUT_A = ("The main cables are anchored in massive blocks of concrete at each end. Because the deck is "
         "light, long spans become possible, but wind can make the deck sway, so engineers add stiffening "
         "trusses beneath it.")
NON_A = ("My grandmother kept chickens behind the house and sold eggs at the Saturday market. She "
         "counted the coins into a tin box and wrote every sale in a notebook with a green cover.")
CUT_D = ("Bakers rely on the carbon dioxide that yeast releases to make dough rise. Brewers keep the "
         "temperature steady for days so that the yeast produces alcohol without off flavours. "
         "Its caf\u00e9 cousin is kombucha.")
NON_D = ("Chess openings are named after players and places; the Sicilian defence answers the king's "
         "pawn with a pawn on the queen's bishop file, and it leads to sharp, unbalanced games.")


def _short_corpus(root: Path) -> Path:
    """A short-answers-like folder: csv labels, two sources, four answers (one cp1252 + CRLF)."""
    folder = root / short_answers.SUBDIR
    folder.mkdir(parents=True)
    rows = [("a_cut.txt", "a", "cut"), ("a_non.txt", "a", "non"), ("d_cut.txt", "d", "cut"),
            ("d_non.txt", "d", "non"), ("orig_taska.txt", "a", "orig"), ("orig_taskd.txt", "d", "orig")]
    with open(folder / "file_information.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["File", "Task", "Category"])
        w.writerows(rows)
    (folder / "orig_taska.txt").write_bytes(SOURCE_A.encode("utf-8"))
    (folder / "orig_taskd.txt").write_bytes(SOURCE_D.replace(". ", ".\r\n").encode("utf-8"))
    (folder / "a_cut.txt").write_bytes(CUT_A.encode("utf-8"))
    (folder / "a_non.txt").write_bytes(NON_A.encode("utf-8"))
    (folder / "d_cut.txt").write_bytes(CUT_D.replace(". ", ".\r\n").encode("cp1252"))
    (folder / "d_non.txt").write_bytes(NON_D.encode("utf-8"))
    return folder


def test_decode_falls_back_to_cp1252_and_normalises_line_ends() -> None:
    assert decode("caf\u00e9\r\nbar\rbaz".encode("cp1252")) == "caf\u00e9\nbar\nbaz"
    assert decode("\ufeffcaf\u00e9 \u2019\r\n".encode()) == "caf\u00e9 \u2019\n"
    assert decode(b"\x93quoted\x94") == "\u201cquoted\u201d"


def test_short_answers_labels_skip_sources(tmp_path: Path) -> None:
    labels = short_answers.read_labels(_short_corpus(tmp_path))
    assert [r[2] for r in labels] == ["cut", "non", "cut", "non"]


def test_short_answers_copies_found_and_non_is_true_negative(tmp_path: Path) -> None:
    answers = {a.file: a for a in short_answers.evaluate(_short_corpus(tmp_path))}
    assert answers["a_cut.txt"].passages == 1 and answers["a_cut.txt"].share == 1.0
    assert answers["a_cut.txt"].kinds["verbatim"] == 1
    assert answers["d_cut.txt"].passages == 1 and 0.7 < answers["d_cut.txt"].share < 1.0  # cp1252, CRLF
    assert answers["a_non.txt"].passages == 0 and answers["a_non.txt"].share == 0.0
    m = confusion(answers.values())
    assert (m.tp, m.fp, m.fn, m.tn) == (2, 0, 0, 2)
    assert (m.precision, m.recall, m.f1) == (1.0, 1.0, 1.0)
    rows = {r["category"]: r for r in short_answers.category_rows(list(answers.values()))}
    assert (rows["cut"]["answers"], rows["cut"]["with_passage"], rows["cut"]["median_passages"]) == (2, 2, 1)
    assert (rows["non"]["answers"], rows["non"]["with_passage"], rows["non"]["median_share"]) == (2, 0, 0.0)
    assert rows["light"]["answers"] == 0


def _answer(task: str, category: str, share: float) -> Answer:
    return Answer(f"{task}{category}{share}", task, category, share, int(share > 0), {}, 0.0, 0.0)


def test_threshold_is_chosen_on_its_answers_between_observed_shares() -> None:
    answers = [_answer("a", "cut", 0.9), _answer("a", "heavy", 0.4), _answer("a", "non", 0.1),
               _answer("b", "non", 0.0)]
    t = choose_threshold(answers)
    assert t == pytest.approx(0.25)  # midway between the non at 0.1 and the heavy at 0.4
    m = confusion(answers, t)
    assert (m.tp, m.fp, m.fn, m.tn) == (2, 0, 0, 2)
    assert confusion(answers).fp == 1  # "any passage" calls the 0.1 non reused
    assert choose_threshold([]) == 0.0


def test_short_answers_report_says_where_threshold_was_chosen(tmp_path: Path) -> None:
    text = short_answers.report(short_answers.evaluate(_short_corpus(tmp_path)))
    assert "(chosen on a-c), reported on d-e" in text
    assert "any passage, all tasks" in text and "TP  2 FP  0 FN  0 TN  2" in text
    assert "cores, load average" in text
    cut_row = next(line for line in text.splitlines() if line.startswith("cut "))
    assert cut_row.split()[:3] == ["cut", "2", "2"]


def test_short_answers_missing_folder_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert short_answers.main(["--data", str(tmp_path)]) == 0
    assert "absent" in capsys.readouterr().out


def test_short_answers_main_prints_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _short_corpus(tmp_path)
    assert short_answers.main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "median share" in out and "non " in out
