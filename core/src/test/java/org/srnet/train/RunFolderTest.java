package org.srnet.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.UserError;
import org.srnet.methods.srnet.model.SrNetModel;

/** {@code train} never replaces a model folder: refused, resumed, or moved aside with {@code --force}. */
class RunFolderTest {

    @Test
    void emptyOrAbsentFoldersAreFineAndOccupiedOnesAreRefused(@TempDir Path dir) throws Exception {
        RunFolder.check(dir.resolve("absent"), false, false);
        RunFolder.check(Files.createDirectories(dir.resolve("empty")), false, false);
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> RunFolder.check(other, false, false)).isInstanceOf(UserError.class)
                .hasMessageContaining("is not empty");
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve(Checkpoint.FILE), "x");
        assertThatThrownBy(() -> RunFolder.check(run, false, false)).hasMessageContaining("add --resume");
        RunFolder.check(run, true, false);
    }

    @Test
    void forceMovesTheOldFolderAsideInsteadOfOverwritingIt(@TempDir Path dir) throws Exception {
        Path model = Files.createDirectories(dir.resolve("cpu-small"));
        Files.writeString(model.resolve(SrNetModel.CONFIG_FILE), "{}");
        RunFolder.check(model, false, true);
        Optional<Path> backup = RunFolder.moveAsideIfForced(model, false, true);
        assertThat(backup).isPresent();
        assertThat(backup.get().getFileName().toString()).startsWith("cpu-small.backup-");
        assertThat(backup.get().resolve(SrNetModel.CONFIG_FILE)).hasContent("{}");
        assertThat(model).doesNotExist();
        Files.createDirectories(model);
        Files.writeString(model.resolve(SrNetModel.CONFIG_FILE), "{\"second\": true}");
        Optional<Path> second = RunFolder.moveAsideIfForced(model, false, true);
        assertThat(second.get()).as("a second backup within the same second").isNotEqualTo(backup.get());
        assertThat(backup.get().resolve(SrNetModel.CONFIG_FILE)).hasContent("{}");
        assertThat(RunFolder.moveAsideIfForced(dir.resolve("fresh"), false, true)).isEmpty();
    }
}
