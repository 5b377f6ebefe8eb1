package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.rubric.core.json.Json;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rubric's model types carry no Jackson annotations: the JSON formats are mapped explicitly by the
 * decoders and encoders of {@code dev.rubric.core.json}. Scans every class of rubric-core by
 * reflection.
 */
class ModelAnnotationsTest {

  /** A type annotated the way model types must not be, to show that the scan sees annotations. */
  record Annotated(String value) {
    @JsonValue
    @Override
    public String value() {
      return value;
    }
  }

  @Test
  void coreClasses_scannedForJacksonAnnotations_carryNone() throws Exception {
    List<Class<?>> classes = coreClasses();

    assertThat(classes).hasSizeGreaterThan(50).contains(Decimal.class, Json.class);
    assertThat(classes.stream().flatMap(ModelAnnotationsTest::jacksonAnnotations)).isEmpty();
  }

  @Test
  void jacksonAnnotations_onATestType_areFound() {
    assertThat(jacksonAnnotations(Annotated.class)).containsExactly("Annotated.value(): JsonValue");
  }

  /** Returns every class compiled from rubric-core's main sources. */
  private static List<Class<?>> coreClasses() throws Exception {
    Path root = classesDirectory();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (!name.endsWith("package-info") && !name.equals("module-info")) {
          classes.add(Class.forName(name, false, ModelAnnotationsTest.class.getClassLoader()));
        }
      }
    }
    return classes;
  }

  private static Path classesDirectory() throws URISyntaxException {
    return Path.of(Decimal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Returns "type.member: Annotation" for each Jackson annotation on {@code c} or its members. */
  private static Stream<String> jacksonAnnotations(Class<?> c) {
    List<AnnotatedElement> elements = new ArrayList<>();
    elements.add(c);
    elements.addAll(Arrays.asList(c.getDeclaredFields()));
    elements.addAll(Arrays.asList(c.getDeclaredMethods()));
    elements.addAll(Arrays.asList(c.getDeclaredConstructors()));
    List<Executable> executables = new ArrayList<>(Arrays.asList(c.getDeclaredMethods()));
    executables.addAll(Arrays.asList(c.getDeclaredConstructors()));
    for (Executable e : executables) {
      elements.addAll(Arrays.asList(e.getParameters()));
    }
    if (c.isRecord()) {
      elements.addAll(Arrays.asList(c.getRecordComponents()));
    }
    return elements.stream()
        .flatMap(
            e ->
                Arrays.stream(e.getDeclaredAnnotations())
                    .map(Annotation::annotationType)
                    .filter(t -> t.getName().startsWith("com.fasterxml.jackson."))
                    .map(t -> describe(c, e) + ": " + t.getSimpleName()));
  }

  private static String describe(Class<?> c, AnnotatedElement e) {
    if (e instanceof Class<?>) {
      return c.getSimpleName();
    }
    if (e instanceof Parameter p) {
      return c.getSimpleName()
          + "."
          + p.getDeclaringExecutable().getName()
          + "("
          + p.getName()
          + ")";
    }
    if (e instanceof java.lang.reflect.Member m) {
      return c.getSimpleName() + "." + m.getName() + (e instanceof Executable ? "()" : "");
    }
    return c.getSimpleName() + "." + e;
  }
}
