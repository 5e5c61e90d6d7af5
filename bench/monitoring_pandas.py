#!/usr/bin/python3
"""What a hospital analyst would script instead of `monitor status`: weekly windows with pandas and scikit-learn.

    monitoring_pandas.py CSV

Reads the production CSV (id, time, outcome, risk, age), cuts ISO weeks in Europe/Oslo, and per week computes n, the
AUROC (sklearn.metrics.roc_auc_score, no interval), O/E with Byar's interval, the Brier score and the PSI of age
against the first twelve weeks. Prints one line per week and the number of weeks. It does less than Veiviser
(no DeLong interval, no logistic calibration fit, no charts), so it is a floor, not an equal.
"""
import sys

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.metrics import roc_auc_score


def psi(expected, actual, edges):
    e = np.bincount(np.searchsorted(edges, expected, side="left"), minlength=len(edges) + 1) / len(expected)
    a = np.bincount(np.searchsorted(edges, actual, side="left"), minlength=len(edges) + 1) / len(actual)
    e, a = np.maximum(e, 1e-4), np.maximum(a, 1e-4)
    return float(np.sum((a - e) * np.log(a / e)))


def main():
    df = pd.read_csv(sys.argv[1])
    local = pd.to_datetime(df["time"]).dt.tz_localize("Europe/Oslo", ambiguous="NaT", nonexistent="shift_forward")
    df["week"] = local.dt.tz_localize(None).dt.to_period("W-SUN")
    weeks = sorted(df["week"].unique())
    base = df[df["week"].isin(weeks[:12])]["age"].dropna().to_numpy()
    edges = np.unique(np.quantile(base, np.arange(1, 10) / 10))
    z = stats.norm.ppf(0.975)
    for week, g in df.groupby("week"):
        y, p = g["outcome"].to_numpy(), g["risk"].to_numpy()
        o, e = y.sum(), p.sum()
        lo = o * (1 - 1 / (9 * o) - z / (3 * np.sqrt(o))) ** 3 / e if o > 0 else 0.0
        hi = (o + 1) * (1 - 1 / (9 * (o + 1)) + z / (3 * np.sqrt(o + 1))) ** 3 / e
        print(week, len(g), roc_auc_score(y, p), o / e, lo, hi, np.mean((p - y) ** 2),
              psi(base, g["age"].dropna().to_numpy(), edges))
    print(f"weeks {len(weeks)}")


if __name__ == "__main__":
    main()
