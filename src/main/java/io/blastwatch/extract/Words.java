package io.blastwatch.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unmodifiable word sets and maps built on {@link HashSet} and {@link HashMap}, for the lookups extraction makes per
 * token. {@code Set.of} and {@code Map.copyOf} probe with a modulo division and call {@code equals} on every probe;
 * in a profile of extraction their lookups took about a tenth of the time. A hash table compares the cached hash
 * first and indexes with a mask. Like {@code Set.of}, a word given twice is an error: it is a typo in a word list.
 */
final class Words {

    private Words() {
    }

    static Set<String> of(String... words) {
        Set<String> set = new HashSet<>(capacity(words.length));
        for (String word : words) {
            if (!set.add(java.util.Objects.requireNonNull(word))) {
                throw new IllegalArgumentException("duplicate word: " + word);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    static <T> Set<T> copyOf(Collection<? extends T> items) {
        Set<T> set = new HashSet<>(capacity(items.size()));
        items.forEach(item -> set.add(java.util.Objects.requireNonNull(item)));
        return Collections.unmodifiableSet(set);
    }

    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        Map<K, V> copy = new HashMap<>(capacity(map.size()));
        map.forEach((k, v) -> copy.put(java.util.Objects.requireNonNull(k), java.util.Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** A table that holds this many without growing. */
    private static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }
}
