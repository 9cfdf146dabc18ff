"""`make bench`: the production stack on loopback under load, three runs, medians.

Builds the scaled data set (generate_bench_data), starts PostgreSQL, Redis, gunicorn (2 workers)
and Varnish, warms them and drives each page with wrk from a second process. Prints requests/s,
p50/p95/p99 latency and queries per request for each page, uncached (page cache off),
app-cached (page cache in Redis) and edge-cached (through Varnish). Stops everything it started.

Settings: BENCH_SECONDS (per measurement, default 5), BENCH_RUNS (3), BENCH_CONNECTIONS (16).
"""

import os
import re
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stack import APP_PORT, ROOT, VARNISH_PORT, Stack  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
THEMES = ["sorg", "rus", "psykisk-helse", "ensomhet", "kronisk-sykdom", "parorende", "kreft", "demens"]
ORGANISATION = 1234
MODES = ["uncached", "app-cached", "edge-cached"]
SINGLE = "directory ?postnummer=3540"


def pages(api_page_id):
    return {
        "home": "/nb/",
        "section": "/nb/ytelsestest-5/",
        "article": "/nb/ytelsestest-5/artikkel-225/",
        "directory ?postnummer=3540": "/nb/finn-hjelp/?postnummer=3540",
        "organisation detail": f"/nb/finn-hjelp/test-{THEMES[ORGANISATION % len(THEMES)]}-{ORGANISATION}/",
        "API pages (limit 20)": "/api/v2/pages/?type=home.ArticlePage&locale=nb&limit=20"
        "&fields=intro,topics,listing_image",
        "API page detail": f"/api/v2/pages/{api_page_id}/",
        "API orgs by postal code": "/api/v2/organisations/?postal_code=3540&limit=20",
    }


def wrk(port, path, connections=CONNECTIONS):
    result = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{SECONDS}s",
            "--timeout",
            "5s",
            "-s",
            str(ROOT / "bench" / "report.lua"),
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("BENCH "))
    rps, p50, p95, p99, errors, total = line.split()[1:]
    return {
        "rps": float(rps),
        "p50": int(p50) / 1000,
        "p95": int(p95) / 1000,
        "p99": int(p99) / 1000,
        "errors": int(errors),
        "requests": int(total),
    }


def warm(port, path, times=20):
    for _ in range(times):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:  # noqa: S310
            response.read()


def find_page_id(path):
    request = f"http://127.0.0.1:{APP_PORT}/api/v2/pages/find/?html_path={path}"
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
        return int(re.search(r"/pages/(\d+)/", response.url).group(1))


def main():
    stack = Stack()
    print(f"Machine: {os.cpu_count()} cores; wrk -t2 -c{CONNECTIONS}, {SECONDS} s per measurement, {RUNS} runs")
    print("Starting PostgreSQL and Redis, preparing the data set ...", flush=True)
    stack.prepare()

    stack.start_app(page_cache=False)
    urls = pages(find_page_id("/nb/ytelsestest-5/artikkel-225/"))
    counts = subprocess.run(
        [sys.executable, "manage.py", "count_queries", *urls.values()],
        cwd=ROOT,
        env={**stack.app_env(page_cache=False), "DJANGO_SETTINGS_MODULE": "config.settings.dev"},  # the demo app
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    queries = {}
    for line in counts.splitlines():
        if line.startswith("QUERIES "):
            _label, count, status, url = line.split(" ", 3)
            queries[url] = (int(count), status)

    results = {(name, mode): [] for name in urls for mode in MODES}
    single = {mode: [] for mode in MODES}
    for mode in MODES:
        if mode == "uncached":
            stack.start_app(page_cache=False)
        elif mode == "app-cached":
            stack.stop("varnish")
            stack.start_app(page_cache=True, varnish=True)
            stack.start_varnish()
        port = VARNISH_PORT if mode == "edge-cached" else APP_PORT
        print(f"Measuring {mode} ...", flush=True)
        for path in urls.values():
            warm(port, path)
        for run in range(RUNS):
            for name, path in urls.items():
                results[(name, mode)].append(wrk(port, path))
            # Latency without queueing: one visitor at a time.
            single[mode].append(wrk(port, urls[SINGLE], connections=1))
            print(f"  run {run + 1} of {RUNS} done", flush=True)
    stack.stop_all()
    report(urls, results, queries, single)


def report(urls, results, queries, single):
    print()
    print(
        f"Medians of {RUNS} runs on {os.cpu_count()} cores (gunicorn 2 workers x 4 threads, PostgreSQL, Redis, "
        "Varnish); latency in ms"
    )
    header = f"{'page':28} {'mode':12} {'req/s':>9} {'p50':>7} {'p95':>7} {'p99':>7} {'errors':>6} {'queries':>7}"
    print(header)
    print("-" * len(header))
    for name, path in urls.items():
        count, status = queries.get(path, ("?", "?"))
        for mode in MODES:
            runs = results[(name, mode)]
            median = {key: statistics.median(run[key] for run in runs) for key in ("rps", "p50", "p95", "p99")}
            errors = sum(run["errors"] for run in runs)
            shown_queries = f"{count}" if mode == "uncached" else "0" if mode == "app-cached" else "-"
            print(
                f"{name:28} {mode:12} {median['rps']:9.0f} {median['p50']:7.1f} {median['p95']:7.1f} "
                f"{median['p99']:7.1f} {errors:6d} {shown_queries:>7}"
            )
        if str(status) != "200":
            print(f"  (warning: {path} answered {status})")
    print()
    print(f"{SINGLE}, one connection at a time (no queueing), medians of {RUNS} runs:")
    for mode in MODES:
        runs = single[mode]
        p50 = statistics.median(run["p50"] for run in runs)
        p95 = statistics.median(run["p95"] for run in runs)
        p99 = statistics.median(run["p99"] for run in runs)
        print(f"  {mode:12} p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms")
    print()
    print("Per run (req/s):")
    for (name, mode), runs in results.items():
        print(f"  {name:28} {mode:12} " + " ".join(f"{run['rps']:.0f}" for run in runs))


if __name__ == "__main__":
    main()
