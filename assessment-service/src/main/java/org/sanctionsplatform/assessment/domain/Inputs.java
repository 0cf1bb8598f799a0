package org.sanctionsplatform.assessment.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The inputs of one explanation step: an immutable map sorted by key, so the stored and published explanation reads
 * the same every time. Two arrays rather than a tree: an assessment makes some thirty of them (see bench/).
 */
final class Inputs extends AbstractMap<String, String> {

    private final String[] keys;
    private final String[] values;

    private Inputs(String[] keys, String[] values) {
        // Insertion sort: a step has a handful of inputs.
        for (int i = 1; i < keys.length; i++) {
            String k = keys[i];
            String v = values[i];
            int j = i - 1;
            while (j >= 0 && keys[j].compareTo(k) > 0) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = k;
            values[j + 1] = v;
        }
        this.keys = keys;
        this.values = values;
    }

    /** From alternating keys and values; a null value reads "none". */
    static Inputs of(Object... keysAndValues) {
        int n = keysAndValues.length / 2;
        String[] keys = new String[n];
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = String.valueOf(keysAndValues[2 * i]);
            Object value = keysAndValues[2 * i + 1];
            values[i] = value == null ? "none" : value.toString();
        }
        return new Inputs(keys, values);
    }

    /** The same map sorted and immutable; an {@code Inputs} is returned as it is. */
    static Inputs copyOf(Map<String, String> map) {
        if (map instanceof Inputs inputs) {
            return inputs;
        }
        String[] keys = new String[map.size()];
        String[] values = new String[map.size()];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new Inputs(keys, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
