#!/usr/bin/env bash
# Builds the harness, instruments PersianNews.Core.dll with SharpFuzz and runs AFL++ on one target.
#   fuzz/fuzz.sh parser|date [OUT_DIR]      (Ctrl-C to stop; stats in OUT_DIR/default/fuzzer_stats)
# Needs: apt-get install -y afl++ ; dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
set -euo pipefail
target="${1:?usage: fuzz.sh parser|date [OUT_DIR]}"
here="$(cd "$(dirname "$0")" && pwd)"
out="${2:-$here/findings/$target}"
bin="$here/build/$target"      # one instrumented copy per target, so a rebuild never swaps a running fuzzer's dll
export PATH="$PATH:$HOME/.dotnet/tools"

dotnet build "$here/PersianNews.Fuzz" -c Release -nologo -v q -o "$bin"
# Instrument only the library under test (the harness and the runtime stay as they are). sharpfuzz rewrites the dll
# in place, so a rebuild (which overwrites it) must come before every instrumentation.
sharpfuzz "$bin/PersianNews.Core.dll"

export AFL_SKIP_BIN_CHECK=1                          # the target is `dotnet`, not an AFL-compiled binary
export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1          # shared machine: no CPU pinning, no governor check
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_AUTORESUME=1                            # an existing OUT_DIR is resumed, not refused
mkdir -p "$out"
# -t: the .NET runtime starts slowly for the first input; 10 s per input also catches hangs (super-linear work).
exec afl-fuzz -i "$here/corpus/$target" -o "$out" -x "$here/persian.dict" -t 10000 -m none -- dotnet "$bin/PersianNews.Fuzz.dll" "$target"
