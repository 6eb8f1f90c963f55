package io.github.mysqlconfigaudit.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Sorting of the audit's large lists (files, problems, findings) on every core; stable, so the order is the same every run. */
public final class Sorted {

    private Sorted() {
    }

    /** The elements in {@code order}, equal ones in their given order, as an unmodifiable list. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> of(Collection<? extends T> items, Comparator<? super T> order) {
        T[] array = (T[]) items.toArray();
        Arrays.parallelSort(array, order); // a stable merge sort
        return List.of(array);
    }
}
