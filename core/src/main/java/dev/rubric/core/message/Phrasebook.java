package dev.rubric.core.message;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The words of one part of Rubric that reports problems (the rule checker, the JSON reader, the CSV
 * reader), in every language: one table per language, read from the resources {@code <name>_vi.txt}
 * and {@code <name>_en.txt} beside the class that owns them, in the format of {@link MessageTable}
 * ({@code key = template}, {@code {name}} for a placeholder). A phrasebook turns a key and its
 * arguments into a {@link Message.Template}, worded only when rendered.
 *
 * <p>Unlike {@link MessageKey}, whose keys are a public, stable list, a phrasebook's keys are the
 * owner's own; hosts read the rendered words, or the message's {@link Message#key() key} and {@link
 * Message#arguments() arguments}. Loading checks that every language has the same keys with the
 * same placeholders; {@link #say} checks that the arguments given are exactly the key's
 * placeholders. Both are defects of Rubric, not of the user's input, and fail at once.
 *
 * <pre>{@code
 * private static final Phrasebook WORDS = Phrasebook.of("syntax", Parser.class::getResourceAsStream);
 * Message m = WORDS.say("syntax.expected", "expected", "')'", "found", "','");
 * m.in(Language.VI);  // "cần ')' nhưng gặp ','"
 * }</pre>
 *
 * <p>Phrasebooks are immutable and thread-safe.
 */
public final class Phrasebook {

  private final String name;
  private final Map<String, LocalizedText> templates;
  private final Map<String, Set<String>> placeholders;

  private Phrasebook(String name, Map<String, LocalizedText> templates) {
    this.name = name;
    this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    Map<String, Set<String>> ps = new LinkedHashMap<>();
    for (Map.Entry<String, LocalizedText> e : templates.entrySet()) {
      ps.put(e.getKey(), Collections.unmodifiableSet(placeholdersOf(e.getValue().vi())));
    }
    this.placeholders = Collections.unmodifiableMap(ps);
  }

  /**
   * Reads the phrasebook {@code name} with {@code resources}, which opens a resource beside the
   * class that owns the phrasebook, or returns null if there is none: pass {@code
   * Owner.class::getResourceAsStream}, written in the owner's module, so that a module's resources
   * stay its own.
   *
   * @throws IllegalStateException if a table is missing or malformed, or the tables differ in their
   *     keys or a key's placeholders (a packaging defect)
   */
  public static Phrasebook of(String name, Function<String, @Nullable InputStream> resources) {
    Map<String, String> vi = MessageTable.read(resources, name + "_" + Language.VI.tag() + ".txt");
    Map<String, String> en = MessageTable.read(resources, name + "_" + Language.EN.tag() + ".txt");
    if (!vi.keySet().equals(en.keySet())) {
      Set<String> differ = new TreeSet<>(vi.keySet());
      differ.addAll(en.keySet());
      Set<String> both = new TreeSet<>(vi.keySet());
      both.retainAll(en.keySet());
      differ.removeAll(both);
      throw new IllegalStateException(
          "bug: phrasebook '" + name + "': keys not in every language: " + differ);
    }
    Map<String, LocalizedText> templates = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : vi.entrySet()) {
      String english = Objects.requireNonNull(en.get(e.getKey()));
      if (!placeholdersOf(e.getValue()).equals(placeholdersOf(english))) {
        throw new IllegalStateException(
            "bug: phrasebook '"
                + name
                + "': key '"
                + e.getKey()
                + "' has placeholders "
                + placeholdersOf(e.getValue())
                + " in vi but "
                + placeholdersOf(english)
                + " in en");
      }
      templates.put(e.getKey(), LocalizedText.of(e.getValue(), english));
    }
    return new Phrasebook(name, templates);
  }

  /**
   * Returns the message {@code key} with its arguments, given as name and value pairs: a {@code
   * String} is shown as it is (a NUL character or a lone surrogate, which bad input may hold and no
   * text may, as U+FFFD), a {@link Message} in the reader's language, an {@link Arg} as it reads,
   * and an {@code int} or {@code long} in digits.
   *
   * @throws IllegalArgumentException if the phrasebook has no {@code key}, or the names given are
   *     not exactly its placeholders (a defect of the caller)
   */
  public Message say(String key, Object... namesAndValues) {
    LocalizedText template = templates.get(key);
    if (template == null) {
      throw new IllegalArgumentException("bug: phrasebook '" + name + "' has no key '" + key + "'");
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("bug: " + key + ": expected name and value pairs");
    }
    Map<String, Arg> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String n)) {
        throw new IllegalArgumentException("bug: " + key + ": expected a placeholder name at " + i);
      }
      args.put(n, arg(key, namesAndValues[i + 1]));
    }
    if (!args.keySet().equals(placeholders.get(key))) {
      throw new IllegalArgumentException(
          "bug: "
              + key
              + ": expected the arguments "
              + placeholders.get(key)
              + " but found "
              + args.keySet());
    }
    return new Message.Template(key, template, args);
  }

  /** Returns the keys, in the Vietnamese table's order. */
  public Set<String> keys() {
    return templates.keySet();
  }

  /**
   * Returns the template of {@code key} in {@code language}.
   *
   * @throws IllegalArgumentException if there is no such key
   */
  public String template(String key, Language language) {
    LocalizedText t = templates.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no key '" + key + "' in phrasebook '" + name + "'");
    }
    return t.in(language);
  }

  private static Arg arg(String key, Object value) {
    if (value instanceof String s) {
      return Arg.text(printable(s));
    }
    if (value instanceof Message m) {
      return new Arg.Nested(m);
    }
    if (value instanceof Arg a) {
      return a;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Arg.text(value.toString());
    }
    throw new IllegalArgumentException(
        "bug: " + key + ": expected a String, Message, Arg, int or long but found " + value);
  }

  /** Returns {@code s} with each NUL character and lone surrogate replaced by U+FFFD. */
  private static String printable(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
      } else if (c == 0 || Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static Set<String> placeholdersOf(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = MessageTable.PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
