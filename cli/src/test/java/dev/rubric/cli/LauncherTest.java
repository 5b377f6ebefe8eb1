package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rubric} launcher script (src/main/launcher/rubric, copied beside rubric.jar at
 * package): it runs {@code $JAVA_HOME/bin/java -jar <its folder>/rubric.jar} with the arguments
 * unchanged, also when it is reached through a chain of symbolic links. A stand-in {@code java}
 * writes the arguments it receives, one a line.
 */
class LauncherTest {

  private static final Path SCRIPT = Path.of("src/main/launcher/rubric");

  @TempDir Path dir;

  @Test
  void launcher_throughSymlinks_runsTheJarBesideItWithTheArgumentsUnchanged()
      throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    // the installation: the script beside the jar
    Path install = Files.createDirectories(dir.resolve("rubric 1.0"));
    Path script = Files.copy(SCRIPT, install.resolve("rubric"));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    // a link on the PATH to a relative link to the script
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path relative =
        Files.createSymbolicLink(bin.resolve("rubric-link"), Path.of("../rubric 1.0/rubric"));
    Path onPath = Files.createSymbolicLink(dir.resolve("rubric"), relative);
    // a stand-in JDK whose java prints its arguments
    Path fakeBin = Files.createDirectories(dir.resolve("jdk/bin"));
    Path java = fakeBin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\nexit 3\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProcessBuilder pb =
        new ProcessBuilder(
                onPath.toString(), "check", "bộ tiêu chí.rubric", "--lang", "en", "", "*")
            .redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
    pb.environment().remove("JAVA_OPTS");
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    List<String> args =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

    assertThat(p.exitValue()).as("java's exit status").isEqualTo(3);
    assertThat(args)
        .containsExactly(
            "-jar",
            install.toRealPath().resolve("rubric.jar").toString(),
            "check",
            "bộ tiêu chí.rubric",
            "--lang",
            "en",
            "",
            "*");
  }

  @Test
  void windowsLauncher_runsTheJarBesideItWithAllArguments() throws IOException {
    String cmd = Files.readString(Path.of("src/main/launcher/rubric.cmd"), StandardCharsets.UTF_8);
    assertThat(cmd).contains("\r\n").doesNotContain("\n\n");
    assertThat(cmd).contains("-jar \"%~dp0rubric.jar\" %*");
  }
}
