package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's demo excerpt is real output of the demo, line for line (elisions aside). */
class ReadmeDemoTest {

  @Test
  void readmeExcerpt_everyLine_appearsInTheDemoOutput() throws IOException {
    // given
    String readme = Files.readString(Path.of("../README.md"));
    Matcher m =
        Pattern.compile("(?s)An excerpt of the demo's output.*?```\\n(.*?)```").matcher(readme);
    assertThat(m.find()).as("README has the demo excerpt").isTrue();

    // when
    Cli.Result demo = Cli.run();

    // then
    assertThat(demo.status()).isZero();
    String out = demo.out().replace("\r\n", "\n");
    for (String line : m.group(1).split("\n", -1)) {
      if (!line.equals("…")) {
        assertThat(out).as("demo output").contains(line + "\n");
      }
    }
  }
}
