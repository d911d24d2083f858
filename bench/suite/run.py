"""Runs the benchmark suite under CPython 3.13, the local python3 and Taipan, and compares them.

Usage (run this script with CPython):

    python3 bench/suite/run.py --python313 PATH [--taipan CMD] [--python3 PATH]
        [--runs N] [--only NAME ...] [--iterations K] [--warmup W] [--timeout S]
        [--clock wall|cpu] [--json FILE]
    python3 bench/suite/run.py --report FILE [--clock wall|cpu]

Each benchmark is run N times under each interpreter, the interpreters taking turns, every run a
fresh process running harness.py. CPython's time is the median of K calls of main() in one
process. Taipan's first-iteration time is its first call (class loading, interpretation and JIT
compilation included); its steady-state time is the median of K calls made after W warm-up
calls in the same process. Each column is the median over the N runs. Ratios are Taipan's time
divided by CPython 3.13's (below 1 is faster); the last row is their geometric mean.
Times are wall-clock by default; --clock cpu uses the CPU time of the thread running the
benchmark instead, which a busy machine disturbs less (on Taipan it leaves out the JIT compiler
and garbage collector threads). --json saves every sample, and --report re-prints the table from
such a file.

Exit status: 1 when a benchmark's checksum differs between interpreters, 2 when a benchmark
failed on some interpreter (and none differed), 0 otherwise. A failing benchmark is marked
FAILED and the suite goes on.
"""
import argparse
import json
import math
import os
import shlex
import shutil
import statistics
import subprocess
import sys

SUITE = os.path.dirname(os.path.abspath(__file__))
HARNESS = os.path.join(SUITE, "harness.py")
NOT_BENCHMARKS = {"harness", "run"}


def discover():
    names = []
    for entry in sorted(os.listdir(SUITE)):
        name, ext = os.path.splitext(entry)
        if ext == ".py" and name not in NOT_BENCHMARKS and not name.startswith("_"):
            names.append(name)
    return names


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python313", help="path of the CPython 3.13 interpreter")
    parser.add_argument("--python3", default=shutil.which("python3"),
                        help="another CPython to show beside it (default: python3 on PATH; 'none' to skip)")
    parser.add_argument("--taipan", default="java -Xss16m -jar target/taipan.jar",
                        help="command that runs Taipan (split like a shell would)")
    parser.add_argument("--runs", type=int, default=3, help="processes per interpreter (default 3)")
    parser.add_argument("--only", nargs="+", default=None, metavar="NAME",
                        help="benchmarks to run (names or comma-separated lists)")
    parser.add_argument("--iterations", type=int, default=3,
                        help="timed calls of main() per process (default 3)")
    parser.add_argument("--warmup", type=int, default=4,
                        help="untimed warm-up calls in each Taipan process before the timed ones (default 4)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per process")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall-clock time or the benchmark thread's CPU time (default wall)")
    parser.add_argument("--json", default=None, metavar="FILE", help="also write all raw results here")
    parser.add_argument("--report", default=None, metavar="FILE",
                        help="print the table from a --json file instead of running")
    args = parser.parse_args(argv)
    if args.report is None and args.python313 is None:
        parser.error("--python313 is required (unless --report is given)")
    if args.runs < 1 or args.iterations < 1 or args.warmup < 0:
        parser.error("--runs and --iterations must be positive and --warmup not negative")
    if args.python3 in (None, "", "none"):
        args.python3 = None
    known = discover()
    if args.only:
        wanted = [n for item in args.only for n in item.split(",") if n]
        unknown = [n for n in wanted if n not in known]
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(known)}")
        args.benchmarks = wanted
    else:
        args.benchmarks = known
    return args


class Interpreter:
    def __init__(self, label, command, warmup):
        self.label = label
        self.command = command
        self.warmup = warmup


def run_once(interpreter, name, iterations, timeout):
    """Runs one harness process; returns (result dict, None) or (None, error text)."""
    command = interpreter.command + [HARNESS, name, "--iterations", str(iterations),
                                     "--warmup", str(interpreter.warmup)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout:g} s"
    except OSError as e:
        return None, f"cannot start {command[0]}: {e}"
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = [line for line in done.stderr.strip().splitlines() if line.strip()]
        message = tail[-1] if tail else f"exit status {done.returncode}, no output"
        return None, message
    try:
        result = json.loads(lines[-1])
    except ValueError:
        return None, f"unreadable harness output: {lines[-1][:200]}"
    return result, None


def measure(args, name, interpreters):
    """Runs name under every interpreter, alternating; returns a summary dict."""
    samples = {i.label: [] for i in interpreters}
    errors = {}
    checksums = {}
    for run in range(args.runs):
        for interp in interpreters:
            if interp.label in errors:
                continue
            result, error = run_once(interp, name, args.iterations, args.timeout)
            if error is not None:
                errors[interp.label] = error
                print(f"  {name}: {interp.label} FAILED: {error}", file=sys.stderr)
                continue
            checksums.setdefault(interp.label, set()).add(result["checksum"])
            warmup = result["warmup"]
            sample = {}
            for clock, key in (("wall", "times"), ("cpu", "cpu_times")):
                times = result[key]
                sample[clock] = {"first": times[0], "steady": statistics.median(times[warmup:])}
            samples[interp.label].append(sample)
            chosen = sample[args.clock]
            print(f"  {name}: run {run + 1} {interp.label}: first {chosen['first']:.3f} s, "
                  f"steady {chosen['steady']:.3f} s ({args.clock})", file=sys.stderr)
    distinct = set().union(*checksums.values()) if checksums else set()
    return {"name": name, "errors": errors, "checksums": {k: sorted(v) for k, v in checksums.items()},
            "mismatch": len(distinct) > 1, "samples": samples}


def medians(summary, label, clock):
    """The median first-call and steady-state times of label over its runs, or {}."""
    runs = summary["samples"].get(label) or []
    if not runs:
        return {}
    return {"first": statistics.median(r[clock]["first"] for r in runs),
            "steady": statistics.median(r[clock]["steady"] for r in runs)}


def geometric_mean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def cell(value, suffix=""):
    return "-" if value is None else f"{value:.3f}{suffix}"


def ratio_cell(value):
    return "-" if value is None else f"{value:.2f}x"


def print_table(summaries, clock):
    headers = ["benchmark", "cpython3.13", "python3", "taipan 1st", "taipan steady",
               "1st/3.13", "steady/3.13", "py3/3.13", "status"]
    if not any(s["samples"].get("python3") or "python3" in s["errors"] for s in summaries):
        headers.remove("python3")
        headers.remove("py3/3.13")
    rows = []
    ratios = {"1st/3.13": [], "steady/3.13": [], "py3/3.13": []}
    for s in summaries:
        base = medians(s, "cpython3.13", clock).get("steady")
        other = medians(s, "python3", clock).get("steady")
        first = medians(s, "taipan", clock).get("first")
        steady = medians(s, "taipan", clock).get("steady")
        r_first = first / base if base and first else None
        r_steady = steady / base if base and steady else None
        r_other = other / base if base and other else None
        if s["mismatch"]:
            status = "CHECKSUM DIFFERS"
        elif s["errors"]:
            status = "FAILED (" + ", ".join(sorted(s["errors"])) + ")"
        else:
            status = "ok"
            ratios["1st/3.13"].append(r_first)
            ratios["steady/3.13"].append(r_steady)
            ratios["py3/3.13"].append(r_other)
        row = {"benchmark": s["name"], "cpython3.13": cell(base), "python3": cell(other),
               "taipan 1st": cell(first), "taipan steady": cell(steady),
               "1st/3.13": ratio_cell(r_first), "steady/3.13": ratio_cell(r_steady),
               "py3/3.13": ratio_cell(r_other), "status": status}
        rows.append([row[h] for h in headers])
    geo = {k: ratio_cell(geometric_mean(v)) for k, v in ratios.items()}
    footer = {"benchmark": "geometric mean", "status": f"over {len(ratios['steady/3.13'])} ok"}
    footer.update(geo)
    rows.append([footer.get(h, "") for h in headers])
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(values):
        return "  ".join(v.ljust(w) if i in (0, len(values) - 1) else v.rjust(w)
                         for i, (v, w) in enumerate(zip(values, widths))).rstrip()

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for r in rows[:-1]:
        print(line(r))
    print(line(["-" * w for w in widths]))
    print(line(rows[-1]))
    what = "wall-clock" if clock == "wall" else "benchmark-thread CPU"
    print(f"{what} seconds per call of main(), median of {max_runs(summaries)} runs; "
          "ratios are time / CPython 3.13 time (below 1 is faster)")


def max_runs(summaries):
    return max((len(runs) for s in summaries for runs in s["samples"].values()), default=0)


def report(summaries, clock):
    """Prints the table and the failures; returns the exit status."""
    print_table(summaries, clock)
    for s in summaries:
        for label, error in sorted(s["errors"].items()):
            print(f"{s['name']} FAILED on {label}: {error}")
        if s["mismatch"]:
            print(f"{s['name']} CHECKSUM DIFFERS: {s['checksums']}")
    if any(s["mismatch"] for s in summaries):
        return 1
    if any(s["errors"] for s in summaries):
        return 2
    return 0


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.report:
        with open(args.report) as f:
            return report(json.load(f), args.clock)
    interpreters = [Interpreter("cpython3.13", [args.python313], 0)]
    if args.python3:
        interpreters.append(Interpreter("python3", [args.python3], 0))
    interpreters.append(Interpreter("taipan", shlex.split(args.taipan), args.warmup))
    summaries = []
    for name in args.benchmarks:
        print(f"{name}:", file=sys.stderr)
        summary = measure(args, name, interpreters)
        if summary["mismatch"]:
            print(f"  {name}: checksums differ: {summary['checksums']}", file=sys.stderr)
        summaries.append(summary)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summaries, f, indent=2)
    return report(summaries, args.clock)


if __name__ == "__main__":
    sys.exit(main())
