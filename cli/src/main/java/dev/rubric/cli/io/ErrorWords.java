package dev.rubric.cli.io;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.message.Message;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the command line's errors, in Vietnamese and English: the {@code Errors_vi} and
 * {@code Errors_en} property files beside this class's package {@code dev.rubric.cli}, one {@link
 * String#format} pattern per key. Every line the CLI prints to standard error goes through here, so
 * a run in Vietnamese (the default) prints no English.
 */
public final class ErrorWords {
  private static final String BUNDLE = "dev.rubric.cli.Errors";

  private ErrorWords() {}

  /** Returns the pattern {@code key} in {@code lang} filled with {@code args}. */
  public static String text(Language lang, String key, Object... args) {
    return String.format(Locale.ROOT, bundle(lang).getString(key), args);
  }

  /**
   * Returns the line {@code error: …} (Vietnamese {@code lỗi: …}) that prints {@code message} in
   * {@code lang}.
   */
  public static String line(Language lang, String message) {
    return text(lang, "error.line", message);
  }

  /** Returns the pattern {@code key} filled with {@code args}, in both languages. */
  public static LocalizedText both(String key, Object... args) {
    return LocalizedText.of(text(Language.VI, key, args), text(Language.EN, key, args));
  }

  /** Returns the bad-input exception whose message is the pattern {@code key} with {@code args}. */
  public static InvalidInputException input(String key, Object... args) {
    return new InvalidInputException(Message.literal(both(key, args)));
  }

  /**
   * Returns the error of {@code source}, which holds no unit to {@code verb}: {@code advise},
   * {@code rank}, {@code compare} or {@code reconcile}.
   */
  public static InvalidInputException noUnits(String source, String verb) {
    String key = "input.verb." + verb;
    return new InvalidInputException(
        Message.literal(
            LocalizedText.of(
                text(Language.VI, "input.noUnits", source, text(Language.VI, key)),
                text(Language.EN, "input.noUnits", source, text(Language.EN, key)))));
  }

  /** Returns the hint {@code did you mean 'x'?} in {@code lang}. */
  public static String didYouMean(Language lang, String candidate) {
    return text(lang, "hint.didYouMean", candidate);
  }

  private static ResourceBundle bundle(Language lang) {
    return ResourceBundle.getBundle(
        BUNDLE,
        Locale.forLanguageTag(lang.tag()),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
