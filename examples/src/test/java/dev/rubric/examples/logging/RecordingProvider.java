package dev.rubric.examples.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for tests that keeps every event, at every level (TRACE included), in memory
 * and prints nothing. The examples' tests run with it: {@code examples/pom.xml} names it in the
 * system property {@code slf4j.provider}, which SLF4J prefers to any provider found on the class
 * path (such as slf4j-nop).
 */
public final class RecordingProvider implements SLF4JServiceProvider {

  /**
   * One logged event.
   *
   * @param logger the logger's name
   * @param level the level
   * @param message the message with its arguments filled in
   * @param thrown the throwable's stack trace as printed, or empty
   */
  public record Event(String logger, Level level, String message, String thrown) {
    /** Returns everything the event would put in a log file. */
    public String text() {
      return logger + " " + level + " " + message + "\n" + thrown;
    }
  }

  private static final List<Event> EVENTS = new ArrayList<>();

  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory =
      name -> loggers.computeIfAbsent(name, RecordingLogger::new);
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** Creates the provider; SLF4J instantiates it. */
  public RecordingProvider() {}

  /** Returns the events logged since the last {@link #clear()}, in order. */
  public static List<Event> events() {
    synchronized (EVENTS) {
      return List.copyOf(EVENTS);
    }
  }

  /** Forgets the events logged so far. */
  public static void clear() {
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  /** A logger with every level enabled that records each call. */
  private static final class RecordingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    RecordingLogger(String name) {
      this.name = name;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return RecordingLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        @Nullable Marker marker,
        String messagePattern,
        Object @Nullable [] arguments,
        @Nullable Throwable throwable) {
      String thrown = "";
      if (throwable != null) {
        StringWriter w = new StringWriter();
        throwable.printStackTrace(new PrintWriter(w));
        thrown = w.toString();
      }
      Event e =
          new Event(
              name, level, MessageFormatter.basicArrayFormat(messagePattern, arguments), thrown);
      synchronized (EVENTS) {
        EVENTS.add(e);
      }
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }
  }
}
