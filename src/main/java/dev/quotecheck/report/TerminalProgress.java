package dev.quotecheck.report;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar with count and ETA, drawn by {@code me.tongfei:progressbar}. */
final class TerminalProgress implements Progress {
  private final String task;
  private final PrintStream out;
  private final boolean colour;
  private final boolean interactive;
  private volatile ProgressBar bar;

  TerminalProgress(String task, PrintStream out, boolean colour) {
    this(task, out, colour, true);
  }

  /** @param interactive whether to redraw in place (a terminal) or print each update on a line */
  TerminalProgress(String task, PrintStream out, boolean colour, boolean interactive) {
    this.task = task;
    this.out = out;
    this.colour = colour;
    this.interactive = interactive;
  }

  @Override
  public synchronized void start(long total) {
    if (bar != null) {
      bar.close();
    }
    bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(colour ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
        .setUpdateIntervalMillis(200)
        .setConsumer(interactive ? new InteractiveConsoleProgressBarConsumer(out) : new ConsoleProgressBarConsumer(out, 100))
        .build();
  }

  @Override
  public void step() {
    ProgressBar b = bar;
    if (b != null) {
      b.step();
    }
  }

  @Override
  public void stepTo(long done) {
    ProgressBar b = bar;
    if (b != null) {
      b.stepTo(done);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
