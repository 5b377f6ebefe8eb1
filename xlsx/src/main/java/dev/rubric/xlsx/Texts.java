package dev.rubric.xlsx;

import dev.rubric.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/** The template's texts in one language, from {@code template_<tag>.properties}. */
final class Texts {
  private final Properties texts = new Properties();

  Texts(Language language) {
    String file = "template_" + language.tag() + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("bug: " + file + " is missing");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the text of {@code key} with its {@code {0}}-style arguments filled in. */
  String get(String key, Object... args) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("bug: no template text '" + key + "'");
    }
    return args.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(args);
  }

  @Override
  public String toString() {
    return "Texts[" + Objects.requireNonNullElse(texts.getProperty("column.unit_code"), "") + "]";
  }
}
