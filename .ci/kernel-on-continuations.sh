#!/usr/bin/env bash
# Runs the kernel's tests on a JDK 21+ (Temurin 25 where it is installed beside the default JDK),
# with the continuation backend as every test's default (-Dk42j.kernel.backend=continuation).
# The runtime's virtual-thread tests run there too (the default JDK, 17, has no virtual threads,
# so step 1 skips them). The default JDK's run in `mvn -B verify` is unchanged. Prints that it
# skipped when no such JDK is present; K42J_CONTINUATION_JDK names another JDK home.
set -euo pipefail
cd "$(dirname "$0")/.."

jdk="${K42J_CONTINUATION_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ ! -x "$jdk/bin/java" ]]; then
  echo "kernel on continuations: skipped, no JDK 21+ at $jdk (set K42J_CONTINUATION_JDK)"
  exit 0
fi
feature="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.specification.version = //p')"
if (( feature < 21 )); then
  echo "kernel on continuations: skipped, $jdk is JDK $feature (continuations need 21+)"
  exit 0
fi

echo "kernel on continuations: the kernel's tests and the runtime's virtual-thread tests on JDK $feature ($jdk)"
# -am builds what the kernel needs with this JDK (for release 17); the test filter runs only the
# kernel's tests and the runtime's virtual-thread ones: the rest of the modules' ran in step 1.
JAVA_HOME="$jdk" mvn -B test -pl kernel -am \
  -Dk42j.kernel.backend=continuation \
  -Dtest='org/k42j/kernel/**/*Test,org/k42j/runtime/**/*VirtualThread*Test,RepGuardContentionTest,RetiredGuardRedispatchTest' \
  -Dsurefire.failIfNoSpecifiedTests=false

# The same virtual-thread tests with the caller scan's view of virtual threads turned off, as on a
# JDK 25 run without --add-exports: requests and retired guards alone keep them exact.
echo "virtual threads unseen by the caller scan: the runtime's virtual-thread tests on JDK $feature"
JAVA_HOME="$jdk" mvn -B test -pl runtime \
  -Dk42j.scan.virtualThreads=false \
  -Dtest='VirtualThreadLifecycleTest,RetiredGuardRedispatchTest' \
  -Dsurefire.failIfNoSpecifiedTests=false
