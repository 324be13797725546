package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/** The report names only benchmarks that exist, with parameter values they accept. */
class ReportLayoutTest {
  private static Set<String> layoutKeys() {
    ReportLayout layout = ReportLayout.standard();
    Set<String> keys = new LinkedHashSet<>();
    for (ReportLayout.Table table : layout.tables()) {
      for (ReportLayout.Group group : table.groups()) {
        keys.add(group.baselineKey());
        group.rows().forEach(row -> keys.add(row.key()));
      }
    }
    for (ReportLayout.RatioTarget target : layout.ratioTargets()) {
      keys.add(target.key());
      keys.add(target.baselineKey());
    }
    keys.addAll(layout.allocationTarget().keys());
    return keys;
  }

  @Test
  void everyKeyNamesABenchmarkMethodAndAParameterValueItRuns() throws Exception {
    for (String key : layoutKeys()) {
      int bracket = key.indexOf('[');
      String benchmark = bracket < 0 ? key : key.substring(0, bracket);
      int dot = benchmark.indexOf('.');
      Class<?> type = Class.forName("org.k42j.benchmarks." + benchmark.substring(0, dot));
      Method method = findMethod(type, benchmark.substring(dot + 1));
      assertNotNull(method, key);
      assertNotNull(method.getAnnotation(Benchmark.class), key);
      if (bracket >= 0) {
        for (String param : key.substring(bracket + 1, key.length() - 1).split(",")) {
          String[] nameAndValue = param.split("=", 2);
          List<String> accepted = paramValues(type, nameAndValue[0]);
          assertTrue(accepted.contains(nameAndValue[1]), key + " not in " + accepted);
        }
      }
    }
  }

  @Test
  void everyCounterKindIsAParameterValueAndBack() throws Exception {
    List<String> values = paramValues(CounterBenchmark.class, "impl");
    List<String> kinds = new ArrayList<>();
    for (CounterKind kind : CounterKind.values()) {
      kinds.add(kind.paramName());
      assertEquals(kind, CounterKind.ofParam(kind.paramName()));
    }
    assertEquals(kinds, values);
  }

  @Test
  void everyCounterKindCountsThroughItsCounter() {
    for (CounterKind kind : CounterKind.values()) {
      if (kind.dedicatedThreads()) {
        try (var dedicated = new DedicatedThreads();
            var binding = dedicated.bindCurrentThread()) {
          countsAThousand(kind);
        }
      } else {
        countsAThousand(kind);
      }
    }
  }

  private static void countsAThousand(CounterKind kind) {
    var counter = kind.create();
    for (int i = 0; i < 1000; i++) {
      counter.increment();
    }
    assertEquals(1000, counter.value(), kind.paramName());
    counter.reset();
    assertEquals(0, counter.value(), kind.paramName());
  }

  private static Method findMethod(Class<?> type, String name) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)) {
        return method;
      }
    }
    return null;
  }

  /**
   * The {@code @Param} values of the field {@code name} in any state class nested in {@code type}.
   */
  private static List<String> paramValues(Class<?> type, String name) {
    for (Class<?> nested : type.getClasses()) {
      for (Field field : nested.getFields()) {
        Param param = field.getAnnotation(Param.class);
        if (param != null && field.getName().equals(name)) {
          return Arrays.asList(param.value());
        }
      }
    }
    throw new AssertionError("no @Param " + name + " in " + type.getName());
  }
}
