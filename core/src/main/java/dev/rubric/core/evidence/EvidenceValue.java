package dev.rubric.core.evidence;

import dev.rubric.core.Decimal;
import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The typed value of one evidence item: what a unit supplied for a declared input.
 *
 * <p>Eight kinds exist, each a record whose {@link #typeName()} matches the input type keyword of
 * the catalog: {@link Document}, {@link Count}, {@link Quantity}, {@link Ratio}, {@link Flag},
 * {@link Choice}, {@link DateValue} and {@link TextValue}. Every record validates its components on
 * construction; an {@link IllegalArgumentException} names the field, the rule and the value, e.g.
 * {@code "count.value: expected a non-negative count but found -3"}.
 */
public sealed interface EvidenceValue
    permits EvidenceValue.Document,
        EvidenceValue.Count,
        EvidenceValue.Quantity,
        EvidenceValue.Ratio,
        EvidenceValue.Flag,
        EvidenceValue.Choice,
        EvidenceValue.DateValue,
        EvidenceValue.TextValue {

  /**
   * Returns the stable name of this kind of value, used as the JSON {@code "type"} and equal to the
   * catalog's input type keyword: {@code "document"}, {@code "count"}, {@code "quantity"}, {@code
   * "ratio"}, {@code "flag"}, {@code "choice"}, {@code "date"} or {@code "text"}.
   */
  String typeName();

  /**
   * A cited document (văn bản): a plan, report, decision or notice, identified by its number, its
   * title or both.
   *
   * <p>Build one with {@link #builder()}:
   *
   * <pre>{@code
   * EvidenceValue.Document plan = EvidenceValue.Document.builder()
   *     .number("12/KH-UBND")
   *     .title("Kế hoạch cải cách hành chính năm 2022")
   *     .issued(LocalDate.of(2022, 1, 20))
   *     .issuer("UBND thị trấn Phủ Thông")
   *     .build();
   * }</pre>
   *
   * @param number the document number (số ký hiệu), e.g. {@code "12/KH-UBND"}
   * @param title the title or abstract (trích yếu)
   * @param issued the issue date
   * @param issuer the issuing body
   * @param locator where in the document the proof lies, e.g. {@code "mục II, trang 3"}
   * @param uri where the document can be retrieved; absolute
   * @param contentHash the hash of the attached file, {@code "sha256:"} followed by 64 lowercase
   *     hex digits
   */
  @Value.Builder
  record Document(
      Optional<String> number,
      Optional<String> title,
      Optional<LocalDate> issued,
      Optional<String> issuer,
      Optional<String> locator,
      Optional<URI> uri,
      Optional<String> contentHash)
      implements EvidenceValue {

    /**
     * Validates and normalises the components; hex digits of {@code contentHash} are lowercased.
     *
     * @throws IllegalArgumentException if both {@code number} and {@code title} are absent, {@code
     *     number} is blank or has surrounding spaces, a text is blank, {@code issued} lies outside
     *     1900-01-01..2199-12-31, {@code uri} is not absolute, or {@code contentHash} is not {@code
     *     "sha256:"} followed by 64 hex digits
     */
    public Document {
      number = Objects.requireNonNull(number, "number").map(n -> Text.code("document.number", n));
      title = Objects.requireNonNull(title, "title").map(t -> Text.nonBlank("document.title", t));
      issued = Objects.requireNonNull(issued, "issued").map(d -> Checks.date("document.issued", d));
      issuer =
          Objects.requireNonNull(issuer, "issuer").map(i -> Text.nonBlank("document.issuer", i));
      locator =
          Objects.requireNonNull(locator, "locator").map(l -> Text.nonBlank("document.locator", l));
      uri = Objects.requireNonNull(uri, "uri").map(Document::checkUri);
      contentHash =
          Objects.requireNonNull(contentHash, "contentHash").map(Document::checkContentHash);
      if (number.isEmpty() && title.isEmpty()) {
        throw new IllegalArgumentException(
            "document: expected a number or a title but found neither");
      }
    }

    /** Returns an empty builder; set at least {@code number} or {@code title}. */
    public static DocumentBuilder builder() {
      return new DocumentBuilder();
    }

    /** Returns {@code "document"}. */
    @Override
    public String typeName() {
      return "document";
    }

    private static URI checkUri(URI uri) {
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException(
            "document.uri: expected an absolute URI such as 'https://…' but found '" + uri + "'");
      }
      String text = uri.toString();
      String nfc = Text.nfc(text);
      if (nfc.equals(text)) {
        return uri;
      }
      try {
        return new URI(nfc);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "document.uri: expected an absolute URI such as 'https://…' but found '" + nfc + "'",
            e);
      }
    }

    private static String checkContentHash(String hash) {
      String h = Text.nfc(hash);
      if (!h.matches("sha256:[0-9a-fA-F]{64}")) {
        throw new IllegalArgumentException(
            "document.contentHash: expected 'sha256:' followed by 64 hex digits but found '"
                + h
                + "'");
      }
      return h.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A whole number of things, e.g. the number of tasks in a plan.
   *
   * @param value the count; never negative
   */
  record Count(long value) implements EvidenceValue {
    /**
     * Checks the sign.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Count {
      if (value < 0) {
        throw new IllegalArgumentException(
            "count.value: expected a non-negative count but found " + value);
      }
    }

    /** Returns {@code "count"}. */
    @Override
    public String typeName() {
      return "count";
    }
  }

  /**
   * An amount with its unit, e.g. {@code 125.5} {@code "triệu đồng"}.
   *
   * @param amount the amount, of any sign
   * @param unit the unit of measure; non-blank, NFC
   */
  record Quantity(Decimal amount, String unit) implements EvidenceValue {
    /**
     * Validates and normalises the components.
     *
     * @throws IllegalArgumentException if {@code unit} is blank
     */
    public Quantity {
      Objects.requireNonNull(amount, "amount");
      unit = Text.nonBlank("quantity.unit", unit);
    }

    /** Returns {@code "quantity"}. */
    @Override
    public String typeName() {
      return "quantity";
    }
  }

  /**
   * A proportion "numerator of denominator", e.g. 412 of 420 dossiers settled on time. The parts
   * are kept as given, never divided, so comparisons with thresholds stay exact.
   *
   * <p>Both parts are non-negative and the numerator never exceeds the denominator. {@code 0/0} is
   * allowed and means that nothing occurred (no dossier was received); a positive numerator over
   * {@code 0} is rejected.
   *
   * @param numerator how many of the {@code denominator} qualify
   * @param denominator how many there were
   */
  record Ratio(Decimal numerator, Decimal denominator) implements EvidenceValue {
    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a part is negative, the denominator is 0 while the
     *     numerator is positive, or the numerator exceeds the denominator
     */
    public Ratio {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      if (numerator.signum() < 0) {
        throw new IllegalArgumentException(
            "ratio.numerator: expected a non-negative decimal number but found " + numerator);
      }
      if (denominator.signum() < 0) {
        throw new IllegalArgumentException(
            "ratio.denominator: expected a non-negative decimal number but found " + denominator);
      }
      if (denominator.signum() == 0 && numerator.signum() > 0) {
        throw new IllegalArgumentException(
            "ratio.denominator: expected a positive denominator for numerator "
                + numerator
                + " but found 0");
      }
      if (numerator.isGreaterThan(denominator)) {
        throw new IllegalArgumentException(
            "ratio.numerator: expected at most the denominator "
                + denominator
                + " but found "
                + numerator);
      }
    }

    /** Returns the ratio {@code numerator} of {@code denominator}. */
    public static Ratio of(long numerator, long denominator) {
      return new Ratio(Decimal.of(numerator), Decimal.of(denominator));
    }

    /** Returns whether this is {@code 0/0}: nothing occurred. */
    public boolean isEmpty() {
      return denominator.signum() == 0;
    }

    /** Returns {@code "ratio"}. */
    @Override
    public String typeName() {
      return "ratio";
    }
  }

  /**
   * Yes or no, e.g. whether the unit has a one-stop desk.
   *
   * @param value the flag
   */
  record Flag(boolean value) implements EvidenceValue {
    /** Returns {@code "flag"}. */
    @Override
    public String typeName() {
      return "flag";
    }
  }

  /**
   * One option of a declared choice input, by code, e.g. {@code "muc_3"}.
   *
   * @param option the option code; non-blank without surrounding spaces, NFC
   */
  record Choice(String option) implements EvidenceValue {
    /**
     * Validates and normalises the option code.
     *
     * @throws IllegalArgumentException if {@code option} is blank or has surrounding spaces
     */
    public Choice {
      option = Text.code("choice.option", option);
    }

    /** Returns {@code "choice"}. */
    @Override
    public String typeName() {
      return "choice";
    }
  }

  /**
   * A calendar date, e.g. the day a report was sent.
   *
   * @param value the date, within 1900-01-01..2199-12-31
   */
  record DateValue(LocalDate value) implements EvidenceValue {
    /**
     * Checks the date range.
     *
     * @throws IllegalArgumentException if {@code value} lies outside 1900-01-01..2199-12-31
     */
    public DateValue {
      Checks.date("date.value", value);
    }

    /** Returns {@code "date"}. */
    @Override
    public String typeName() {
      return "date";
    }
  }

  /**
   * Free text; rules only test it for presence.
   *
   * @param value the text; non-blank, NFC
   */
  record TextValue(String value) implements EvidenceValue {
    /**
     * Normalises the text.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public TextValue {
      value = Text.nonBlank("text.value", value);
    }

    /** Returns {@code "text"}. */
    @Override
    public String typeName() {
      return "text";
    }
  }
}
