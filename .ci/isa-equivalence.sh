#!/usr/bin/env bash
# The vectorized paths (Vector512/AVX-512 VBMI, Vector256, Vector128) must give exactly the output of the scalar code.
# The test suite runs on whatever this machine has, so here the Release CLI parses and normalizes the shared corpus
# (as written, and with its half-spaces deleted, spaced and doubled) once per instruction-set configuration, and every
# output must be byte-identical to the default run. Needs the Release build of src/PersianNews.Cli.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
cli=(dotnet src/PersianNews.Cli/bin/Release/net10.0/persian-news.dll)
corpus=../shared/corpus/articles
zw=$'\u200c'

# The corpus in four half-space forms, as files the normalize verb reads.
for form in asis deleted spaced doubled; do
  mkdir -p "$out/in-$form"
  for f in "$corpus"/*.txt ../shared/seeds/*.txt; do
    t=$(cat "$f"; printf x); t=${t%x}
    case $form in
      deleted) t=${t//$zw/} ;;
      spaced) t=${t//$zw/ } ;;
      doubled) t=${t//$zw/$zw$zw} ;;
    esac
    printf '%s' "$t" > "$out/in-$form/$(basename "$f")"
  done
done

run() { # name, env assignments...
  local name=$1; shift
  env "$@" "${cli[@]}" parse "$corpus" ../shared/seeds --format jsonl --quiet > "$out/$name.parse.jsonl" 2> "$out/$name.parse.err" || return 1
  for form in asis deleted spaced doubled; do
    env "$@" "${cli[@]}" normalize "$out/in-$form"/*.txt > "$out/$name.norm-$form.txt" 2>> "$out/$name.norm.err" || return 1
  done
}

fails=0
run default DOTNET_ISA_CHECK=default || { echo "default run failed"; cat "$out"/default.*.err; exit 1; }
[ -s "$out/default.parse.jsonl" ] || { echo "default run produced no output"; exit 1; }
# .NET 10 knobs: EnableAVX512=0 turns off every AVX-512 subset (Vector512 and Avx512Vbmi); PreferredVectorBitWidth=256
# keeps AVX-512 VBMI but makes Vector512 unaccelerated; EnableAVX2=0 leaves Vector128 only; EnableHWIntrinsic=0 is scalar.
for cfg in "no-avx512 DOTNET_EnableAVX512=0" "vector256 DOTNET_PreferredVectorBitWidth=256" "vector128 DOTNET_EnableAVX2=0" "scalar DOTNET_EnableHWIntrinsic=0"; do
  set -- $cfg; name=$1; shift
  if ! run "$name" "$@"; then echo "FAIL $name: the CLI failed"; fails=$((fails + 1)); continue; fi
  bad=0
  for f in parse.jsonl norm-asis.txt norm-deleted.txt norm-spaced.txt norm-doubled.txt; do
    if ! cmp -s "$out/default.$f" "$out/$name.$f"; then echo "FAIL $name: $f differs from the default run"; bad=1; fi
  done
  [ $bad -eq 0 ] && echo "  ok $name ($*): parse and normalize output identical" || fails=$((fails + 1))
done
rm -rf "$out"
[ $fails -eq 0 ]
