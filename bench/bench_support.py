"""What the Python benchmark drivers share: timing a whole process, the machine's description, other load."""
import os
import platform
import re
import subprocess
import sys


def timed(command, allow=(0,)):
    """Runs command under /usr/bin/time -v (an exit code outside allow stops the benchmark); returns (wall seconds, peak RSS MiB, stdout, CPU seconds)."""
    p = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    if p.returncode not in allow:
        sys.exit(f"failed ({p.returncode}): {' '.join(command)}\n{p.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", p.stderr).group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): (\S+)", p.stderr).group(1)) for kind in ("User", "System"))
    return seconds, rss, p.stdout, cpu


def cpu_ticks():
    fields = open("/proc/stat").readline().split()[1:]
    return [int(f) for f in fields]


START_TICKS = cpu_ticks()
OWN_START = os.times()


def other_share():
    """The share of the machine's CPU time in the run that this benchmark and its children did not use."""
    now = cpu_ticks()
    total = sum(now[:8]) - sum(START_TICKS[:8])
    idle = (now[3] + now[4]) - (START_TICKS[3] + START_TICKS[4])
    busy = (total - idle) / os.sysconf("SC_CLK_TCK")
    t = os.times()
    own = (t.children_user + t.children_system + t.user + t.system) - (
        OWN_START.children_user + OWN_START.children_system + OWN_START.user + OWN_START.system)
    capacity = total / os.sysconf("SC_CLK_TCK")
    return max(0.0, busy - own) / capacity if capacity > 0 else 0.0


def machine_header():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
    print(f"machine: {cpu}, {os.cpu_count()} CPUs, {int(mem) / 1024 / 1024:.1f} GiB, {platform.platform()}")
    print(f"load average at start: {' '.join(open('/proc/loadavg').read().split()[:3])}")
