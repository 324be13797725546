#!/usr/bin/env bash
# Checks that k42j works without any Maven plugin: compiles the counter example with plain javac
# (the processor jar alone on -processorpath, the annotations and runtime on -cp), runs it with
# java -cp and compares its output with the expected text.
#
# Needs the jars of a finished build (`mvn -B verify`, run by .ci/run). The processor jar is
# self-contained (JavaPoet relocated inside it, and the annotation types it uses), so nothing else
# goes on the processor path and Maven is not needed here.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d "${TMPDIR:-/tmp}/k42j-javac.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The single main jar a module built (not -sources, -javadoc or -tests jars).
module_jar() {
  local module="$1" artifact="$2" found
  found=("$module"/target/"$artifact"-*.jar)
  local jars=()
  for jar in "${found[@]}"; do
    case "$jar" in
      *-sources.jar | *-javadoc.jar | *-tests.jar) ;;
      *) [[ -f "$jar" ]] && jars+=("$jar") ;;
    esac
  done
  if [[ ${#jars[@]} -ne 1 ]]; then
    echo "javac-example: expected one $artifact jar in $module/target, found ${#jars[@]};" \
      "run 'mvn -B verify' first" >&2
    exit 1
  fi
  printf '%s' "${jars[0]}"
}

annotations_jar="$(module_jar annotations k42j-annotations)"
runtime_jar="$(module_jar runtime k42j-runtime)"
processor_jar="$(module_jar processor k42j-processor)"

# Exactly what the README tells a plain-javac build: the processor jar and nothing else.
processor_path="$processor_jar"
class_path="$annotations_jar:$runtime_jar"
sources=(
  examples/src/main/java/org/k42j/examples/ParallelRun.java
  examples/src/main/java/org/k42j/examples/counter/*.java
)

mkdir -p "$work/classes" "$work/generated"
javac --release 17 \
  -processorpath "$processor_path" \
  -cp "$class_path" \
  -s "$work/generated" \
  -d "$work/classes" \
  "${sources[@]}"

for generated in PartitionedCounter_Dispatcher PartitionedCounter_Guard \
  ThreadSafePartitionedCounter_Dispatcher ThreadSafePartitionedCounter_Factory; do
  if [[ ! -f "$work/generated/org/k42j/examples/counter/$generated.java" ]]; then
    echo "javac-example: the processor did not generate $generated" >&2
    exit 1
  fi
done

actual="$(java -cp "$work/classes:$class_path" org.k42j.examples.counter.CounterExample 4 100000)"
expected="partitioned counter, exclusive rep: 4 threads x 100000 increments = 400000; after reset 0
partitioned counter, thread-safe rep: 4 threads x 100000 increments = 400000; after reset 0"
if [[ "$actual" != "$expected" ]]; then
  echo "javac-example: unexpected output" >&2
  diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") >&2 || true
  exit 1
fi
echo "javac-example: compiled with plain javac and ran the counter example:"
printf '%s\n' "$actual"
