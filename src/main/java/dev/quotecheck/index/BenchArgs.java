package dev.quotecheck.index;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} arguments of the benchmark commands. */
public final class BenchArgs {
  private BenchArgs() {}

  public static Map<String, String> parse(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        String name = args[i].substring(2);
        String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true";
        out.put(name, value);
      } else {
        out.put("command", args[i]);
      }
    }
    return out;
  }
}
