# Sourced by the launcher and the benchmark: JAVA, the runtime of the applications.
# The runtime of the applications: a JDK 25 or newer where the machine has one (RENEWAL_JAVA, the java on the
# PATH, JAVA_HOME, /usr/lib/jvm/*), else the java on the PATH (17 or newer). On 25+ each application starts from an
# AOT cache (JEP 483/514: classes loaded and linked ahead of time, made by a training run once per build) and with
# compact object headers (JEP 519: less memory). The build itself stays on Java 17.
java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]) + 0; exit }'; }
JAVA=${RENEWAL_JAVA:-}
if [ -z "$JAVA" ]; then
  JAVA=java
  if [ "$(java_major java)" -lt 25 ]; then
    for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*/bin/java; do
      if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 25 ]; then JAVA=$candidate; break; fi
    done
  fi
fi
