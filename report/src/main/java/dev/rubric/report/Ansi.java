package dev.rubric.report;

/**
 * Terminal colours and weights as ANSI escape sequences, or nothing when colour is off. Padding is
 * computed on the plain text first, so escapes never disturb column alignment.
 */
public final class Ansi {

  /** A text style. */
  public enum Style {
    BOLD("1"),
    DIM("2"),
    RED("31"),
    GREEN("32"),
    YELLOW("33"),
    BLUE("34"),
    MAGENTA("35"),
    CYAN("36");

    private final String code;

    Style(String code) {
      this.code = code;
    }
  }

  /** No colour: {@link #paint} returns the text unchanged. */
  public static final Ansi OFF = new Ansi(false);

  /** Colour on. */
  public static final Ansi ON = new Ansi(true);

  private final boolean enabled;

  private Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  /** Returns whether colour is on. */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Returns {@code text} in {@code styles}, or {@code text} itself when colour is off or no style
   * is given.
   */
  public String paint(String text, Style... styles) {
    if (!enabled || styles.length == 0 || text.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder("\u001b[");
    for (int i = 0; i < styles.length; i++) {
      if (i > 0) {
        b.append(';');
      }
      b.append(styles[i].code);
    }
    return b.append('m').append(text).append("\u001b[0m").toString();
  }
}
