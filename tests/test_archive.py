"""Archives: JSON Lines and Parquet rows in and out, errors, resume after a kill, Dask."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tawsim.cli import main

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = (ROOT / "seeds" / "000_e93ad64ae9bca60f.txt").read_text(encoding="utf-8-sig")
PARAGRAPHS = [p for p in SEED_TEXT.replace("\r\n", "\n").split("\n") if p.strip()]


def article(number: int) -> str:
    start = number % len(PARAGRAPHS)
    return "\n".join(PARAGRAPHS[start:] + PARAGRAPHS[:start][: number % 3])


def write_jsonl(path: Path, count: int, extra_lines: list[str] = ()) -> Path:
    with open(path, "w", encoding="utf-8") as stream:
        for number in range(count):
            row = {"id": f"a{number:04d}", "text": article(number), "source": "AFP", "n": number}
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        for line in extra_lines:
            stream.write(line + "\n")
    return path


def tawsim(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "tawsim", *args], capture_output=True, text=True,
                          env=env, **kwargs)


def documents(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_rows_become_documents_in_order_with_metadata_and_errors(tmp_path, capsys):
    source = write_jsonl(tmp_path / "a.jsonl", 5, ["{broken", json.dumps({"id": "x", "body": "?"}), "  "])
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(source), "-o", str(out), "-j", "1"]) == 1
    docs = documents(out)
    assert [d["document"]["name"] for d in docs] == [f"a{n:04d}" for n in range(5)]
    assert docs[0]["metadata"] == {"source": "AFP", "n": 0}
    assert docs[0]["document"]["text"] == article(0)
    assert any(a["label"] == "PER" for a in docs[0]["annotations"])
    errors = documents(tmp_path / "out.jsonl.errors.jsonl")
    assert [(e["row"], e["id"]) for e in errors] == [(6, "6"), (7, "x"), (8, "8")]
    assert "not JSON" in errors[0]["reason"] and "'text' is missing" in errors[1]["reason"]
    assert not (tmp_path / "out.jsonl.progress.json").exists()
    assert "5 done, 3 failed" in capsys.readouterr().err


def test_id_and_text_fields_are_options(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"key": 7, "body": article(1)}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(source), "-o", str(out), "--id-field", "key", "--text-field", "body"]) == 0
    assert documents(out)[0]["document"]["name"] == "7"


def test_parquet_in_and_out_hold_the_same_documents_as_jsonl(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", 12)
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "a.parquet", row_group_size=5)
    assert main(["suggest", str(source), "-o", str(tmp_path / "out.jsonl"), "-j", "1"]) == 0
    assert main(["suggest", str(tmp_path / "a.parquet"), "-o", str(tmp_path / "out.parquet"), "-j", "1"]) == 0
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column_names == ["id", "name", "document"]
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert table.column("document").to_pylist() == lines
    assert table.column("id").to_pylist() == [f"a{n:04d}" for n in range(12)]
    assert not (tmp_path / "out.parquet.parts").exists()


def test_export_reads_archive_outputs(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", 3)
    assert main(["suggest", str(source), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert main(["export", str(tmp_path / "out.jsonl"), "--to", "brat", "-o", str(tmp_path / "brat"),
                 "--include-suggested"]) == 0
    assert (tmp_path / "brat" / "a0001.ann").read_text(encoding="utf-8").startswith("T")
    assert (tmp_path / "brat" / "a0002.txt").read_text(encoding="utf-8") == article(2)
    assert main(["export", str(tmp_path / "out.jsonl"), "--to", "doccano", "-o", str(tmp_path / "all.jsonl"),
                 "--include-suggested"]) == 0
    exported = documents(tmp_path / "all.jsonl")
    # a document with claims is two doccano records (entities and figures, then claims)
    assert list(dict.fromkeys(d["text"] for d in exported)) == [article(n) for n in range(3)]


def test_a_finished_output_and_another_input_are_refused(tmp_path, capsys):
    source = write_jsonl(tmp_path / "a.jsonl", 2)
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(source), "-o", str(out)]) == 0
    before = out.read_bytes()
    assert main(["suggest", str(source), "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert main(["suggest", str(source), "-o", str(source)]) == 1
    assert "is the input" in capsys.readouterr().err


def _progress(out: Path) -> int:
    try:
        return json.loads((out.parent / (out.name + ".progress.json")).read_text())["rows_done"]
    except (OSError, ValueError):
        return 0


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_a_run_killed_half_way_resumes_to_the_same_output(tmp_path, suffix):
    source = write_jsonl(tmp_path / "a.jsonl", 640)
    reference = tmp_path / f"reference{suffix}"
    assert tawsim("suggest", str(source), "-o", str(reference), "-j", "1").returncode == 0
    out = tmp_path / f"out{suffix}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-m", "tawsim", "suggest", str(source), "-o", str(out), "-j", "1"],
                               env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _progress(out) < 128 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = _progress(out)
    assert 0 < done < 640, "the run was not stopped half way"
    resumed = tawsim("suggest", str(source), "-o", str(out), "-j", "1")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{done} already written" in resumed.stderr
    if suffix == ".jsonl":
        assert out.read_bytes() == reference.read_bytes()
    else:
        assert pq.read_table(out).equals(pq.read_table(reference))


def test_a_local_dask_cluster_writes_what_a_local_run_writes(tmp_path):
    pytest.importorskip("distributed")
    source = write_jsonl(tmp_path / "a.jsonl", 150, ["not json"])
    assert main(["suggest", str(source), "-o", str(tmp_path / "one.jsonl"), "-j", "1"]) == 1
    assert main(["suggest", str(source), "-o", str(tmp_path / "two.jsonl"), "-j", "2"]) == 1
    assert main(["suggest", str(source), "-o", str(tmp_path / "dask.jsonl"), "--dask", "local", "-j", "2"]) == 1
    reference = (tmp_path / "one.jsonl").read_bytes()
    assert (tmp_path / "two.jsonl").read_bytes() == reference
    assert (tmp_path / "dask.jsonl").read_bytes() == reference
    assert (tmp_path / "dask.jsonl.errors.jsonl").read_bytes() == (tmp_path / "one.jsonl.errors.jsonl").read_bytes()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_scheduler_started_by_hand_gets_the_rules_without_a_shared_folder(tmp_path):
    pytest.importorskip("distributed")
    rules = tmp_path / "my-rules"
    import shutil

    shutil.copytree(ROOT / "resources" / "rules", rules)
    (rules / "entities" / "gazetteers" / "mine.txt").write_text("# label: ORG\nالمساحة الصغيرة\n",
                                                                encoding="utf-8")
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": 1, "text": "قالت المساحة الصغيرة إن الأمر انتهى."},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    worker = [sys.executable, "-m", "distributed.cli.dask_worker"]
    work_dir = tmp_path / "elsewhere"  # the workers run where the rules folder is not
    work_dir.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    processes = [subprocess.Popen(dask + ["--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"],
                                  cwd=work_dir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(2):
            processes.append(subprocess.Popen(worker + [address, "--nthreads", "1", "--no-dashboard"],
                                              cwd=work_dir, env=env, stdout=subprocess.DEVNULL,
                                              stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        out = tmp_path / "dask.jsonl"
        assert main(["suggest", str(source), "-o", str(out), "--dask", address, "--rules", str(rules)]) == 0
        labels = {(a["text"], a["label"]) for a in documents(out)[0]["annotations"]}
        assert ("المساحة الصغيرة", "ORG") in labels
        local = tmp_path / "local.jsonl"
        assert main(["suggest", str(source), "-o", str(local), "--rules", str(rules), "-j", "1"]) == 0
        assert out.read_bytes() == local.read_bytes()
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys):
    pytest.importorskip("distributed")
    source = write_jsonl(tmp_path / "a.jsonl", 1)
    code = main(["suggest", str(source), "-o", str(tmp_path / "o.jsonl"), "--dask", f"tcp://127.0.0.1:{_free_port()}"])
    assert code == 1
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err
