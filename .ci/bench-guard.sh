#!/usr/bin/env bash
# Benchmark smoke run: the benchmarks project builds and one benchmark runs with a very short job.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project benchmarks/PersianNews.Core.Benchmarks -- --filter '*ParseBenchmarks*' --job Dry --artifacts "$(mktemp -d)"
