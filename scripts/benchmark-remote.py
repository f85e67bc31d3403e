#!/usr/bin/env python3
"""The scaling workload (--states=ALL: every occupation's brief plus its state editions) run three ways on this
machine, one after the other, each from a fresh PostgreSQL schema and fresh folders:

  local     one JVM, profile postgres, partitions on local threads (careerbrief.threads, one per core)
  1 worker  a manager (postgres,manager) and one worker JVM (postgres,worker) over the broker
  2 workers a manager and two worker JVMs

It needs a PostgreSQL and a RabbitMQ it can reach (defaults: the loopback ones .ci/run starts, e.g.
scripts/loopback-broker.sh start /tmp/cbrmq 55672), psql on the machine, and target/careerbrief.jar.

    python3 scripts/benchmark-remote.py --pg-url jdbc:postgresql://127.0.0.1:55432/careerbrief --broker-port 55672

For each way it prints the run's wall time, the writeBriefs step's seconds, the briefs published and briefs
per second of that step, the partition requests sent, the database transactions of the run (pg_stat_database
xact_commit), and per writeBriefs partition: its mean seconds, and the manager's lag (from the last partition's
end to the step's end, the poll interval at work). A second table gives the same for each partitioned step
(both ingests, reconcile, writeBriefs): the step's seconds, its partitions, their mean seconds, the lag.
"""
import argparse
import glob
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def psql(args, sql):
    binary = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))[-1]
    out = subprocess.run([binary, "-h", args.host, "-p", args.port, "-U", args.user, "-d", args.db, "-At", "-c", sql],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def java(args, folder, name, profiles, schema, extra):
    command = ["java", "-Xmx" + args.xmx, "-jar", str(ROOT / "target/careerbrief.jar"),
               "--spring.profiles.active=" + profiles,
               f"--spring.datasource.url={args.pg_url}?currentSchema={schema}",
               "--spring.datasource.username=" + args.user, "--spring.datasource.password=",
               f"--spring.rabbitmq.addresses=amqp://guest:guest@127.0.0.1:{args.broker_port}",
               "--careerbrief.remote.queue=careerbrief.bench." + schema,
               "--input=" + str(ROOT / "input"), "--output=" + str(folder / "output"),
               "--state=" + str(folder / ("state-" + name)), "--states=" + args.states, *extra]
    log = open(folder / (name + ".log"), "w")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT), folder / (name + ".log")


def wait_for(log, text, process):
    while text not in log.read_text(errors="replace"):
        if process.poll() is not None:
            sys.exit(f"{log} ended before printing {text!r}")
        time.sleep(0.5)


def one_way(args, label, workers):
    schema = "cb_bench_" + str(int(time.time() * 1000))
    psql(args, f"CREATE SCHEMA {schema}")
    folder = Path(tempfile.mkdtemp(prefix="careerbrief-remote-bench-"))
    started = []
    for i in range(workers):
        process, log = java(args, folder, f"worker{i}", "postgres,worker", schema, [])
        started.append((process, log))
    for process, log in started:
        wait_for(log, "Worker ready", process)
    commits_before = int(psql(args, f"SELECT xact_commit FROM pg_stat_database WHERE datname = '{args.db}'"))
    begin = time.monotonic()
    manager, log = java(args, folder, "manager", "postgres,manager" if workers else "postgres", schema, [])
    if manager.wait() != 0:
        sys.exit(f"{label}: the run failed; see {log}")
    wall = time.monotonic() - begin
    commits = int(psql(args, f"SELECT xact_commit FROM pg_stat_database WHERE datname = '{args.db}'")) - commits_before
    for process, _ in started:
        process.terminate()
        process.wait()
    text = log.read_text(errors="replace")
    step = float(re.search(r"Step writeBriefs COMPLETED: .*?, ([\d.]+) s", text).group(1))
    briefs = len(list((folder / "output" / "briefs").resolve().glob("*.pdf")))
    requests = sum(int(n) for n in re.findall(r": (\d+) partition requests sent", text))
    steps = {name: partitions(args, schema, name) for name in PARTITIONED}
    psql(args, f"DROP SCHEMA {schema} CASCADE")
    briefs_step = steps["writeBriefs"]
    return dict(label=label, wall=wall, step=step, briefs=briefs, rate=briefs / step, requests=requests,
                commits=commits, partition=briefs_step["mean"], lag=briefs_step["lag"],
                partitions=briefs_step["count"], steps=steps, folder=folder)


PARTITIONED = ["ingestTables", "ingestDocuments", "reconcile", "writeBriefs"]


def partitions(args, schema, step):
    """A partitioned step's seconds, its partitions, their mean seconds, and the manager's lag after the last."""
    row = psql(args, f"""SET search_path TO {schema};
        SELECT EXTRACT(EPOCH FROM (MAX(m.end_time) - MIN(m.start_time))),
               EXTRACT(EPOCH FROM AVG(p.end_time - p.start_time)),
               EXTRACT(EPOCH FROM (MAX(m.end_time) - MAX(p.end_time))), COUNT(DISTINCT p.step_execution_id)
        FROM batch_step_execution p, batch_step_execution m
        WHERE p.step_name LIKE '{step}Worker:%' AND m.step_name = '{step}'""").splitlines()[-1].split("|")
    return dict(seconds=float(row[0]), mean=float(row[1]), lag=float(row[2]), count=int(row[3]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg-url", default="jdbc:postgresql://127.0.0.1:55432/careerbrief")
    parser.add_argument("--user", default="careerbrief")
    parser.add_argument("--broker-port", default="55672")
    parser.add_argument("--states", default="ALL")
    parser.add_argument("--xmx", default="1g", help="each JVM's -Xmx (default 1g)")
    parser.add_argument("--ways", default="0,1,2", help="workers per way; 0 is the single JVM (default 0,1,2)")
    args = parser.parse_args()
    m = re.fullmatch(r"jdbc:postgresql://([^:/]+):(\d+)/(\w+)", args.pg_url)
    args.host, args.port, args.db = m.group(1), m.group(2), m.group(3)
    results = []
    for workers in [int(w) for w in args.ways.split(",")]:
        label = "local" if workers == 0 else f"{workers} worker" + ("s" if workers > 1 else "")
        result = one_way(args, label, workers)
        results.append(result)
        print(f"{label}: done in {result['wall']:.0f} s ({result['folder']})", flush=True)
    print()
    print("| way | run wall s | writeBriefs s | briefs | briefs/s | requests sent | DB transactions "
          "| writeBriefs partitions | mean partition s | manager lag s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['label']} | {r['wall']:.1f} | {r['step']:.1f} | {r['briefs']} | {r['rate']:.1f} | {r['requests']} "
              f"| {r['commits']} | {r['partitions']} | {r['partition']:.1f} | {r['lag']:.1f} |")
    print()
    print("Each partitioned step: its seconds / partitions / mean partition seconds / manager lag seconds")
    print()
    print("| way | " + " | ".join(PARTITIONED) + " |")
    print("| --- |" + " --- |" * len(PARTITIONED))
    for r in results:
        print(f"| {r['label']} | " + " | ".join(
            f"{s['seconds']:.1f} / {s['count']} / {s['mean']:.1f} / {s['lag']:.1f}"
            for s in (r["steps"][name] for name in PARTITIONED)) + " |")


if __name__ == "__main__":
    main()
