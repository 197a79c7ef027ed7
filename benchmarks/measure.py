#!/usr/bin/env python3
"""Runs one command under `/usr/bin/time -v` and prints one JSON line with what it cost.

    benchmarks/measure.py LABEL -- COMMAND ...

`time -v` gives the wall time and the largest resident set of any one process of the run (the tool, or
Pagefind after it); the whole run's peak (every process of the tree at once, e.g. our tool while its
indexer runs) is sampled from /proc every 100 ms, with the peak of each program by name. The command's
own output goes to standard error.
"""
import json
import os
import re
import subprocess
import sys
import threading
import time


def tree(root):
    """The process ids of root and its descendants, from /proc."""
    children = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(pid))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            status = f.read()
        with open(f"/proc/{pid}/comm") as f:
            name = f.read().strip()
    except OSError:
        return None, 0
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    return name, int(match.group(1)) if match else 0


def main():
    label, separator, command = sys.argv[1], sys.argv[2], sys.argv[3:]
    if separator != "--" or not command:
        sys.exit(__doc__)
    started = time.monotonic()
    process = subprocess.Popen(["/usr/bin/time", "-v", *command], stdout=sys.stderr, stderr=subprocess.PIPE, text=True)
    peak_total, peak_by_name, done = 0, {}, threading.Event()

    def sample():
        nonlocal peak_total
        while not done.is_set():
            total = 0
            for pid in tree(process.pid):
                name, kb = rss_kb(pid)
                if name is None or name == "time":
                    continue
                total += kb
                peak_by_name[name] = max(peak_by_name.get(name, 0), kb)
            peak_total = max(peak_total, total)
            done.wait(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, stderr = process.communicate()
    done.set()
    sampler.join()
    wall = time.monotonic() - started
    max_rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    cpu = [float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", stderr)]
    result = {
        "label": label,
        "exit": process.returncode,
        "wall_s": round(wall, 2),
        "cpu_s": round(sum(cpu), 2),
        "max_rss_mb": round(int(max_rss.group(1)) / 1024) if max_rss else None,
        "peak_tree_mb": round(peak_total / 1024),
        "peak_by_program_mb": {k: round(v / 1024) for k, v in sorted(peak_by_name.items(), key=lambda kv: -kv[1])[:4]},
    }
    if process.returncode != 0:
        result["stderr_tail"] = stderr.strip().splitlines()[-25:]
    print(json.dumps(result, ensure_ascii=False), flush=True)
    sys.exit(process.returncode)


if __name__ == "__main__":
    main()
