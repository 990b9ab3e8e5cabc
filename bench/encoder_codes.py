#!/usr/bin/env python3
"""How many seeds of the 8-3-8 lesson reach 8 distinct hidden codes, per learning rate and epoch budget.

Runs `backprop-cli train --preset encoder-8-3-8 --history` for seeds 1..N and every candidate learning
rate, for the longest budget, and reads the distinct_codes column of each history. For each budget it
counts the seeds that reach 8 codes within it, those that hold 8 codes at its end, and the median epoch
at which 8 codes first appear. Prints a Markdown table (docs/lessons.md holds its output).

    bench/encoder_codes.py build/app/backprop-cli [--seeds 50] [--rates 1,2,3,5,8] [--budgets 1000,2000,3000]
"""
import argparse
import csv
import os
import statistics
import subprocess
import tempfile


def history_codes(cli, seed, rate, epochs, folder):
    path = os.path.join(folder, f"h-{seed}-{rate}.csv")
    result = subprocess.run([cli, "train", "--preset", "encoder-8-3-8", "--seed", str(seed), "--lr", str(rate),
                             "--epochs", str(epochs), "--history", path, "--quiet"], stdout=subprocess.DEVNULL)
    if result.returncode not in (0, 1):  # 1: diverged, the history is written all the same
        raise SystemExit(f"backprop-cli failed for seed {seed}, η {rate}")
    with open(path, newline="") as file:
        codes = [int(row["distinct_codes"]) for row in csv.DictReader(file)]
    # A run that diverged stops early: it keeps its last count.
    return codes + [codes[-1] if codes else 0] * (epochs - len(codes))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("--seeds", type=int, default=50)
    parser.add_argument("--rates", default="1,2,3,5,8")
    parser.add_argument("--budgets", default="1000,2000,3000")
    args = parser.parse_args()
    rates = [float(r) for r in args.rates.split(",")]
    budgets = [int(b) for b in args.budgets.split(",")]
    print("| η | epochs | seeds reaching 8 codes | seeds with 8 codes at the end | median first epoch with 8 |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for rate in rates:
            runs = [history_codes(args.cli, seed, rate, max(budgets), folder) for seed in range(1, args.seeds + 1)]
            for budget in budgets:
                firsts = [next((e + 1 for e, c in enumerate(codes[:budget]) if c == 8), None) for codes in runs]
                reached = [f for f in firsts if f is not None]
                at_end = sum(1 for codes in runs if codes[budget - 1] == 8)
                median = statistics.median(reached) if reached else "–"
                print(f"| {rate:g} | {budget} | {len(reached)}/{args.seeds} | {at_end}/{args.seeds} | {median} |")


if __name__ == "__main__":
    main()
