package io.github.mysqlconfigaudit.discover;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The audited root. Every read of the audit goes through here, so nothing outside the root is ever
 * opened: paths are checked after links are resolved.
 */
public final class SourceTree {

    private final Path root;

    public SourceTree(Path root) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audited root " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** The path relative to the root with {@code /} separators, as findings name it. */
    public String relative(Path absolute) {
        Path rel = root.relativize(absolute.toAbsolutePath().normalize());
        return rel.toString().replace('\\', '/');
    }

    /** The real path of {@code candidate} when it exists and lies inside the root, links resolved. */
    public Optional<Path> inside(Path candidate) {
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a file inside the root as text, or says why it was not read: outside the root, larger than
     * {@code maxBytes}, binary, or unreadable.
     */
    public TextRead readText(Path file, Limits limits) {
        Optional<Path> real = inside(file);
        if (real.isEmpty()) {
            return new TextRead(null, "it is outside the audited root");
        }
        return decode(real.get(), limits.maxFileBytes(), limits.maxLinesPerFile());
    }

    /**
     * Reads a file that discovery found: the walk did not follow links out of the root and checked the
     * ones it met, so the file is read without resolving its links again.
     */
    public TextRead readDiscovered(SourceFile file, Limits limits) {
        return decode(file.absolute(root), limits.maxFileBytes(), limits.maxLinesPerFile());
    }

    private TextRead decode(Path file, long maxBytes, int maxLines) {
        byte[] bytes;
        try {
            bytes = readAtMost(file, maxBytes);
        } catch (IOException e) {
            return new TextRead(null, "it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            return new TextRead(null, "it is larger than " + maxBytes + " bytes");
        }
        return TextDecoder.decode(bytes)
                .map(text -> lines(text) > maxLines ? new TextRead(null, "it has more than " + maxLines + " lines")
                        : new TextRead(text, null))
                .orElseGet(() -> new TextRead(null, "it is a binary file"));
    }

    /**
     * The file's bytes, or its first {@code maxBytes + 1} when it is larger (the extra byte tells "too large").
     * A file is read into an array of its own size: most are a few kilobytes, and a buffer of the limit's
     * size, or a stream's chunks, would be garbage many times the file.
     */
    private static byte[] readAtMost(Path file, long maxBytes) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size <= maxBytes) {
                byte[] exact = new byte[(int) size];
                ByteBuffer buffer = ByteBuffer.wrap(exact);
                while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                    // read until the array is full or the file ends
                }
                if (!buffer.hasRemaining() && channel.read(ByteBuffer.allocate(1)) < 0) {
                    return exact; // the whole file, and it ends there
                }
            }
            channel.position(0); // larger, or changed while read: the limit decides
            return Channels.newInputStream(channel).readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
    }

    /** Lines as an editor counts them: a final line end does not start another line. */
    private static long lines(String text) {
        long n = text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? 0 : 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The text of a file, or the reason it has none. */
    public record TextRead(String text, String skipReason) {
        public boolean ok() {
            return text != null;
        }
    }
}
