package dev.rubric.core.message;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * A text kept as what it says rather than as words: a key and typed arguments, rendered in a
 * language only when {@link #in} or {@link #text} is called. Rendering is a pure function of the
 * message, so rendering twice gives equal text, and two equal messages render alike.
 *
 * <p>Three forms:
 *
 * <ul>
 *   <li>{@link Keyed}: one of the evaluator's own texts, a {@link MessageKey} with its arguments,
 *       worded by the {@link MessageTable} of the language;
 *   <li>{@link Template}: a text a catalog author wrote, such as a finding template {@code "Tỷ lệ
 *       đúng hạn {ty_le}"}, with the values of its placeholders;
 *   <li>{@link Literal}: text that is already words, such as an explanation read back from JSON or
 *       written by a host.
 * </ul>
 *
 * <p>All three are immutable values. Two messages are equal when they read the same in every
 * language, whatever their form: the evaluator's message equals the literal text it was read back
 * as from JSON, so a scorecard survives a round trip through JSON equal to itself. Equality and
 * hash codes render the message, so they cost what rendering costs.
 */
public sealed interface Message {

  /** Returns the message in {@code language}. */
  String in(Language language);

  /**
   * Returns the key under which a host may look the message up: the {@link MessageKey#key()}, the
   * catalog template's key, or {@code "literal"}.
   */
  String key();

  /** Returns the arguments by placeholder name, in placeholder order; empty for a literal. */
  Map<String, Arg> arguments();

  /** Returns the message rendered in Vietnamese and English. */
  default LocalizedText text() {
    return LocalizedText.of(in(Language.VI), in(Language.EN));
  }

  /**
   * Returns the evaluator's message {@code key} with {@code args}, one per placeholder in order.
   *
   * @throws IllegalArgumentException if the number or kinds of the arguments differ from the key's
   *     placeholders
   */
  static Message of(MessageKey key, Arg... args) {
    return new Keyed(key, List.of(args));
  }

  /** Returns a message that is already text. */
  static Message literal(LocalizedText text) {
    return new Literal(text);
  }

  /** Returns whether {@code a} and {@code b} read the same in every language. */
  private static boolean sameWords(Message a, Object b) {
    if (a == b) {
      return true;
    }
    if (!(b instanceof Message m)) {
      return false;
    }
    for (Language l : Language.values()) {
      if (!a.in(l).equals(m.in(l))) {
        return false;
      }
    }
    return true;
  }

  /** Returns a hash of the words of {@code m} in every language. */
  private static int wordsHash(Message m) {
    int h = 1;
    for (Language l : Language.values()) {
      h = 31 * h + m.in(l).hashCode();
    }
    return h;
  }

  /**
   * One of the evaluator's own texts.
   *
   * @param messageKey what the message says
   * @param args its arguments, one per placeholder of {@code messageKey}, in order
   */
  record Keyed(MessageKey messageKey, List<Arg> args) implements Message {
    /**
     * Checks the arguments against the key's placeholders.
     *
     * @throws IllegalArgumentException if their number or kinds differ
     */
    public Keyed {
      Objects.requireNonNull(messageKey, "messageKey");
      args = List.copyOf(args);
      List<MessageKey.Placeholder> ps = messageKey.placeholders();
      if (args.size() != ps.size()) {
        throw new IllegalArgumentException(
            messageKey.key()
                + ": expected "
                + ps.size()
                + " arguments "
                + ps
                + " but found "
                + args.size());
      }
      for (int i = 0; i < ps.size(); i++) {
        if (args.get(i).type() != ps.get(i).type()) {
          throw new IllegalArgumentException(
              messageKey.key()
                  + ": expected "
                  + ps.get(i)
                  + " but found "
                  + args.get(i).type()
                  + " argument "
                  + args.get(i));
        }
      }
    }

    @Override
    public String in(Language language) {
      return MessageTable.of(language).render(messageKey, args);
    }

    @Override
    public String key() {
      return messageKey.key();
    }

    @Override
    public Map<String, Arg> arguments() {
      Map<String, Arg> out = new LinkedHashMap<>();
      List<MessageKey.Placeholder> ps = messageKey.placeholders();
      for (int i = 0; i < ps.size(); i++) {
        out.put(ps.get(i).name(), args.get(i));
      }
      return out;
    }

    @Override
    public boolean equals(Object o) {
      return sameWords(this, o);
    }

    @Override
    public int hashCode() {
      return wordsHash(this);
    }
  }

  /**
   * A text from the catalog with the values of its placeholders. A placeholder {@code {name}} reads
   * as {@code arguments.get(name)} in the reader's language; a placeholder without an argument is
   * left as written.
   *
   * @param key the key hosts know the template by, such as {@code "catalog.3.2.1"}
   * @param template the catalog's text, in Vietnamese and possibly English
   * @param arguments the values by placeholder name
   */
  record Template(String key, LocalizedText template, Map<String, Arg> arguments)
      implements Message {
    /** Copies the arguments, keeping their order. */
    public Template {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(template, "template");
      arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    @Override
    public String in(Language language) {
      String t = template.in(language);
      Matcher m = MessageTable.PLACEHOLDER.matcher(t);
      StringBuilder sb = new StringBuilder();
      int last = 0;
      while (m.find()) {
        Arg a = arguments.get(m.group(1));
        if (a != null) {
          sb.append(t, last, m.start()).append(a.in(language));
          last = m.end();
        }
      }
      return sb.append(t, last, t.length()).toString();
    }

    @Override
    public boolean equals(Object o) {
      return sameWords(this, o);
    }

    @Override
    public int hashCode() {
      return wordsHash(this);
    }
  }

  /**
   * A text that is already words.
   *
   * @param text the words
   */
  record Literal(LocalizedText text) implements Message {
    /** Checks that {@code text} is present. */
    public Literal {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String in(Language language) {
      return text.in(language);
    }

    @Override
    public String key() {
      return "literal";
    }

    @Override
    public Map<String, Arg> arguments() {
      return Map.of();
    }

    @Override
    public boolean equals(Object o) {
      return sameWords(this, o);
    }

    @Override
    public int hashCode() {
      return wordsHash(this);
    }
  }
}
