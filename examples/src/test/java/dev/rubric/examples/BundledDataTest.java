package dev.rubric.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample data: the communes of Bạch Thông district (Bắc Kạn) in 2022, real units with
 * invented evidence, in {@code data/evidence/bach-thong-2022/*.json} and, the same data, in {@code
 * data/evidence/bach-thong-2022.csv}. Evaluated against the sample catalog, Thị trấn Phủ Thông must
 * reproduce the conclusions of the district inspection of 21/9/2022 (see {@code
 * data/evidence/README.md}).
 */
class BundledDataTest {
  static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  static final Path EVIDENCE = Path.of("data/evidence/bach-thong-2022");
  static final Path CSV = Path.of("data/evidence/bach-thong-2022.csv");

  /** Huyện Bạch Thông in the General Statistics Office list (061 is Ba Bể). */
  static final String BACH_THONG = "063";

  static final String PHU_THONG = "01969";

  /** Every commune-level unit of Bạch Thông in 2022 (after NQ 855/NQ-UBTVQH14, 1/2/2020). */
  static final Map<String, String> UNITS =
      Map.ofEntries(
          Map.entry("01969", "Thị trấn Phủ Thông"),
          Map.entry("01975", "Xã Vi Hương"),
          Map.entry("01978", "Xã Sĩ Bình"),
          Map.entry("01981", "Xã Vũ Muộn"),
          Map.entry("01984", "Xã Đôn Phong"),
          Map.entry("01990", "Xã Lục Bình"),
          Map.entry("01993", "Xã Tân Tú"),
          Map.entry("01999", "Xã Nguyên Phúc"),
          Map.entry("02002", "Xã Cao Sơn"),
          Map.entry("02005", "Xã Quân Hà"),
          Map.entry("02008", "Xã Cẩm Giàng"),
          Map.entry("02011", "Xã Mỹ Thanh"),
          Map.entry("02014", "Xã Dương Phong"),
          Map.entry("02017", "Xã Quang Thuận"));

  static CompiledCatalog catalog;

  /** File name to text, in file-name order. */
  static final Map<String, String> texts = new LinkedHashMap<>();

  /** Unit code to evidence file, in file-name order. */
  static final Map<String, EvidenceFile> files = new LinkedHashMap<>();

  /** Unit code to scorecard, in file-name order. */
  static final Map<String, Scorecard> scorecards = new LinkedHashMap<>();

  @BeforeAll
  static void evaluateBundledData() throws IOException {
    String source = Files.readString(CATALOG, StandardCharsets.UTF_8);
    catalog =
        Rubric.standard()
            .compile(SourceText.of(CATALOG.getFileName().toString(), source))
            .orElseThrow();
    List<Path> paths;
    try (Stream<Path> s = Files.list(EVIDENCE)) {
      paths = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path p : paths) {
      String name = p.getFileName().toString();
      String text = Files.readString(p, StandardCharsets.UTF_8);
      EvidenceFile file = Json.readEvidence(name, new StringReader(text));
      texts.put(name, text);
      files.put(file.unit().code(), file);
      scorecards.put(file.unit().code(), catalog.evaluate(file));
    }
  }

  // ---------------------------------------------------------------- the files

  @Test
  void readEvidence_bundledDistrict_holdsEveryCommuneOfBachThongWithItsCode() {
    Map<String, String> names =
        files.values().stream()
            .collect(Collectors.toMap(f -> f.unit().code(), f -> f.unit().name()));

    assertThat(names).isEqualTo(UNITS);
  }

  @Test
  void readEvidence_everyFile_isACommuneOfBachThongIn2022NamedByItsCode() {
    assertThat(texts.keySet())
        .allSatisfy(name -> assertThat(name).matches("\\d{5}-[a-z]+(-[a-z]+)*\\.json"));
    assertThat(files.entrySet())
        .allSatisfy(
            e -> {
              EvidenceFile f = e.getValue();
              assertThat(f.unit().level()).isEqualTo("commune");
              assertThat(f.unit().kind()).isIn("thi_tran", "xa");
              assertThat(f.unit().name())
                  .startsWith(f.unit().kind().equals("thi_tran") ? "Thị trấn " : "Xã ");
              assertThat(f.unit().parentCode()).contains(BACH_THONG);
              assertThat(f.period().id()).isEqualTo("2022");
              assertThat(texts)
                  .containsKey(f.unit().code() + "-" + slug(f.unit().name()) + ".json");
            });
  }

  @Test
  void readEvidence_everyFile_saysTheDataIsSyntheticInVietnameseAndEnglish() {
    assertThat(files.values())
        .extracting(f -> f.evidence().note().orElse(""))
        .allSatisfy(
            note ->
                assertThat(note)
                    .contains("DỮ LIỆU GIẢ LẬP")
                    .contains("synthetic data")
                    .contains("the unit is real, the evidence is invented"));
  }

  @Test
  void writeEvidence_everyFile_isInCanonicalForm() {
    assertThat(texts.entrySet())
        .allSatisfy(
            e ->
                assertThat(Json.write(Json.readEvidence(e.getKey(), e.getValue())))
                    .isEqualTo(e.getValue()));
  }

  @Test
  void readEvidence_everyFile_coversEveryCatalogInputAndAttribute() {
    Set<String> inputs =
        catalog.catalog().inputs().stream()
            .map(InputDecl::key)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> attributes =
        catalog.catalog().attributes().stream()
            .map(InputDecl::key)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(files.values())
        .allSatisfy(
            f -> {
              assertThat(f.evidence().evidence().keySet()).isEqualTo(inputs);
              assertThat(f.unit().attributes().keySet()).isEqualTo(attributes);
            });
  }

  @Test
  void readEvidence_bundledDistrict_mixesEveryEvidenceStatus() {
    List<EvidenceStatus> statuses =
        files.values().stream()
            .flatMap(f -> f.evidence().evidence().values().stream())
            .map(Evidence::status)
            .toList();

    assertThat(statuses).containsAll(List.of(EvidenceStatus.values()));
    assertThat(statuses.stream().filter(s -> s == EvidenceStatus.PROVIDED).count())
        .isGreaterThan(statuses.size() * 9L / 10);
  }

  // ---------------------------------------------------------------- Phủ Thông and the inspection

  @Test
  void evaluate_phuThong_isFairNotYetGood() {
    Scorecard s = scorecards.get(PHU_THONG);

    assertThat(s.band()).map(b -> b.vi()).contains("Khá");
    assertThat(s.indexRounded().compareTo(dev.rubric.core.Decimal.of(90))).isNegative();
    assertThat(s.surveyIncluded()).isTrue();
  }

  @Test
  void evaluate_phuThong_raisesTheInspectionsFindings() {
    Scorecard s = scorecards.get(PHU_THONG);

    assertThat(s.findingsFor("2.3"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message().in(Language.VI))
                  .isEqualTo("Thực hiện quy chế làm việc chưa đầy đủ");
              assertThat(f.severity()).isEqualTo(Severity.MAJOR);
              assertThat(f.kind()).isEqualTo(FindingKind.PARTIAL);
            });
    assertThat(s.findingsFor("4.1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message().in(Language.VI))
                  .startsWith("Công chức chuyên môn được phân công chưa phù hợp");
              assertThat(f.severity()).isEqualTo(Severity.MAJOR);
              assertThat(f.kind()).isEqualTo(FindingKind.NOT_MET);
            });
    assertThat(s.findingsFor("1.5"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message().in(Language.VI))
                  .startsWith("Công tác chỉ đạo, điều hành chưa quyết liệt");
              assertThat(f.severity()).isEqualTo(Severity.MAJOR);
              assertThat(f.kind()).isEqualTo(FindingKind.PARTIAL);
            });
    assertThat(s.findingsFor("7.2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message().in(Language.VI))
                  .contains("hồ sơ công việc")
                  .contains("trên môi trường mạng còn thấp");
              assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            });
  }

  @Test
  void evaluate_phuThong_recommendsWhatTheInspectionRecommended() {
    Scorecard s = scorecards.get(PHU_THONG);

    assertThat(recommendations(s, "1.5"))
        .anySatisfy(r -> assertThat(r).contains("vai trò người đứng đầu"));
    assertThat(recommendations(s, "1.1.2"))
        .anySatisfy(r -> assertThat(r).startsWith("Người đứng đầu"));
    assertThat(recommendations(s, "1.6"))
        .anySatisfy(r -> assertThat(r).startsWith("Người đứng đầu"));
    assertThat(recommendations(s, "1.3.1", "1.3.2"))
        .anySatisfy(r -> assertThat(r).contains("Tăng cường kiểm tra, giám sát"));
    assertThat(recommendations(s, "5.1"))
        .anySatisfy(r -> assertThat(r).contains("đánh giá, xếp loại cán bộ, công chức hằng năm"));
    assertThat(recommendations(s, "1.4.1", "1.4.2"))
        .anySatisfy(r -> assertThat(r).contains("chính quyền số, kinh tế số, xã hội số"));
  }

  @Test
  void evaluate_phuThong_fallsShortWhereTheInspectionSaidSo() {
    Scorecard s = scorecards.get(PHU_THONG);

    assertThat(List.of("1.1.2", "1.3.2", "1.4.2", "1.5", "1.6", "2.3", "4.1", "5.1", "7.2"))
        .allSatisfy(
            code ->
                assertThat(s.node(code))
                    .map(NodeResult::status)
                    .hasValueSatisfying(
                        st -> assertThat(st).isIn(NodeStatus.PARTIAL, NodeStatus.NOT_MET)));
  }

  // ---------------------------------------------------------------- the district

  @Test
  void evaluate_district_spreadsOverTheBands() {
    Map<String, Long> bands =
        scorecards.values().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.band().map(b -> b.vi()).orElse("-"), Collectors.counting()));

    assertThat(bands).containsKeys("Tốt", "Khá", "Trung bình");
    assertThat(bands.get("Khá")).isGreaterThan(bands.get("Tốt"));
  }

  @Test
  void evaluate_district_hasUnitsTiedOnIndex() {
    Map<dev.rubric.core.Decimal, List<String>> byIndex =
        scorecards.values().stream()
            .collect(
                Collectors.groupingBy(
                    Scorecard::index,
                    Collectors.mapping(Scorecard::unitCode, Collectors.toList())));

    assertThat(byIndex.values())
        .anySatisfy(codes -> assertThat(codes).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void evaluate_unitWithoutSurvey_renormalisesTheSurveyChannel() {
    List<Scorecard> withoutSurvey =
        scorecards.values().stream().filter(s -> !s.surveyIncluded()).toList();

    assertThat(withoutSurvey)
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.node("S.1")).map(NodeResult::status).contains(NodeStatus.NOT_APPLICABLE);
              assertThat(files.get(s.unitCode()).evidence().evidence().get("hai_long").status())
                  .isEqualTo(EvidenceStatus.MISSING_EXPLAINED);
            });
  }

  @Test
  void evaluate_unitWithoutFeeProcedures_excludesOnlinePayment() {
    List<String> withoutFees =
        files.values().stream()
            .filter(
                f ->
                    f.unit()
                        .attribute("co_thu_phi")
                        .equals(Optional.of(new AttributeValue.Flag(false))))
            .map(f -> f.unit().code())
            .toList();

    assertThat(withoutFees)
        .isNotEmpty()
        .allSatisfy(
            code ->
                assertThat(scorecards.get(code).node("3.6"))
                    .hasValueSatisfying(
                        n -> {
                          assertThat(n.status()).isEqualTo(NodeStatus.NOT_APPLICABLE);
                          assertThat(n.applicableMax().signum()).isZero();
                        }));
  }

  @Test
  void evaluate_everyUnit_raisesNoDataQualityFinding() {
    List<Finding> dataFindings =
        scorecards.values().stream()
            .flatMap(s -> s.findings().stream())
            .filter(
                f ->
                    f.kind() == FindingKind.DATA_QUALITY
                        || f.kind() == FindingKind.EVALUATION_ERROR)
            .toList();

    assertThat(dataFindings).isEmpty();
  }

  // ---------------------------------------------------------------- the CSV

  @Test
  void csv_bundledFile_holdsTheSameDataAsTheJsonFiles() throws IOException {
    // given
    List<String> attributes = catalog.catalog().attributes().stream().map(InputDecl::key).toList();
    List<String> inputs = catalog.catalog().inputs().stream().map(InputDecl::key).toList();
    List<String> header =
        new ArrayList<>(
            List.of("unit_code", "unit_name", "level", "kind", "parent_code", "period"));
    attributes.forEach(a -> header.add("attr:" + a));
    header.addAll(inputs);
    List<List<String>> expected = new ArrayList<>();
    expected.add(header);
    for (EvidenceFile f : files.values()) {
      List<String> row = new ArrayList<>();
      row.add(f.unit().code());
      row.add(f.unit().name());
      row.add(f.unit().level());
      row.add(f.unit().kind());
      row.add(f.unit().parentCode().orElse(""));
      row.add(f.period().id());
      attributes.forEach(a -> row.add(f.unit().attribute(a).map(BundledDataTest::cell).orElse("")));
      inputs.forEach(i -> row.add(cell(f.evidence().evidence().get(i))));
      expected.add(row);
    }

    // when
    String text = new String(Files.readAllBytes(CSV), StandardCharsets.UTF_8);

    // then
    assertThat(text).startsWith("\uFEFF#");
    String body = text.substring(1);
    List<String> comments = body.lines().takeWhile(l -> l.startsWith("#")).toList();
    assertThat(String.join("\n", comments)).contains("DỮ LIỆU GIẢ LẬP").contains("SYNTHETIC DATA");
    String records = body.lines().skip(comments.size()).collect(Collectors.joining("\n", "", "\n"));
    assertThat(parseCsv(records)).isEqualTo(expected);
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> recommendations(Scorecard s, String... codes) {
    return Stream.of(codes)
        .flatMap(c -> s.findingsFor(c).stream())
        .flatMap(f -> f.recommendation().stream())
        .map(r -> r.vi())
        .toList();
  }

  /** Returns the ASCII file-name slug of a unit name: "Xã Cẩm Giàng" gives "cam-giang". */
  private static String slug(String name) {
    String bare = name.replaceFirst("^(Thị trấn|Xã) ", "").replace('đ', 'd').replace('Đ', 'D');
    String ascii = Normalizer.normalize(bare, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /** The CSV cell of an attribute, as data/evidence/README.md specifies. */
  private static String cell(AttributeValue a) {
    if (a instanceof AttributeValue.Flag f) {
      return Boolean.toString(f.value());
    } else if (a instanceof AttributeValue.NumberValue n) {
      return n.value().toString();
    } else if (a instanceof AttributeValue.TextValue t) {
      return t.value();
    } else if (a instanceof AttributeValue.DateValue d) {
      return d.value().toString();
    }
    throw new AssertionError(a);
  }

  /** The CSV cell of an evidence item, as data/evidence/README.md specifies. */
  private static String cell(Evidence e) {
    return switch (e.status()) {
      case MISSING -> "";
      case MISSING_EXPLAINED -> "!" + e.explanation().orElseThrow();
      case INCOMPLETE -> "~" + cell(e.value().orElseThrow());
      default -> cell(e.value().orElseThrow());
    };
  }

  private static String cell(EvidenceValue v) {
    if (v instanceof EvidenceValue.Document d) {
      return d.number().orElse("") + ";" + d.issued().map(Object::toString).orElse("");
    } else if (v instanceof EvidenceValue.Count c) {
      return Long.toString(c.value());
    } else if (v instanceof EvidenceValue.Quantity q) {
      return q.amount().toString();
    } else if (v instanceof EvidenceValue.Ratio r) {
      return r.numerator() + "/" + r.denominator();
    } else if (v instanceof EvidenceValue.Flag f) {
      return Boolean.toString(f.value());
    } else if (v instanceof EvidenceValue.Choice c) {
      return c.option();
    } else if (v instanceof EvidenceValue.DateValue d) {
      return d.value().toString();
    } else if (v instanceof EvidenceValue.TextValue t) {
      return t.value();
    }
    throw new AssertionError(v);
  }

  /** Splits RFC 4180 text into records and fields; every record ends with a line break. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    return records;
  }
}
