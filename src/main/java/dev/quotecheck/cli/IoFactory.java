package dev.quotecheck.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds command objects, handing the {@link Io} to those whose constructor takes it. */
final class IoFactory implements CommandLine.IFactory {
  private final Io io;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  IoFactory(Io io) {
    this.io = io;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      Constructor<K> c = type.getDeclaredConstructor(Io.class);
      c.setAccessible(true);
      return c.newInstance(io);
    } catch (NoSuchMethodException e) {
      return fallback.create(type);
    }
  }
}
