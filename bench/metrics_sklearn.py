#!/usr/bin/python3
"""The scikit-learn pipeline that bench/metrics compares against: pandas read_csv, then roc_auc_score."""
import sys

import pandas as pd
from sklearn.metrics import roc_auc_score

data = pd.read_csv(sys.argv[1])
print(f"auroc {roc_auc_score(data['outcome'], data['risk']):.12f}")
