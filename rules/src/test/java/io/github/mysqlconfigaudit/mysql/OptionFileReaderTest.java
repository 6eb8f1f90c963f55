package io.github.mysqlconfigaudit.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mysqlconfigaudit.TestTrees;
import io.github.mysqlconfigaudit.discover.Limits;
import io.github.mysqlconfigaudit.discover.SourceTree;
import io.github.mysqlconfigaudit.model.Location;
import io.github.mysqlconfigaudit.model.SourceProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionFileReaderTest {

    @TempDir
    Path root;

    private OptionFile read(String myCnf) {
        TestTrees.write(root, "my.cnf", myCnf);
        return readFile("my.cnf");
    }

    private OptionFile readFile(String path) {
        return new OptionFileReader(new SourceTree(root), Limits.defaults()).read(path);
    }

    private static List<String> arguments(OptionFile file) {
        return file.lines().stream().map(OptionLine::asArgument).toList();
    }

    @Test
    void everyOptionKeepsItsLineAndColumn() {
        OptionFile file = read("# header\n[mysqld]\n\n   wait_timeout = 600\nskip-name-resolve\n");
        assertEquals(new Location("my.cnf", 4, 4), file.lines().get(0).location());
        assertEquals(new Location("my.cnf", 5, 1), file.lines().get(1).location());
        assertEquals(new Location("my.cnf", 2, 1), file.groups().get(0).location());
    }

    @Test
    void trailingHashCommentIsCutButSemicolonIsNot() {
        OptionFile file = read("[mysqld]\na = 1 # comment\nb = x ; y\nc = \"q # inside\" # outside\n");
        assertEquals(List.of("--a=1", "--b=x ; y", "--c=q # inside"), arguments(file));
    }

    @Test
    void quotesAndEscapesAreReadAsMysqldReadsThem() {
        OptionFile file = read("[mysqld]\np = \"a\\tb\\\\c\"\nw = C:\\ProgramData\\x.log\ns = 'it''s'\n");
        assertEquals("a\tb\\c", file.lines().get(0).value());
        assertEquals("C:\\ProgramData\\x.log", file.lines().get(1).value());
        assertEquals("it''s", file.lines().get(2).value());
    }

    @Test
    void optionWithoutValueHasNoValueAndEmptyValueIsEmpty() {
        OptionFile file = read("[mysqld]\nskip-name-resolve\nempty =\n");
        assertNull(file.lines().get(0).value());
        assertEquals("", file.lines().get(1).value());
    }

    @Test
    void colonsInValuesDoNotSplitTheLine() {
        OptionFile file = read("[mysqld]\nbind-address = ::1\n");
        assertEquals("bind-address", file.lines().get(0).name());
        assertEquals("::1", file.lines().get(0).value());
    }

    @Test
    void repeatedGroupsAndKeysAreAllKeptInOrder() {
        OptionFile file = read("[mysqld]\na=1\n[client]\nport=1\n[mysqld]\na=2\n");
        assertEquals(List.of("mysqld", "client", "mysqld"), file.groups().stream().map(OptionGroup::name).toList());
        assertEquals(List.of("--a=1", "--port=1", "--a=2"), arguments(file));
        assertEquals("client", file.lines().get(1).group());
    }

    @Test
    void groupNameKeepsLeadingBlanksAsMysqldDoes() {
        OptionFile file = read("[ mysqld ]\na=1\n");
        assertEquals(" mysqld", file.lines().get(0).group());
    }

    @Test
    void includeIsSplicedWhereItStandsAndRestoresTheGroup() {
        TestTrees.write(root, "extra.cnf", "[client]\nport=3307\n");
        OptionFile file = read("[mysqld]\na=1\n!include extra.cnf\nb=2\n");
        assertEquals(List.of("--a=1", "--port=3307", "--b=2"), arguments(file));
        assertEquals("mysqld", file.lines().get(2).group());
        assertEquals(new Location("extra.cnf", 2, 1), file.lines().get(1).location());
        assertEquals(List.of("extra.cnf"), file.included());
    }

    @Test
    void includedirReadsOnlyCnfFilesInByteOrder() {
        TestTrees.write(root, "conf.d/b.cnf", "[mysqld]\nb=1\n");
        TestTrees.write(root, "conf.d/a.cnf", "[mysqld]\na=1\n");
        TestTrees.write(root, "conf.d/C.cnf", "[mysqld]\nc=1\n");
        TestTrees.write(root, "conf.d/d.txt", "[mysqld]\nd=1\n");
        OptionFile file = read("[mysqld]\n!includedir conf.d/\n");
        assertEquals(List.of("--c=1", "--a=1", "--b=1"), arguments(file));
    }

    @Test
    void absoluteIncludeIsMappedIntoTheRepositoryByItsTrailingDirectories() {
        TestTrees.write(root, "mysql/conf.d/tuning.cnf", "[mysqld]\nwait_timeout=600\n");
        TestTrees.write(root, "mysql/my.cnf", "[mysqld]\n!includedir /etc/mysql/conf.d/\n");
        OptionFile file = readFile("mysql/my.cnf");
        assertEquals(List.of("--wait_timeout=600"), arguments(file));
        assertEquals(List.of("mysql/conf.d/tuning.cnf"), file.included());
    }

    @Test
    void includeOutsideTheRootIsNotReadAndSaysSo() throws Exception {
        Path outside = Files.createTempFile("outside", ".cnf");
        try {
            Files.writeString(outside, "[mysqld]\nsecret=1\n");
            OptionFile file = read("[mysqld]\n!include ../" + outside.getFileName() + "\n!include " + outside + "\n");
            assertTrue(file.lines().isEmpty());
            List<SourceProblem> notFollowed = file.problems().stream()
                    .filter(p -> p.kind() == SourceProblem.Kind.INCLUDE_NOT_FOLLOWED).toList();
            assertEquals(2, notFollowed.size(), notFollowed.toString());
            assertEquals(2, notFollowed.get(0).location().line());
            assertTrue(notFollowed.get(0).message().contains("outside the audited root"));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void includeCycleIsCutAndReported() {
        TestTrees.write(root, "other.cnf", "[mysqld]\nb=1\n!include my.cnf\n");
        OptionFile file = read("[mysqld]\na=1\n!include other.cnf\n");
        assertEquals(List.of("--a=1", "--b=1"), arguments(file));
        SourceProblem p = file.problems().get(0);
        assertEquals(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, p.kind());
        assertEquals(new Location("other.cnf", 3, 1), p.location());
        assertTrue(p.message().contains("cycle"));
    }

    @Test
    void missingIncludeIsReportedNotFatal() {
        OptionFile file = read("[mysqld]\n!include nowhere.cnf\na=1\n");
        assertEquals(List.of("--a=1"), arguments(file));
        assertEquals(SourceProblem.Kind.INCLUDE_NOT_FOLLOWED, file.problems().get(0).kind());
    }

    @Test
    void groupWithoutClosingBracketStopsTheFileWithALocatedError() {
        OptionFile file = read("[mysqld]\na=1\n[mysqld\nb=2\n");
        assertEquals(List.of("--a=1"), arguments(file));
        SourceProblem p = file.problems().get(0);
        assertEquals(SourceProblem.Kind.PARSE_ERROR, p.kind());
        assertEquals(new Location("my.cnf", 3, 1), p.location());
    }

    @Test
    void optionBeforeAnyGroupIsAnError() {
        OptionFile file = read("a=1\n[mysqld]\n");
        assertEquals(SourceProblem.Kind.PARSE_ERROR, file.problems().get(0).kind());
        assertTrue(file.problems().get(0).message().contains("before any [group]"));
    }

    @Test
    void crlfAndByteOrderMarkAreHandled() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "[mysqld]\r\nwait_timeout = 5\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(root.resolve("my.cnf"), all);
        OptionFile file = readFile("my.cnf");
        assertEquals(List.of("--wait_timeout=5"), arguments(file));
        assertEquals(2, file.lines().get(0).location().line());
    }

    @Test
    void ini4jVariableSyntaxIsNeverExpanded() {
        OptionFile file = read("[mysqld]\na = ${a}\nb = ${mysqld/b}${b}\n");
        assertEquals(List.of("--a=${a}", "--b=${mysqld/b}${b}"), arguments(file));
    }

    /** Found by fuzzing: ini4j trims control characters, mysqld does not; "\u0001[md]" is an option name. */
    @Test
    void controlCharacterBeforeABracketIsAnOptionNotAGroup() {
        OptionFile file = read("[mysqld]\n\u0001[md]\nwait_timeout = 5\n");
        assertEquals(List.of("--\u0001[md]", "--wait_timeout=5"), arguments(file));
        assertEquals(List.of("mysqld", "mysqld"), file.lines().stream().map(OptionLine::group).toList());
        assertTrue(file.problems().isEmpty(), file.problems().toString());
    }
}
