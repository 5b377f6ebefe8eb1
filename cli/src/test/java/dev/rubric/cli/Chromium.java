package dev.rubric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A headless Chromium driven over the Chrome DevTools protocol with nothing but the JDK ({@link
 * java.net.http.WebSocket}) and Jackson, which the module already uses: no WebDriver, no
 * Playwright, no new dependency.
 *
 * <p>{@link #launch} starts {@code chromium --headless --remote-debugging-port=0} with the flags
 * this machine needs (no sandbox as root, no GPU, no QUIC, no background networking, component
 * updates or sync, since the network is closed) and a fresh profile directory, reads the DevTools
 * address from the line {@code DevTools listening on ws://…} that Chromium prints on standard
 * error, and connects to it. {@link #open} creates a tab, subscribes to the events that report
 * problems, loads the page and waits for its load event. The returned {@link Page} lists what went
 * wrong, evaluates JavaScript in the page and takes screenshots.
 *
 * <p>What counts as a problem while a page loads:
 *
 * <ul>
 *   <li>{@code Runtime.consoleAPICalled} of type {@code error} or {@code assert}: {@code
 *       console.error} and failed {@code console.assert} in the page's own scripts;
 *   <li>{@code Runtime.exceptionThrown}: an uncaught exception ("Uncaught …");
 *   <li>{@code Log.entryAdded} at level {@code error}: what the browser itself writes to the
 *       console in red, such as "Failed to load resource", blocked content or security errors;
 *   <li>{@code Network.loadingFailed} and any response with an HTTP status of 400 or more;
 *   <li>an error from {@code Page.navigate}, such as a missing file.
 * </ul>
 *
 * Every URL the page requested is kept too ({@link Page#requests()}), so a test can check that a
 * report is self-contained.
 */
final class Chromium implements AutoCloseable {

  /** How long any one step may take: start, one command, a page load. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Process process;
  private final List<String> stderr;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  private Chromium(Process process, List<String> stderr, URI endpoint) {
    this.process = process;
    this.stderr = stderr;
    this.socket =
        await(
            HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .build()
                .newWebSocketBuilder()
                .buildAsync(endpoint, new Listener()),
            "connecting to " + endpoint);
  }

  /**
   * Returns the Chromium executable: {@code chromium} on the {@code PATH}, else {@code
   * /usr/bin/chromium}, if either exists.
   */
  static Optional<Path> executable() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator, -1)) {
        if (!dir.isEmpty()) {
          Path candidate = Path.of(dir, "chromium");
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            return Optional.of(candidate);
          }
        }
      }
    }
    Path fallback = Path.of("/usr/bin/chromium");
    return Files.isExecutable(fallback) ? Optional.of(fallback) : Optional.empty();
  }

  /**
   * Starts {@code executable} headless with the empty profile directory {@code profile} and
   * connects to it.
   */
  static Chromium launch(Path executable, Path profile) throws IOException {
    List<String> command =
        List.of(
            executable.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--hide-scrollbars",
            "--mute-audio",
            "--user-data-dir=" + profile.toAbsolutePath(),
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "about:blank");
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    List<String> stderr = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  stderr.add(line);
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    endpoint.complete(URI.create(m.group(1)));
                  }
                }
              } catch (IOException e) {
                // the process has gone; the start fails below if it never listened
              }
              endpoint.completeExceptionally(
                  new IllegalStateException("Chromium exited before it listened"));
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return new Chromium(process, stderr, await(endpoint, "starting Chromium"));
    } catch (RuntimeException e) {
      stop(process);
      throw new IllegalStateException(
          "could not start " + String.join(" ", command) + "\n" + tail(stderr), e);
    }
  }

  /**
   * Opens {@code url} in a new tab whose viewport is {@code width} by {@code height} CSS pixels,
   * waits for its load event and returns the page with the problems seen while loading.
   */
  Page open(URI url, int width, int height) {
    String targetId =
        send(null, "Target.createTarget", obj().put("url", "about:blank")).get("targetId").asText();
    String session =
        send(null, "Target.attachToTarget", obj().put("targetId", targetId).put("flatten", true))
            .get("sessionId")
            .asText();
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
      send(session, domain + ".enable", obj());
    }
    send(session, "Page.setLifecycleEventsEnabled", obj().put("enabled", true));
    send(
        session,
        "Emulation.setDeviceMetricsOverride",
        obj()
            .put("width", width)
            .put("height", height)
            .put("deviceScaleFactor", 1)
            .put("mobile", false));
    JsonNode navigated = send(session, "Page.navigate", obj().put("url", url.toString()));
    Page page = new Page(session, targetId);
    if (navigated.hasNonNull("errorText")) {
      page.problems.add("navigation failed: " + navigated.get("errorText").asText());
    } else {
      // the load event of this navigation, not a late one of about:blank
      String loader = navigated.path("loaderId").asText();
      awaitEvent(
          session,
          e ->
              e.path("method").asText().equals("Page.lifecycleEvent")
                  && e.path("params").path("name").asText().equals("load")
                  && e.path("params").path("loaderId").asText().equals(loader));
    }
    // A round trip through the renderer: every event sent before its answer has arrived.
    page.evaluate("document.readyState");
    page.collect(eventsOf(session));
    return page;
  }

  @Override
  public void close() {
    try {
      send(null, "Browser.close", obj());
    } catch (RuntimeException e) {
      // stopped below
    }
    socket.abort();
    stop(process);
  }

  /** Waits for {@code process} to exit, then ends it and every process it started, by id. */
  private static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** A tab with a loaded page. */
  final class Page {
    private final String session;
    private final String targetId;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();

    private Page(String session, String targetId) {
      this.session = session;
      this.targetId = targetId;
    }

    /** Returns the problems seen while the page loaded, one line each; empty for a clean page. */
    List<String> problems() {
      return List.copyOf(problems);
    }

    /** Returns the console warnings seen while the page loaded, for information. */
    List<String> warnings() {
      return List.copyOf(warnings);
    }

    /** Returns every URL the page requested, the page's own first. */
    List<String> requests() {
      return List.copyOf(requests);
    }

    /**
     * Returns the value of the JavaScript expression {@code js} in the page, as JSON (strings,
     * numbers, booleans, arrays and plain objects).
     *
     * @throws IllegalStateException if the expression throws
     */
    JsonNode evaluate(String js) {
      JsonNode result =
          send(
              session,
              "Runtime.evaluate",
              obj().put("expression", js).put("returnByValue", true).put("awaitPromise", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException(
            "'" + js + "' threw: " + describe(result.get("exceptionDetails")));
      }
      JsonNode value = result.get("result").get("value");
      return value == null ? MAPPER.nullNode() : value;
    }

    /** Writes a PNG of the whole page, {@code width} CSS pixels wide, to {@code file}. */
    void screenshot(Path file) throws IOException {
      JsonNode size = send(session, "Page.getLayoutMetrics", obj()).get("cssContentSize");
      ObjectNode clip =
          obj()
              .put("x", 0)
              .put("y", 0)
              .put("width", Math.ceil(size.get("width").asDouble()))
              .put("height", Math.ceil(size.get("height").asDouble()))
              .put("scale", 1);
      ObjectNode params = obj().put("format", "png").put("captureBeyondViewport", true);
      params.set("clip", clip);
      String data = send(session, "Page.captureScreenshot", params).get("data").asText();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode(data));
    }

    /**
     * Prints the page to PDF as the browser's print dialog would (A4, backgrounds as the page's
     * print style sheet says) and writes it to {@code file}; {@code beforeprint} and the print
     * style sheet apply.
     */
    void printToPdf(Path file) throws IOException {
      ObjectNode params =
          obj()
              .put("paperWidth", 8.27)
              .put("paperHeight", 11.69)
              .put("printBackground", false)
              .put("preferCSSPageSize", true);
      String data = send(session, "Page.printToPDF", params).get("data").asText();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode(data));
    }

    /** Makes the page render as for print ({@code @media print}), or as for the screen again. */
    void emulatePrint(boolean print) {
      send(session, "Emulation.setEmulatedMedia", obj().put("media", print ? "print" : ""));
    }

    /** Closes the tab. */
    void close() {
      send(null, "Target.closeTarget", obj().put("targetId", targetId));
    }

    private void collect(List<JsonNode> seen) {
      Map<String, String> urls = new HashMap<>();
      for (JsonNode e : seen) {
        JsonNode p = e.path("params");
        switch (e.path("method").asText()) {
          case "Network.requestWillBeSent" -> {
            String url = p.path("request").path("url").asText();
            urls.put(p.path("requestId").asText(), url);
            requests.add(url);
          }
          case "Network.loadingFailed" ->
              problems.add(
                  "failed to load "
                      + urls.getOrDefault(p.path("requestId").asText(), "?")
                      + ": "
                      + p.path("errorText").asText()
                      + (p.path("blockedReason").isMissingNode()
                          ? ""
                          : " (" + p.path("blockedReason").asText() + ")"));
          case "Network.responseReceived" -> {
            int status = p.path("response").path("status").asInt();
            if (status >= 400) {
              problems.add("HTTP " + status + " for " + p.path("response").path("url").asText());
            }
          }
          case "Runtime.consoleAPICalled" -> {
            String type = p.path("type").asText();
            String text = consoleText(p.path("args"));
            if (type.equals("error") || type.equals("assert")) {
              problems.add("console." + type + ": " + text);
            } else if (type.equals("warning")) {
              warnings.add("console.warn: " + text);
            }
          }
          case "Runtime.exceptionThrown" ->
              problems.add("uncaught exception: " + describe(p.path("exceptionDetails")));
          case "Log.entryAdded" -> {
            JsonNode entry = p.path("entry");
            String line =
                entry.path("source").asText()
                    + ": "
                    + entry.path("text").asText()
                    + (entry.hasNonNull("url") ? " (" + entry.path("url").asText() + ")" : "");
            if (entry.path("level").asText().equals("error")) {
              problems.add("console (" + line + ")");
            } else if (entry.path("level").asText().equals("warning")) {
              warnings.add("console (" + line + ")");
            }
          }
          default -> {}
        }
      }
    }
  }

  private static String consoleText(JsonNode args) {
    List<String> parts = new ArrayList<>();
    for (JsonNode a : args) {
      parts.add(
          a.has("value")
              ? a.get("value").asText()
              : a.path("description").asText(a.path("type").asText()));
    }
    return String.join(" ", parts);
  }

  private static String describe(JsonNode exceptionDetails) {
    JsonNode exception = exceptionDetails.path("exception");
    String text = exceptionDetails.path("text").asText();
    return exception.hasNonNull("description")
        ? text + " " + exception.get("description").asText()
        : text;
  }

  /** Sends a command, to the browser when {@code session} is null, and returns its result. */
  private JsonNode send(@Nullable String session, String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    ObjectNode message = obj().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      await(socket.sendText(message.toString(), true), "sending " + method);
      JsonNode reply = await(answer, method);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } finally {
      pending.remove(id);
    }
  }

  /** Waits for an event of {@code session} that {@code matches}. */
  private void awaitEvent(String session, Predicate<JsonNode> matches) {
    Predicate<JsonNode> wanted =
        e -> session.equals(e.path("sessionId").asText()) && matches.test(e);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (events) {
      while (events.stream().noneMatch(wanted)) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new IllegalStateException(
              "the page did not load within " + TIMEOUT.toSeconds() + " s\n" + tail(stderr));
        }
        try {
          events.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    }
  }

  private List<JsonNode> eventsOf(String session) {
    synchronized (events) {
      return events.stream().filter(e -> session.equals(e.path("sessionId").asText())).toList();
    }
  }

  private static ObjectNode obj() {
    return MAPPER.createObjectNode();
  }

  private static <T> T await(CompletionStage<T> stage, String what) {
    try {
      return stage.toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(what + ": no answer within " + TIMEOUT.toSeconds() + " s", e);
    }
  }

  private static String tail(List<String> lines) {
    synchronized (lines) {
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
  }

  /** Reassembles messages: answers go to {@code pending} commands, the rest to {@code events}. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        JsonNode message;
        try {
          message = MAPPER.readTree(partial.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } finally {
          partial.setLength(0);
        }
        if (message.has("id")) {
          CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
          if (answer != null) {
            answer.complete(message);
          }
        } else {
          synchronized (events) {
            events.add(message);
            events.notifyAll();
          }
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }
  }
}
