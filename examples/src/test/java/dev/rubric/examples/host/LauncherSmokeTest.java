package dev.rubric.examples.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher as the cli module's package phase leaves it, {@code cli/target/rubric} beside {@code
 * rubric.jar}: executable, and running the jar with the arguments given. (This module builds after
 * cli, so in {@code mvn verify} the package is there.)
 */
class LauncherSmokeTest {

  private static final Path TARGET = Path.of("../cli/target");

  @Test
  void packagedLauncher_runsTheShadedJar() throws IOException, InterruptedException {
    Path script = TARGET.resolve("rubric");
    assertThat(TARGET.resolve("rubric.jar")).isRegularFile();
    assertThat(TARGET.resolve("rubric.cmd")).isRegularFile();
    assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();

    Process p =
        new ProcessBuilder(script.toString(), "check", "--lang", "en", "nope.rubric")
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(out).isEqualTo("error: cannot read 'nope.rubric': no such file\n");
    assertThat(p.exitValue()).isEqualTo(1);
  }
}
