#!/usr/bin/env bash
# Benchmark guard: exact allocations per operation against benchmarks/allocation-budgets.json, and Parse throughput
# against a vectorized scan of the same corpus measured in the same run (BenchmarkDotNet, in-process, short job).
# Fails (non-zero exit, "benchmark guard FAILED: ..." on stderr) when a budget is exceeded or Parse falls below 1/3000 of
# the scan. About 20 s after the Release build on 2 cores. After an intended allocation change:
#   dotnet run -c Release --project benchmarks/PersianNews.Core.Benchmarks -- --guard --update-budgets
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project benchmarks/PersianNews.Core.Benchmarks -- --guard "$@"
