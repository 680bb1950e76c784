#!/usr/bin/env bash
# Builds the benchmark corpus: the real buildspecs of src/test/resources/corpus/real/buildspec (or $CORPUS),
# repeated in order to $COUNT files (default 1200) named bench/out/corpus/buildspec-NNNN.yml, so that
# folder discovery (`codestages lint bench/out/corpus`) finds every one of them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="${CORPUS:-$here/../src/test/resources/corpus/real/buildspec}"
count="${COUNT:-1200}"
out="$here/out/corpus"

shopt -s nullglob
sources=("$source_dir"/*.yml "$source_dir"/*.yaml)
if [ "${#sources[@]}" -eq 0 ]; then
  echo "make-corpus: no *.yml or *.yaml file in $source_dir (set CORPUS to a folder of buildspecs)" >&2
  exit 2
fi
IFS=$'\n' sources=($(printf '%s\n' "${sources[@]}" | sort)); unset IFS

rm -rf "$out"
mkdir -p "$out"
# keep `codestages lint .` in the project root away from the 1,200 copies
mkdir -p bench/out && : > bench/out/.codestages-ignore
for ((i = 0; i < count; i++)); do
  cp "${sources[i % ${#sources[@]}]}" "$(printf '%s/buildspec-%04d.yml' "$out" "$((i + 1))")"
done
bytes=$(cat "$out"/*.yml | wc -c)
lines=$(cat "$out"/*.yml | wc -l)
echo "make-corpus: $count files from ${#sources[@]} sources in $out ($bytes bytes, $lines lines;" \
  "$((bytes / count)) bytes and $((lines / count)) lines per file on average)"
