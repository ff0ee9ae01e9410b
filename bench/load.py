"""Load test: the production server (gunicorn, two workers) on loopback under a bounded load
of 1,000-word articles. Prints throughput, p50 and p99 latency, memory per worker (RSS and
PSS, which shares the preloaded Engine's pages fairly), and throughput ÷ one in-process
Engine's rate on the same articles in the same run (so the figure does not depend on how busy
the machine is).

    python bench/load.py [--requests 300] [--concurrency 8] [--workers 2] [--database URL]
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
WORDS = 1000


def thousand_word_articles(count: int) -> list[tuple[str, str]]:
    """(language, text) of exactly 1,000 words, joined from corpus articles (or the examples)."""
    sources: list[tuple[str, str]] = []
    for language in ("de", "en"):
        path = CORPUS / f"news-{language}.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                sources += [(language, json.loads(line)["text"]) for _, line in zip(range(400), handle)]
    if not sources:
        sources = [("de" if p.stem.endswith("-de") else "en", p.read_text(encoding="utf-8"))
                   for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    articles, index = [], 0
    while len(articles) < count:
        language, words = sources[index % len(sources)][0], []
        while len(words) < WORDS:
            lang, text = sources[index % len(sources)]
            index += 1
            if lang == language:
                words += text.split()
        articles.append((language, " ".join(words[:WORDS])))
    return articles


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in KiB."""
    fields = {}
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            parts = line.split()
            if parts[0] in ("Rss:", "Pss:"):
                fields[parts[0]] = int(parts[1])
    return fields["Rss:"], fields["Pss:"]


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return found


def in_process_rate(articles) -> float:
    from service.config import Settings
    from service.engine.engine import Engine

    engine = Engine.from_settings(Settings())
    engine.check(articles[0][1], language=articles[0][0])
    started = time.perf_counter()
    for language, text in articles:
        engine.check(text, language=language)
    return len(articles) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database", help="DATABASE_URL (default: a fresh SQLite file)")
    args = parser.parse_args()

    articles = thousand_word_articles(args.requests)
    folder = tempfile.mkdtemp(prefix="factcheck-load-")
    port = free_port()
    env = {**os.environ, "FACTCHECK_PORT": str(port), "FACTCHECK_WORKERS": str(args.workers),
           "DATABASE_URL": args.database or f"sqlite:///{folder}/reports.sqlite3",
           "PROMETHEUS_MULTIPROC_DIR": folder}
    env.pop("FACTCHECK_API_KEYS", None)
    server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--production"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=open(f"{folder}/server.log", "w"))
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if requests.get(f"{base}/readyz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        session = requests.Session()
        session.mount("http://", requests.adapters.HTTPAdapter(pool_maxsize=args.concurrency))

        def one(article):
            language, text = article
            started = time.perf_counter()
            response = session.post(f"{base}/v1/checks", json={"text": text, "language": language}, timeout=300)
            return response.status_code, time.perf_counter() - started

        for article in articles[:args.concurrency]:  # warm-up: first requests per worker thread
            one(article)
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            results = list(pool.map(one, articles))
        elapsed = time.perf_counter() - started
        worker_memory = [memory_kib(pid) for pid in children(server.pid)]
        master_memory = memory_kib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=60)

    latencies = sorted(seconds for _, seconds in results)
    statuses = {status: sum(1 for s, _ in results if s == status) for status, _ in results}
    throughput = len(results) / elapsed
    rate = in_process_rate(articles[:60])
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"requests: {len(results)} x 1,000-word articles, concurrency {args.concurrency}, "
          f"{args.workers} workers, statuses {statuses}")
    print(f"throughput: {throughput:.1f} articles/s ({throughput * WORDS:,.0f} words/s)")
    print(f"latency: p50 {statistics.median(latencies) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
    for number, (rss, pss) in enumerate(worker_memory, start=1):
        print(f"worker {number}: RSS {rss / 1024:.0f} MiB, PSS {pss / 1024:.0f} MiB")
    print(f"master: RSS {master_memory[0] / 1024:.0f} MiB, PSS {master_memory[1] / 1024:.0f} MiB")
    print(f"one in-process Engine, same articles: {rate:.1f} articles/s; "
          f"server throughput ÷ that = {throughput / rate:.2f}")


if __name__ == "__main__":
    main()
