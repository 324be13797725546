#!/usr/bin/env bash
# Checks that k42j works without any Maven plugin: compiles the counter example with plain javac
# (the processor on -processorpath, the annotations and runtime on -cp), runs it with java -cp
# and compares its output with the expected text.
#
# Needs the jars of a finished build (`mvn -B verify`, run by .ci/run). JavaPoet, the processor's
# one third-party dependency, is found through Maven's own resolution of the processor module
# rather than a hard-coded ~/.m2 path.
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

# The processor's runtime class path, filtered to JavaPoet. The compile phase (up to date after
# the build) lets Maven resolve the sibling modules from this checkout instead of ~/.m2. Every
# module of the -am set writes the file; the processor, which depends on the others, writes last.
mvn -q -B compile dependency:build-classpath -pl processor -am \
  -DincludeScope=runtime -DincludeArtifactIds=javapoet \
  -Dmdep.outputFile="$work/javapoet.classpath"
javapoet_jar="$(cat "$work/javapoet.classpath")"
if [[ "$javapoet_jar" != *javapoet*.jar || ! -f "$javapoet_jar" ]]; then
  echo "javac-example: no JavaPoet jar in the processor's class path: '$javapoet_jar'" >&2
  exit 1
fi

# The processor reads the annotation types (Policy, Reduce, ...) itself, so the annotations jar
# belongs on the processor path as well as on the class path.
processor_path="$processor_jar:$javapoet_jar:$annotations_jar"
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
