#!/usr/bin/env python3
"""Races the default careerbrief run against the analyst's pandas script (../shared/bench/peer.py), side by side.

Runs one warm-up of each, then alternates careerbrief and the peer (A B A B ...) for --rounds rounds, each from a
fresh output and state folder, under /usr/bin/time -v. Prints each run's wall time, CPU time (user + sys) and peak
RSS, careerbrief's per-step seconds and peak heap from its own run summary, and the medians and ratios.

    ./mvnw -q package -DskipTests          # builds target/careerbrief.jar
    python3 scripts/benchmark.py           # 3 rounds, careerbrief with -Xmx512m
    python3 scripts/benchmark.py --baseline-jar /tmp/old.jar   # also race an older build in the same rounds

The peer needs Debian's python3-pandas, python3-openpyxl and python3-reportlab.
"""
import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command, log_file):
    """Runs the command under /usr/bin/time -v; returns wall seconds, CPU seconds, peak RSS in MB, and its output."""
    with open(log_file, "w") as log:
        result = subprocess.run(["/usr/bin/time", "-v", *command], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    text = Path(log_file).read_text(errors="replace")
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed with exit code {result.returncode}; see {log_file}")

    def field(name):
        return re.search(re.escape(name) + r": (.+)", text).group(1).strip()

    wall_parts = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
    wall = sum(p * 60 ** i for i, p in enumerate(reversed(wall_parts)))
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    rss = int(field("Maximum resident set size (kbytes)")) / 1024
    return wall, cpu, rss, text


def careerbrief_steps(text):
    """The per-step seconds and the peak heap from careerbrief's run summary."""
    steps = {}
    table = text[re.search(r"\nstep +status +read", text).start() + 1:] if re.search(r"\nstep +status +read", text) else ""
    for line in table.splitlines()[1:]:
        cells = line.split()
        if len(cells) != 7 or not re.fullmatch(r"[\d.]+", cells[-1]):
            break
        steps[cells[0]] = float(cells[-1])
    heap = re.search(r"heap pools' peaks summed: (\d+) MB", text)
    return steps, int(heap.group(1)) if heap else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="measured runs of each, after one warm-up (default 3)")
    parser.add_argument("--xmx", default="512m", help="careerbrief's -Xmx (default 512m)")
    parser.add_argument("--jar", default="target/careerbrief.jar")
    parser.add_argument("--baseline-jar", help="another careerbrief jar (e.g. an older build) to race in the same rounds")
    parser.add_argument("--input", default="input")
    parser.add_argument("--peer", default="../shared/bench/peer.py")
    parser.add_argument("--data", default="../shared/data", help="the peer's data folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="careerbrief-bench-"))
    runs = {"careerbrief": [], "peer": []}
    if args.baseline_jar:
        runs = {"careerbrief": [], "baseline": [], "peer": []}
    steps = []

    def careerbrief(n, jar=args.jar, name="careerbrief"):
        folder = work / f"{name}-{n}"
        command = ["java", f"-Xmx{args.xmx}", "-jar", jar, f"--input={args.input}",
                   f"--output={folder / 'output'}", f"--state={folder / 'state'}"]
        wall, cpu, rss, text = timed(command, work / f"{name}-{n}.log")
        return wall, cpu, rss, careerbrief_steps(text)

    def peer(n):
        folder = work / f"peer-{n}"
        command = ["/usr/bin/python3", args.peer, "--data", args.data, "--out", str(folder)]
        return timed(command, work / f"peer-{n}.log")[:3]

    print(f"careerbrief: java -Xmx{args.xmx} -jar {args.jar} on {args.input}/ (fresh output and state each run)")
    if args.baseline_jar:
        print(f"baseline:    java -Xmx{args.xmx} -jar {args.baseline_jar}, the same way")
    print(f"peer:        /usr/bin/python3 {args.peer} --data {args.data} (fresh output each run)")
    print("warm-up: one run of each (not counted)")
    careerbrief("warmup")
    if args.baseline_jar:
        careerbrief("warmup", args.baseline_jar, "baseline")
    peer("warmup")
    print(f"{'run':<16}{'wall s':>8}{'CPU s':>8}{'RSS MB':>8}  steps (s) / peak heap")
    for n in range(1, args.rounds + 1):
        wall, cpu, rss, (step_seconds, heap) = careerbrief(n)
        runs["careerbrief"].append((wall, cpu, rss))
        steps.append((step_seconds, heap))
        detail = ", ".join(f"{k} {v:.1f}" for k, v in step_seconds.items())
        print(f"{'careerbrief ' + str(n):<16}{wall:>8.1f}{cpu:>8.1f}{rss:>8.0f}  {detail}; heap pools' peaks {heap} MB")
        if args.baseline_jar:
            wall, cpu, rss, (step_seconds, _) = careerbrief(n, args.baseline_jar, "baseline")
            runs["baseline"].append((wall, cpu, rss))
            detail = ", ".join(f"{k} {v:.1f}" for k, v in step_seconds.items())
            print(f"{'baseline ' + str(n):<16}{wall:>8.1f}{cpu:>8.1f}{rss:>8.0f}  {detail}")
        wall, cpu, rss = peer(n)
        runs["peer"].append((wall, cpu, rss))
        print(f"{'peer ' + str(n):<16}{wall:>8.1f}{cpu:>8.1f}{rss:>8.0f}")

    print()
    print(f"medians of {args.rounds} alternating runs each:")
    medians = {}
    for name, values in runs.items():
        medians[name] = [statistics.median(v[i] for v in values) for i in range(3)]
        print(f"{name:<16}{medians[name][0]:>8.1f}{medians[name][1]:>8.1f}{medians[name][2]:>8.0f}")
    step_names = list(steps[0][0])
    print("careerbrief steps (median s): " + ", ".join(
        f"{s} {statistics.median(r[0].get(s, 0) for r in steps):.1f}" for s in step_names))
    heaps = [h for _, h in steps if h is not None]
    if heaps:
        print(f"careerbrief heap pools' peaks summed (median; an upper bound on the heap used): {statistics.median(heaps):.0f} MB")
    c, p = medians["careerbrief"], medians["peer"]
    print(f"careerbrief / peer: wall {c[0] / p[0]:.2f}x, CPU {c[1] / p[1]:.2f}x, RSS {c[2] / p[2]:.2f}x")
    if args.baseline_jar:
        b = medians["baseline"]
        print(f"baseline / careerbrief: wall {b[0] / c[0]:.2f}x, CPU {b[1] / c[1]:.2f}x, RSS {b[2] / c[2]:.2f}x")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
