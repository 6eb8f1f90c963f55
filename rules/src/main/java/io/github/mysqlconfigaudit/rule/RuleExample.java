package io.github.mysqlconfigaudit.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's example ({@link RuleMeta#example()}) as the files it stands for. Each file starts with a header line
 * {@code # path} (a path with a dot or a slash and no blanks; a comment such as {@code # 30 min} is not one), and a
 * header {@code # path -> target} stands for a symbolic link. A test writes every rule's example to a directory,
 * audits it and checks that the rule fires there, so the reference never shows an example that does not.
 */
public record RuleExample(List<File> files) {

    /** One file of an example: its text, or the target of a link. */
    public record File(String path, String content, String linkTarget) {
        public boolean isLink() {
            return linkTarget != null;
        }
    }

    private static final Pattern HEADER = Pattern.compile("# ([\\w.\\-/]*[./][\\w.\\-/]*)(?: -> (\\S+))?");

    public RuleExample {
        files = List.copyOf(files);
    }

    /** The files of an example; none when it has no header line (an example that is prose). */
    public static RuleExample parse(String example) {
        List<File> files = new ArrayList<>();
        String path = null;
        String link = null;
        StringBuilder content = new StringBuilder();
        for (String line : example.split("\n", -1)) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (path != null) {
                    files.add(new File(path, content.toString(), link));
                }
                path = header.group(1);
                link = header.group(2);
                content.setLength(0);
            } else if (path != null) {
                content.append(line).append('\n');
            }
        }
        if (path != null) {
            files.add(new File(path, content.toString(), link));
        }
        return new RuleExample(files);
    }
}
