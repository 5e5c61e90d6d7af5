#!/usr/bin/python3
"""Writes demo/predictions.csv: a synthetic local validation set for the demo's sepsis-risk model.

    cd demo && /usr/bin/python3 make-predictions.py

3000 made-up admissions at three departments, about 8 % with sepsis within 48 hours. The model's risks are
slightly overconfident (calibration slope below 1) and weaker at one department, so the demo's charts and
subgroup table have something to show. Nothing here is patient data. Standard library only, fixed seed.
"""
import math
import random

rng = random.Random(20261123)
departments = [("Akuttmottak", 1400, 0.0), ("Medisinsk sengepost", 1000, 0.3), ("Kirurgisk sengepost", 600, -0.4)]
with open("predictions.csv", "w", encoding="utf-8", newline="\n") as f:
    f.write("pasient_id;avdeling;sepsis_48t;risiko\n")
    pid = 100000
    for name, count, shift in departments:
        for _ in range(count):
            pid += 1
            severity = rng.gauss(0.0, 1.0)
            true_logit = -2.9 + 1.3 * severity + shift
            outcome = 1 if rng.random() < 1.0 / (1.0 + math.exp(-true_logit)) else 0
            # The model sees the severity with noise (more at the surgical ward) and overstates it.
            noise = rng.gauss(0.0, 0.9 if name.startswith("Kirurgisk") else 0.5)
            model_logit = -2.8 + 1.35 * (severity + noise)
            risk = 1.0 / (1.0 + math.exp(-model_logit))
            # Norwegian Excel export: semicolons and decimal commas.
            f.write(f"{pid};{name};{outcome};{risk:.4f}".replace(".", ",") + "\n")
