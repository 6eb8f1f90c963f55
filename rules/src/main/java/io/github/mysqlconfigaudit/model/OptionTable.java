package io.github.mysqlconfigaudit.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A server's options in the order they were set, kept as slots of two arrays rather than an object each: a tree
 * of 100,000 files holds some 200,000 options, all kept until the audit ends, and the collector's work grows with
 * the number of objects it must copy. An option is made when asked for, equal to the one the table was made from; rules
 * walk a server's options a few times per audit (the runner has them made once for all of a server's rules, see
 * {@link #whileMade}), while the collector copies every kept object once or twice as the model is built. An
 * unmodifiable list, as {@link AbstractList} refuses changes.
 */
final class OptionTable extends AbstractList<ServerOption> implements RandomAccess {

    /** From this many options on, names are looked up in a map (a short table is searched faster than a map). */
    private static final int INDEXED_FROM = 16;

    private final Object[] refs;
    private final int[] ints;
    private final int size;
    private final Map<String, Integer> byName;
    /** Every option, made once, while {@link #whileMade} runs; else null and each is made when asked. */
    private volatile ServerOption[] made;

    OptionTable(Collection<ServerOption> options) {
        this.size = options.size();
        this.refs = new Object[size * ServerOption.REFS];
        this.ints = new int[size * ServerOption.INTS];
        Map<String, Integer> index = size < INDEXED_FROM ? null : new HashMap<>();
        int k = 0;
        for (ServerOption option : options) {
            option.pack(refs, k * ServerOption.REFS, ints, k * ServerOption.INTS);
            if (index != null) {
                index.put(option.name(), k);
            }
            k++;
        }
        this.byName = index == null ? null : Map.copyOf(index);
    }

    @Override
    public ServerOption get(int index) {
        Objects.checkIndex(index, size);
        ServerOption[] all = made;
        return all != null ? all[index] : unpack(index);
    }

    /** A new option equal to the one packed in slot {@code k}. */
    private ServerOption unpack(int k) {
        return ServerOption.unpack(refs, k * ServerOption.REFS, ints, k * ServerOption.INTS);
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Runs {@code work} with every option made once and kept until it returns: for a run of rules that each walk
     * the options (six walks per server), instead of an option made per walk. Nothing is kept after it.
     */
    void whileMade(Runnable work) {
        ServerOption[] all = new ServerOption[size];
        for (int k = 0; k < size; k++) {
            all[k] = unpack(k);
        }
        made = all;
        try {
            work.run();
        } finally {
            made = null;
        }
    }

    /** The position of the option of this name, or -1. */
    int indexOf(String name) {
        if (byName != null) {
            Integer at = byName.get(name);
            return at == null ? -1 : at;
        }
        for (int k = 0; k < size; k++) {
            if (ServerOption.packedName(refs, k * ServerOption.REFS).equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
