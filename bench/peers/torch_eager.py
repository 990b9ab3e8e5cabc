"""PyTorch eager-mode peer for the Backprop Studio training-speed benchmark.

Autograd + torch.optim.SGD, float64 throughout, one intra-op thread.

--workload encoder-8-3-8: nn.Linear 8->3->8, sigmoid on both layers,
    loss = 0.5 * sum((a - t)^2), SGD lr 0.5, one sample per step
    (zero_grad / backward / step each sample), the 8 one-hot patterns as
    input = target in fixed order, weights uniform in [-0.5, 0.5] (seeded).
--workload mnist-784-128-10: nn.Linear 784->128->10, sigmoid on both layers,
    half squared error summed over outputs and averaged over the batch, SGD
    lr 0.1, minibatch 32, random inputs in [0,1) with random one-hot targets
    (60000 // 32 batches per epoch); only measures speed.

Trains for --seconds of wall time and prints one JSON line: impl, workload,
samples, seconds, samples_per_second, final_loss, torch_version, blas.
"""
import os
import sys

# Threads for torch and OpenBLAS, before they load: --threads N (default 1).
THREADS = "1"
if "--threads" in sys.argv[:-1]:
    THREADS = sys.argv[sys.argv.index("--threads") + 1]
os.environ["OPENBLAS_NUM_THREADS"] = THREADS
os.environ["OMP_NUM_THREADS"] = THREADS
os.environ["MKL_NUM_THREADS"] = THREADS

import argparse
import json
import re
import time

import torch
from torch import nn

DT = torch.float64


def blas_info():
    """Which BLAS torch was built with, and whether libopenblas is mapped after a matmul."""
    torch.ones(64, 64, dtype=DT) @ torch.ones(64, 64, dtype=DT)
    cfg = torch.__config__.show()
    m = re.search(r"BLAS_INFO=([^,\s]+)", cfg)
    built = m.group(1) if m else "unknown"
    with open("/proc/self/maps") as f:
        libs = sorted({ln.split()[-1] for ln in f if "openblas" in ln.lower() and "/" in ln})
    info = {"built_with": built, "openblas_loaded": bool(libs), "openblas_libs": libs}
    try:
        import threadpoolctl
        for pool in threadpoolctl.threadpool_info():
            if pool.get("user_api") == "blas":
                info.update({key: pool.get(key) for key in ("internal_api", "version", "architecture",
                                                            "num_threads", "filepath")})
                break
    except ImportError:
        info["error"] = "python3-threadpoolctl is not installed"
    return info


def make_net(sizes, gen):
    layers = []
    for n_in, n_out in zip(sizes, sizes[1:]):
        lin = nn.Linear(n_in, n_out, dtype=DT)
        with torch.no_grad():
            lin.weight.uniform_(-0.5, 0.5, generator=gen)
            lin.bias.uniform_(-0.5, 0.5, generator=gen)
        layers += [lin, nn.Sigmoid()]
    return nn.Sequential(*layers)


def half_sse(a, t):
    """0.5 * squared error summed over outputs, averaged over the batch."""
    return 0.5 * ((a - t) ** 2).sum() / a.shape[0]


def run_encoder(seconds, lr, gen, verbose):
    net = make_net([8, 3, 8], gen)
    opt = torch.optim.SGD(net.parameters(), lr=lr)
    patterns = torch.eye(8, dtype=DT)
    samples, epoch = 0, 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    while True:
        for i in range(8):
            x = patterns[i:i + 1]  # batch of one
            opt.zero_grad()
            loss = half_sse(net(x), x)
            loss.backward()
            opt.step()
        samples += 8
        epoch += 1
        if verbose and (epoch & (epoch - 1)) == 0:
            with torch.no_grad():
                print(f"# epoch {epoch} loss {half_sse(net(patterns), patterns).item():.6f}",
                      file=sys.stderr, flush=True)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    cpu = time.process_time() - cpu_start
    with torch.no_grad():
        final = half_sse(net(patterns), patterns).item()  # mean over the 8 patterns
    return samples, elapsed, cpu, final


def run_mnist(seconds, lr, gen, verbose, batch=32, n_train=60000):
    net = make_net([784, 128, 10], gen)
    opt = torch.optim.SGD(net.parameters(), lr=lr)
    x_all = torch.rand(n_train, 784, dtype=DT, generator=gen)
    labels = torch.randint(0, 10, (n_train,), generator=gen)
    t_all = torch.nn.functional.one_hot(labels, 10).to(DT)
    n_batches = n_train // batch
    samples, epoch, loss = 0, 0, None
    start = time.perf_counter()
    cpu_start = time.process_time()
    while True:
        for k in range(n_batches):
            x = x_all[k * batch:(k + 1) * batch]
            t = t_all[k * batch:(k + 1) * batch]
            opt.zero_grad()
            loss = half_sse(net(x), t)
            loss.backward()
            opt.step()
            samples += batch
            if (k & 63) == 63 and time.perf_counter() - start >= seconds:
                break
        epoch += 1
        if verbose:
            print(f"# epoch {epoch} last batch loss {loss.item():.6f}", file=sys.stderr, flush=True)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            break
    cpu = time.process_time() - cpu_start
    return samples, elapsed, cpu, loss.item()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workload", choices=["encoder-8-3-8", "mnist-784-128-10"],
                    default="encoder-8-3-8")
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--lr", type=float, default=None,
                    help="learning rate (default 0.5 for encoder, 0.1 for mnist)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verbose", action="store_true", help="print loss progress to stderr")
    ap.add_argument("--threads", type=int, default=1, help="intra-op threads (default 1)")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.set_default_dtype(DT)
    gen = torch.Generator().manual_seed(args.seed)
    blas = blas_info()
    if args.workload == "encoder-8-3-8":
        lr = 0.5 if args.lr is None else args.lr
        samples, elapsed, cpu, final = run_encoder(args.seconds, lr, gen, args.verbose)
    else:
        lr = 0.1 if args.lr is None else args.lr
        samples, elapsed, cpu, final = run_mnist(args.seconds, lr, gen, args.verbose)
    print(json.dumps({
        "impl": "torch-eager",
        "workload": args.workload,
        "samples": samples,
        "seconds": round(elapsed, 4),
        "cpu_seconds": round(cpu, 4),
        "samples_per_second": round(samples / elapsed, 1),
        "samples_per_cpu_second": round(samples / cpu, 1) if cpu > 0 else None,
        "threads": args.threads,
        "final_loss": final,
        "torch_version": torch.__version__,
        "blas": blas,
    }))


if __name__ == "__main__":
    main()
