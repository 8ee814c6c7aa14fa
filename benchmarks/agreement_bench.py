"""Timings of intercoder agreement: the command a user runs, and the maths underneath.

1. The command line as a user runs it (a fresh process each time, project read from disk):
   ``qda-app agreement large.qdaproj --coders ... [--bootstrap 1000]`` on the ``large``
   benchmark project (benchmarks/make_project.py --size large: 500 documents of ~60 KB,
   90 codes in 10 domains, 50,000 quotations, 3 coders), for two and for three coders.
2. The core maths on a synthetic case of the same size: two coders, 500 documents of
   ~60,000 characters, 100 codes in 10 semantic domains of 10 codes, 50,000 quotations (the
   second coder's spans are jittered copies of the first's plus some of its own, so
   coefficients are neither 0 nor 1), and the vectorised bootstrap.

Prints figures; asserts nothing.

    python benchmarks/agreement_bench.py [--seed N] [--resamples N] [--out DIR] [--skip-cli]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qda_app.core.agreement import (  # noqa: E402
    CodedSpan,
    agreement_by_code,
    agreement_by_domain,
    code_tallies,
    documents_coded_by_all,
    pooled_domains,
    resampling,
)

DOCUMENTS = 500
DOCUMENT_LENGTH = 60_000
QUOTATIONS = 50_000
DOMAINS = 10
CODES_PER_DOMAIN = 10


def build_case(seed: int) -> tuple[list[CodedSpan], dict[int, int], dict[str, list[str]]]:
    generator = random.Random(seed)
    domains = {f"domain{d}": [f"code{d}.{c}" for c in range(CODES_PER_DOMAIN)]
               for d in range(DOMAINS)}
    lengths = {document: generator.randint(55_000, 65_000) for document in range(DOCUMENTS)}
    per_coder_document_domain = QUOTATIONS // (2 * DOCUMENTS * DOMAINS)  # = 5
    spans: list[CodedSpan] = []
    for document, length in lengths.items():
        for codes in domains.values():
            # One coder's units of a domain: disjoint, so no domain violations.
            slots = sorted(generator.sample(range(0, length - 400, 400),
                                            per_coder_document_domain))
            for slot in slots:
                code = generator.choice(codes)
                start = slot + generator.randint(0, 100)
                end = start + generator.randint(20, 250)
                spans.append(CodedSpan("A", document, code, start, end))
                if generator.random() < 0.85:  # B mostly agrees, with shifted boundaries
                    other_code = code if generator.random() < 0.8 else generator.choice(codes)
                    shifted = max(slot, start + generator.randint(-15, 15))
                    shifted_end = min(slot + 399, end + generator.randint(-15, 15))
                    spans.append(CodedSpan("B", document, other_code, shifted,
                                           max(shifted + 5, shifted_end)))
                else:  # ... or codes somewhere else in the same slot
                    own = slot + generator.randint(0, 150)
                    spans.append(CodedSpan("B", document, generator.choice(codes), own,
                                           own + generator.randint(20, 240)))
    return spans, lengths, domains


def timed(label: str, function):
    started = time.perf_counter()
    result = function()
    print(f"{label:<48} {time.perf_counter() - started:8.3f} s")
    return result


def time_cli(project: Path, coders: list[str], *extra: str) -> tuple[float, float, dict]:
    """Wall and CPU seconds of one ``qda-app agreement`` run in a fresh process, and its JSON.

    On a shared machine the wall time grows with the load; the CPU time (user + system of the
    process) is what the run costs, and what it takes on an idle machine with one core free.
    """
    root = Path(__file__).resolve().parent.parent
    environment = {**os.environ, "PYTHONPATH": str(root)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "qda_app", "agreement", str(project), "--coders", *coders,
                                "--json", *extra], capture_output=True, env=environment, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, json.loads(completed.stdout)


def cli_figures(out: Path, resamples: int) -> None:
    from benchmarks.make_project import make_project

    project = timed("build or reuse the large project", lambda: make_project("large", out))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; wall-clock / CPU seconds per run")
    for coders in (["Coder A", "Coder B"], ["Coder A", "Coder B", "Coder C"]):
        label = " and ".join(coders)
        wall, cpu, data = time_cli(project, coders)
        print(f"{'qda-app agreement, ' + label:<48} {wall:8.3f} s wall {cpu:8.3f} s CPU  "
              f"({len(data['documents'])} documents, {data['characters']} characters, {len(data['codes'])} codes)")
        wall, cpu, data = time_cli(project, coders, "--bootstrap", str(resamples))
        interval = data["codes"][0]["interval"]["alpha_binary"]
        print(f"{'  ... --bootstrap ' + str(resamples):<48} {wall:8.3f} s wall {cpu:8.3f} s CPU  "
              f"(first code's CI [{interval['low']:.4f}, {interval['high']:.4f}])")
    wall, cpu, _ = time_cli(project, ["Coder A", "Coder B"], "--min-overlap", "90", "--by-document", "cohen_kappa",
                            "--units", "quotations")
    print(f"{'  ... segments, code x document, units':<48} {wall:8.3f} s wall {cpu:8.3f} s CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/qda-bench"), help="where the large project is kept")
    parser.add_argument("--skip-cli", action="store_true")
    arguments = parser.parse_args()

    if not arguments.skip_cli:
        cli_figures(arguments.out, arguments.resamples)
        print()
    spans, lengths, domains = timed("build synthetic case", lambda: build_case(arguments.seed))
    codes = [code for domain_codes in domains.values() for code in domain_codes]
    print(f"{len(spans)} quotations, {len(lengths)} documents, "
          f"{sum(lengths.values())} characters, {len(codes)} codes")
    coders = ["A", "B"]
    started = time.perf_counter()
    selected = timed("documents coded by all", lambda: documents_coded_by_all(spans, coders))
    chosen = {document: lengths[document] for document in selected}
    by_code = timed("per code (alpha-binary, % agreement, kappa)",
                    lambda: agreement_by_code(spans, lengths=chosen, codes=codes, coders=coders))
    by_domain = timed("per domain (u, |u, cu, (k)u-alpha)",
                      lambda: agreement_by_domain(spans, lengths=chosen, domains=domains,
                                                  coders=coders))
    overall = pooled_domains(by_domain.values())
    print(f"{'total: selection + per code + per domain':<48} "
          f"{time.perf_counter() - started:8.3f} s")

    first = codes[0]
    tallies = timed(f"per-document tallies of {first}",
                    lambda: code_tallies(spans, lengths=chosen, code=first, coders=coders))

    def vectorised():
        pool, counts = resampling.resample_counts(list(chosen), resamples=arguments.resamples, seed=arguments.seed)
        values = resampling.alpha_binary(resampling.binary_sums(tallies, pool, counts), 2).values
        return np.quantile(values[~np.isnan(values)], [0.025, 0.975])

    low, high = timed(f"bootstrap of {first}, {arguments.resamples} resamples (numpy)", vectorised)

    sample = by_code[first]
    print(f"\n{first}: alpha-binary {sample.alpha_binary.value:.3f}, "
          f"agreement {sample.percent_agreement.value:.3f}, kappa {sample.cohen_kappa.value:.3f}"
          f", 95% CI [{low:.3f}, {high:.3f}]")
    domain = by_domain["domain0"]
    print(f"domain0: u {domain.u_alpha.value:.3f}, |u {domain.alpha_binary.value:.3f}, "
          f"cu {domain.cu_alpha.value:.3f} (coverage {domain.coverage:.3f}), "
          f"violations {len(domain.violations)}")
    print(f"pooled over domains: u {overall.u_alpha.value:.3f}, "
          f"|u {overall.alpha_binary.value:.3f}, cu {overall.cu_alpha.value:.3f}")


if __name__ == "__main__":
    main()
