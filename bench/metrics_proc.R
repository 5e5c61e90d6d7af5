#!/usr/bin/env Rscript
# The pROC pipeline that bench/metrics compares against: read the CSV (data.table::fread or read.csv),
# then roc() and its DeLong confidence interval, ci.auc().
#   Rscript metrics_proc.R FILE fread|read.csv
args <- commandArgs(trailingOnly = TRUE)
suppressMessages(library(pROC))
data <- if (args[2] == "fread") {
    suppressMessages(library(data.table))
    fread(args[1], showProgress = FALSE)
} else {
    read.csv(args[1])
}
r <- roc(data$outcome, data$risk, levels = c(0, 1), direction = "<", quiet = TRUE)
ci <- ci.auc(r, method = "delong")
cat(sprintf("auroc %.12f ci %.12f %.12f\n", ci[2], ci[1], ci[3]))
