package dev.rubric.core.message;

import dev.rubric.core.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words of every {@link MessageKey} in one language, read from the resource {@code
 * messages_<tag>.txt} beside this class: one line per key, {@code key = template}, with {@code
 * {name}} for each placeholder; lines starting with {@code #} and blank lines are ignored. Adding a
 * language means adding its table, not editing code that composes messages; it also needs its
 * {@link Language} constant, its number, date and yes/no forms in {@link Arg} (which know
 * Vietnamese and, for every other language, English), and a translation slot in {@code
 * LocalizedText}.
 *
 * <p>Tables are read once, when first used, and are immutable; rendering is thread-safe.
 */
public final class MessageTable {

  /** A placeholder in a template: braces around a name that has no brace. */
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

  private static final Map<Language, MessageTable> TABLES = load();

  private final Language language;
  private final Map<String, String> templates;

  /** Per key, the template cut into literal text (String) and argument positions (Integer). */
  private final Map<MessageKey, Object[]> compiled;

  private MessageTable(Language language, Map<String, String> templates) {
    this.language = language;
    this.templates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    Map<MessageKey, Object[]> compiled = new EnumMap<>(MessageKey.class);
    for (MessageKey k : MessageKey.values()) {
      String t = templates.get(k.key());
      if (t != null) {
        compiled.put(k, compile(k, t));
      }
    }
    this.compiled = compiled;
  }

  /** Returns the table of {@code language}. */
  public static MessageTable of(Language language) {
    MessageTable t = TABLES.get(language);
    if (t == null) {
      throw new IllegalStateException("bug: no message table for " + language);
    }
    return t;
  }

  /** Returns the table's language. */
  public Language language() {
    return language;
  }

  /**
   * Returns the templates by key, in the table file's order; a test compares them with {@link
   * MessageKey}.
   */
  public Map<String, String> templates() {
    return templates;
  }

  /**
   * Renders {@code key} with {@code args}, given in the order of its placeholders.
   *
   * @throws IllegalStateException if the table lacks the key (a packaging defect)
   */
  String render(MessageKey key, List<Arg> args) {
    Object[] parts = compiled.get(key);
    if (parts == null) {
      throw new IllegalStateException(
          "bug: the " + language.tag() + " message table has no '" + key.key() + "'");
    }
    StringBuilder sb = new StringBuilder(96);
    for (Object p : parts) {
      if (p instanceof String s) {
        sb.append(s);
      } else {
        sb.append(args.get((Integer) p).in(language));
      }
    }
    return sb.toString();
  }

  private static Object[] compile(MessageKey key, String template) {
    List<String> names = new ArrayList<>();
    for (MessageKey.Placeholder p : key.placeholders()) {
      names.add(p.name());
    }
    List<Object> parts = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      int i = names.indexOf(m.group(1));
      if (i < 0) {
        continue; // left as text; the table test reports it
      }
      if (m.start() > last) {
        parts.add(template.substring(last, m.start()));
      }
      parts.add(i);
      last = m.end();
    }
    if (last < template.length()) {
      parts.add(template.substring(last));
    }
    return parts.toArray();
  }

  private static Map<Language, MessageTable> load() {
    Map<Language, MessageTable> tables = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      tables.put(
          l,
          new MessageTable(
              l, read(MessageTable.class::getResourceAsStream, "messages_" + l.tag() + ".txt")));
    }
    return tables;
  }

  /**
   * Reads the table {@code resource}, opened by {@code resources}: {@code key = template} lines,
   * with comments and blank lines skipped, in the file's order.
   *
   * @throws IllegalStateException if the resource is missing, or a line is not {@code key =
   *     template} with a new key
   */
  static Map<String, String> read(
      Function<String, @Nullable InputStream> resources, String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = resources.apply(resource)) {
      if (in == null) {
        throw new IllegalStateException("bug: " + resource + " is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf(" = ");
        if (eq < 0 || out.put(line.substring(0, eq).strip(), line.substring(eq + 3)) != null) {
          throw new IllegalStateException(
              "bug: " + resource + ":" + number + ": expected 'key = template' with a new key");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
