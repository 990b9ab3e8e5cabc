"""NumPy peers for the Backprop Studio training-speed benchmark.

--style lecture (default): workload "encoder-8-3-8", written in the loop style
    of the backprop lecture (lesson 05): one sample per update, np.dot for the
    forward pass, np.vectorize for the logistic activation and its derivative,
    and per-element Python loops for the weight update. Unlike the lecture's
    listing the maths is corrected: delta = dE/dz with sigma'(z) evaluated at the
    right layer's z, and w <- w - lr * dE/dw for E = 1/2 * sum((a - t)^2).

--style vectorized: workload "mnist-784-128-10", plain NumPy matrix ops (no
    element loops), logistic on both layers, half squared error summed over
    outputs and averaged over a minibatch of 32, SGD. Inputs are random in [0,1)
    with random one-hot targets: this only measures speed.

Trains for --seconds of wall time (clock checked once per epoch) and prints one
JSON line: impl, workload, samples, seconds, samples_per_second, final_loss.
"""
import os
import sys

# Threads for OpenBLAS, before numpy loads it: --threads N (default 1).
THREADS = "1"
if "--threads" in sys.argv[:-1]:
    THREADS = sys.argv[sys.argv.index("--threads") + 1]
os.environ["OPENBLAS_NUM_THREADS"] = THREADS
os.environ["OMP_NUM_THREADS"] = THREADS
os.environ["MKL_NUM_THREADS"] = THREADS

import argparse
import json
import math
import time

import numpy as np


def blas_info():
    """The BLAS numpy runs and the kernel it picked for this processor (threadpoolctl)."""
    try:
        import threadpoolctl
    except ImportError:
        return {"error": "python3-threadpoolctl is not installed"}
    np.ones((64, 64)) @ np.ones((64, 64))
    for pool in threadpoolctl.threadpool_info():
        if pool.get("user_api") == "blas":
            return {key: pool.get(key) for key in ("internal_api", "version", "architecture",
                                                   "num_threads", "filepath")}
    return {"error": "threadpoolctl found no BLAS"}


def activate(x):
    return 1.0 / (1.0 + math.exp(-x))


def actderiv(x):
    s = activate(x)
    return s * (1.0 - s)


def run_lecture(seconds, lr, seed, verbose):
    dim = [8, 3, 8]
    l = len(dim)
    rng = np.random.default_rng(seed)
    # w[i] has shape (dim[i], dim[i+1]) and z[i] = a[i] . w[i] + b[i], as in the lecture.
    w = [rng.uniform(-0.5, 0.5, (dim[i], dim[i + 1])) for i in range(l - 1)]
    b = [rng.uniform(-0.5, 0.5, dim[i + 1]) for i in range(l - 1)]
    a = [None] * l
    z = [None] * (l - 1)
    d = [None] * (l - 1)
    act = np.vectorize(activate)
    der = np.vectorize(actderiv)
    patterns = np.eye(8)

    def forward(x):
        a[0] = x
        for i in range(0, l - 1):
            z[i] = np.dot(a[i], w[i]) + b[i]
            a[i + 1] = act(z[i])

    def update(x, y):
        forward(x)
        # output error: dE/dz of the last layer
        d[l - 2] = (a[l - 1] - y) * der(z[l - 2])
        # back propagation: d[i] is dE/dz[i]
        for i in range(l - 3, -1, -1):
            d[i] = np.dot(w[i + 1], d[i + 1]) * der(z[i])
        # updating (gradient descent)
        for i in range(0, l - 1):
            for k in range(0, dim[i + 1]):
                for j in range(0, dim[i]):
                    w[i][j, k] = w[i][j, k] - lr * a[i][j] * d[i][k]
                b[i][k] = b[i][k] - lr * d[i][k]

    def mean_loss():
        total = 0.0
        for p in patterns:
            forward(p)
            total += 0.5 * float(np.sum((a[l - 1] - p) ** 2))
        return total / len(patterns)

    samples, epoch = 0, 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    while True:
        for p in patterns:
            update(p, p)
        samples += len(patterns)
        epoch += 1
        if verbose and (epoch & (epoch - 1)) == 0:  # powers of two
            print(f"# epoch {epoch} loss {mean_loss():.6f}", file=sys.stderr, flush=True)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    cpu = time.process_time() - cpu_start
    return "numpy-lecture", "encoder-8-3-8", samples, elapsed, cpu, mean_loss()


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def run_vectorized(seconds, lr, seed, verbose, batch=32, n_train=60000):
    rng = np.random.default_rng(seed)
    n_in, n_hid, n_out = 784, 128, 10
    x_all = rng.random((n_train, n_in))
    t_all = np.eye(n_out)[rng.integers(0, n_out, n_train)]
    w1 = rng.uniform(-0.5, 0.5, (n_in, n_hid))
    b1 = rng.uniform(-0.5, 0.5, n_hid)
    w2 = rng.uniform(-0.5, 0.5, (n_hid, n_out))
    b2 = rng.uniform(-0.5, 0.5, n_out)
    n_batches = n_train // batch
    samples, epoch, loss = 0, 0, float("nan")
    start = time.perf_counter()
    cpu_start = time.process_time()
    while True:
        for k in range(n_batches):
            x = x_all[k * batch:(k + 1) * batch]
            t = t_all[k * batch:(k + 1) * batch]
            h = sigmoid(x @ w1 + b1)
            o = sigmoid(h @ w2 + b2)
            loss = 0.5 * float(np.sum((o - t) ** 2)) / batch
            d2 = (o - t) * o * (1.0 - o) / batch  # dE/dz2, E averaged over the batch
            d1 = (d2 @ w2.T) * h * (1.0 - h)      # dE/dz1
            w2 -= lr * (h.T @ d2)
            b2 -= lr * d2.sum(axis=0)
            w1 -= lr * (x.T @ d1)
            b1 -= lr * d1.sum(axis=0)
            samples += batch
            # check the clock every 64 batches too, so short runs stop on time
            if (k & 63) == 63 and time.perf_counter() - start >= seconds:
                break
        epoch += 1
        if verbose:
            print(f"# epoch {epoch} last batch loss {loss:.6f}", file=sys.stderr, flush=True)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    cpu = time.process_time() - cpu_start
    return "numpy-vectorized", "mnist-784-128-10", samples, elapsed, cpu, loss


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", choices=["lecture", "vectorized"], default="lecture")
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--lr", type=float, default=None,
                    help="learning rate (default 0.5 for lecture, 0.1 for vectorized)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verbose", action="store_true", help="print loss progress to stderr")
    ap.add_argument("--threads", type=int, default=1, help="OpenBLAS threads (default 1)")
    args = ap.parse_args()
    if args.style == "lecture":
        lr = 0.5 if args.lr is None else args.lr
        res = run_lecture(args.seconds, lr, args.seed, args.verbose)
    else:
        lr = 0.1 if args.lr is None else args.lr
        res = run_vectorized(args.seconds, lr, args.seed, args.verbose)
    impl, workload, samples, elapsed, cpu, loss = res
    print(json.dumps({
        "impl": impl,
        "workload": workload,
        "samples": samples,
        "seconds": round(elapsed, 4),
        "cpu_seconds": round(cpu, 4),
        "samples_per_second": round(samples / elapsed, 1),
        "samples_per_cpu_second": round(samples / cpu, 1) if cpu > 0 else None,
        "threads": args.threads,
        "final_loss": loss,
        "blas": blas_info(),
    }))


if __name__ == "__main__":
    main()
