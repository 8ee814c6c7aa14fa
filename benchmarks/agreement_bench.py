"""Timings of the agreement maths on the product issue's large case.

Two coders, 500 documents of ~60,000 characters, 100 codes in 10 semantic domains of 10
codes, 50,000 quotations in total (the second coder's spans are jittered copies of the
first's plus some of its own, so coefficients are neither 0 nor 1). Within a domain a
coder never overlaps two codes, as the domain rules demand. Prints figures; asserts nothing.

    python benchmarks/agreement_bench.py [--seed N] [--resamples N]
"""

from __future__ import annotations

import argparse
import random
import time

from qda_app.core.agreement import (
    BinaryTally,
    CodedSpan,
    agreement_by_code,
    agreement_by_domain,
    alpha_binary_from,
    bootstrap_interval,
    code_tallies,
    combine_tallies,
    documents_coded_by_all,
    pooled_domains,
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--resamples", type=int, default=1000)
    arguments = parser.parse_args()

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
    interval = timed(
        f"bootstrap of {first}, {arguments.resamples} resamples",
        lambda: bootstrap_interval(
            lambda documents: alpha_binary_from(combine_tallies(
                (tallies[d] for d in documents), BinaryTally.empty(2))),
            list(chosen), resamples=arguments.resamples, seed=arguments.seed))

    sample = by_code[first]
    print(f"\n{first}: alpha-binary {sample.alpha_binary.value:.3f}, "
          f"agreement {sample.percent_agreement.value:.3f}, kappa {sample.cohen_kappa.value:.3f}"
          f", 95% CI [{interval.low:.3f}, {interval.high:.3f}]")
    domain = by_domain["domain0"]
    print(f"domain0: u {domain.u_alpha.value:.3f}, |u {domain.alpha_binary.value:.3f}, "
          f"cu {domain.cu_alpha.value:.3f} (coverage {domain.coverage:.3f}), "
          f"violations {len(domain.violations)}")
    print(f"pooled over domains: u {overall.u_alpha.value:.3f}, "
          f"|u {overall.alpha_binary.value:.3f}, cu {overall.cu_alpha.value:.3f}")


if __name__ == "__main__":
    main()
