#!/usr/bin/python3
"""Writes demo/production.csv and demo/production-outcomes.csv: the demo's sepsis model in production.

    cd demo && /usr/bin/python3 make-production.py

Thirty ISO weeks from Monday 2026-05-04, about 600 admissions a week, in the export a hospital's data warehouse
gives (semicolon, decimal comma, wall-clock times in Europe/Oslo). Until week 20 the outcomes follow the model's
risk; from week 20 (Monday 2026-09-14) the lab's new lactate assay makes the model under-predict (the true log-odds
are 0.9 higher), so observed over expected events rises above the plan's limit. The last two weeks' outcomes are not
yet known (empty cells); production-outcomes.csv brings them later, by admission id. Nothing here is patient data.
Standard library only, fixed seed.
"""
import math
import random
from datetime import datetime, timedelta

rng = random.Random(20260504)
start = datetime(2026, 5, 4)
departments = ["Akuttmottak", "Medisinsk sengepost", "Kirurgisk sengepost"]
header = "innleggelse_id;tidspunkt;avdeling;risiko;sepsis_48t;alder;laktat\n"


def number(x, digits):
    return f"{x:.{digits}f}".replace(".", ",")


with open("production.csv", "w", encoding="utf-8", newline="\n") as now, \
        open("production-outcomes.csv", "w", encoding="utf-8", newline="\n") as later:
    now.write(header)
    later.write(header)
    for week in range(30):
        n = rng.randint(560, 640)
        seconds = sorted(rng.uniform(0, 7 * 24 * 3600) for _ in range(n))
        for i in range(n):
            age = max(18, min(100, round(rng.gauss(66, 16))))
            lactate = round(math.exp(rng.gauss(0.5, 0.5)), 1)
            logit = -2.3 + 0.025 * (age - 66) + 0.45 * (lactate - 1.8) + rng.gauss(0, 0.9)
            risk = 1 / (1 + math.exp(-logit))
            truth = 1 / (1 + math.exp(-(logit + (0.9 if week >= 19 else 0.0))))
            outcome = 1 if rng.random() < truth else 0
            when = (start + timedelta(weeks=week, seconds=seconds[i])).strftime("%Y-%m-%d %H:%M")
            lac = "" if rng.random() < 0.04 else number(lactate, 1)
            row = [f"{week + 1:02d}{i + 1:04d}", when, rng.choice(departments), number(risk, 4)]
            tail = [str(age), lac]
            known = week < 28
            now.write(";".join(row + [str(outcome) if known else ""] + tail) + "\n")
            if not known:
                later.write(";".join(row + [str(outcome)] + tail) + "\n")
