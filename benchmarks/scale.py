"""Scale-out benchmark: local engine vs Dask (1 and 2 workers) on a generated corpus of JSONL shards.

Run: python benchmarks/scale.py [--mb 200] [--shard-mb 5]
The corpus is generated (seeded) into benchmarks/_corpus/ (not committed). Each configuration runs in a fresh
child process; peak memory is the maximum resident set size of that process (and, for Dask, of each worker).
The local engine also runs on half the corpus to show that its peak memory does not grow with corpus size.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "_corpus"


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(mb: float, shard_mb: float) -> list[Path]:
    sys.path.insert(0, str(HERE))
    from _newsgen import articles

    target = CORPUS / f"{int(mb)}mb"
    done = target / "_complete"
    if done.exists():
        return sorted(target.glob("*.jsonl"))
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shard, size, i = None, 0.0, 0
    for art in articles(int(mb * 1e6), seed=11):
        if shard is None or size >= shard_mb * 1e6:
            if shard is not None:
                shard.close()
            shard, size = (target / f"shard-{i:04d}.jsonl").open("w", encoding="utf-8"), 0.0
            i += 1
        line = json.dumps(art, ensure_ascii=False) + "\n"
        shard.write(line)
        size += len(line.encode())
    if shard is not None:
        shard.close()
    done.write_text("ok")
    return sorted(target.glob("*.jsonl"))


def child(engine: str, workers: int, out: str, shards: list[str]) -> None:
    """Runs in its own process: one engine over the shards, prints a JSON line of figures."""
    from claimsdata.corpus import run_dask, run_local

    paths = [Path(s) for s in shards]
    t0 = time.perf_counter()
    worker_rss: list[float] = []
    if engine == "local":
        summary = run_local(paths, out, progress=False)
    else:
        from dask.distributed import Client, LocalCluster

        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cl:
            summary = run_dask(paths, out, scheduler=cl.scheduler_address, progress=False)
            with Client(cl) as client:
                worker_rss = sorted(client.run(_maxrss_mb).values())
    dt = time.perf_counter() - t0
    t = summary.as_dict()
    print(json.dumps({"engine": engine, "workers": workers, "seconds": dt, "mb": t["bytes"] / 1e6,
                      "articles": t["articles"], "claims": t["claims"], "rejected": t["rejected"],
                      "peak_rss_mb": _maxrss_mb(), "worker_peak_rss_mb": worker_rss}))


def run(engine: str, workers: int, shards: list[Path]) -> dict:
    out = CORPUS / f"out-{engine}-{workers}-{len(shards)}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, __file__, "--child", engine, str(workers), str(out), *map(str, shards)]
    proc = subprocess.run(cmd, check=True, capture_output=True, text=True)
    shutil.rmtree(out, ignore_errors=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=200)
    ap.add_argument("--shard-mb", type=float, default=5)
    args = ap.parse_args()
    shards = generate(args.mb, args.shard_mb)
    half = shards[: len(shards) // 2]
    print(f"corpus: {len(shards)} shards, {sum(s.stat().st_size for s in shards) / 1e6:.0f} MB of JSONL")
    rows = [run("local", 1, half), run("local", 1, shards), run("dask", 1, shards), run("dask", 2, shards)]
    print(f"{'engine':<8}{'workers':>8}{'text MB':>9}{'seconds':>9}{'MB/s':>7}{'claims/s':>10}"
          f"{'peak RSS MB (driver; workers)':>34}")
    for r in rows:
        workers = ", ".join(f"{w:.0f}" for w in r["worker_peak_rss_mb"]) or "-"
        print(f"{r['engine']:<8}{r['workers']:>8}{r['mb']:>9.0f}{r['seconds']:>9.1f}{r['mb'] / r['seconds']:>7.2f}"
              f"{r['claims'] / r['seconds']:>10,.0f}{r['peak_rss_mb']:>18.0f}; {workers}")
    local, d1, d2 = rows[1], rows[2], rows[3]
    print(f"dask 2 workers vs 1 worker: {d1['seconds'] / d2['seconds']:.2f}x; "
          f"local peak RSS at {rows[0]['mb']:.0f} MB vs {local['mb']:.0f} MB of text: "
          f"{rows[0]['peak_rss_mb']:.0f} vs {local['peak_rss_mb']:.0f} MB")
    print(f"identical outputs across engines: claims {local['claims']} / {d1['claims']} / {d2['claims']}")


if __name__ == "__main__":
    main()
