package org.refugeegraph.graph;

/**
 * The first/after/last/before arguments of a connection, checked. `first` pages forwards from
 * `after`; `last` pages backwards from `before`; both cursors may bound the same page.
 */
public record PageRequest(int size, boolean backward, String after, String before) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    // The paging arguments' descriptions, for every connection field (@Description needs constants).
    public static final String FIRST = "Page forwards: at most this many (default 20, at most 100).";
    public static final String AFTER = "Start after this cursor.";
    public static final String LAST = "Page backwards: at most this many (at most 100).";
    public static final String BEFORE = "End before this cursor.";

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        if (first != null && last != null) {
            throw new BadInputException("Pass either first or last, not both.");
        }
        check("first", first);
        check("last", last);
        boolean backward = last != null || (first == null && before != null && after == null);
        int size = first != null ? first : last != null ? last : DEFAULT_SIZE;
        return new PageRequest(size, backward, after, before);
    }

    private static void check(String name, Integer value) {
        if (value != null && (value < 0 || value > MAX_SIZE)) {
            throw new BadInputException("'" + name + "' must be between 0 and " + MAX_SIZE + ", got " + value + ".");
        }
    }
}
