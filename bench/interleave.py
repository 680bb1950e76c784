#!/usr/bin/env python3
"""Times several commands round-robin (one run of each per round, in a shuffled order), so that a
load that comes and goes on a shared machine hits every command alike; hyperfine times one command
after the other. Usage: interleave.py RUNS WARMUP OUT.json COMMAND...  (each COMMAND one string,
split on spaces). Writes hyperfine-like JSON: results[i] = {command, median, min, max, times, cpu, rss_kb}
(seconds; cpu is the median user + system time, which a busy machine disturbs less than wall time)."""
import json
import os
import random
import resource
import subprocess
import sys
import time

runs, warmup, path, commands = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
times = [[] for _ in commands]
rss = [[] for _ in commands]
cpu = [[] for _ in commands]
for round_ in range(warmup + runs):
    order = list(range(len(commands)))
    random.shuffle(order)
    for i in order:
        start = time.perf_counter()
        process = subprocess.Popen(commands[i].split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if round_ >= warmup:
            times[i].append(elapsed)
            rss[i].append(usage.ru_maxrss)
            cpu[i].append(usage.ru_utime + usage.ru_stime)
results = []
for command, samples, kb, seconds in zip(commands, times, rss, cpu):
    ordered = sorted(samples)
    results.append({"command": command, "median": ordered[len(ordered) // 2], "min": ordered[0],
                    "max": ordered[-1], "times": samples, "cpu": sorted(seconds)[len(seconds) // 2],
                    "rss_kb": sorted(kb)[len(kb) // 2]})
json.dump({"results": results}, open(path, "w"), indent=1)
