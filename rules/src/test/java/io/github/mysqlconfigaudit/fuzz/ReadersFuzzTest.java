package io.github.mysqlconfigaudit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the readers: any text gives a result (perhaps with parse errors), never an
 * exception. Without JAZZER_FUZZ these run their seeds (ReadersFuzzTestInputs beside this class) as
 * regression tests; with it (.ci/run, the fuzz profile) each target fuzzes for its time box.
 */
class ReadersFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void optionFileReader(FuzzedDataProvider data) {
        Harness.optionFile(data);
    }

    @FuzzTest(maxDuration = "60s")
    void haproxyReader(FuzzedDataProvider data) {
        Harness.haproxy(data);
    }

    @FuzzTest(maxDuration = "60s")
    void manifestReader(FuzzedDataProvider data) {
        Harness.manifest(data);
    }

    @FuzzTest(maxDuration = "60s")
    void applicationConfigReader(FuzzedDataProvider data) {
        Harness.applicationConfig(data);
    }

    @FuzzTest(maxDuration = "60s")
    void wholeEngine(FuzzedDataProvider data) throws Exception {
        Harness.engine(data);
    }
}
