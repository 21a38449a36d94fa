package org.dyad.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dyad.output.Extraction;

/**
 * A flat table of extracted facts: named, typed columns and a function from one article's {@link Extraction} to its
 * rows. The same definition gives the Spark job's schema and {@code dyad export}'s, so the two cannot drift. Tables
 * are immutable and thread-safe; {@link Tables} lists dyad's.
 */
public final class Table {
    private final String name;
    private final String description;
    private final List<Column> columns;
    private final List<Function<Cell<?>, Object>> getters;
    private final Function<Extraction, List<?>> items;

    private Table(String name, String description, List<Column> columns, List<Function<Cell<?>, Object>> getters,
                  Function<Extraction, List<?>> items) {
        this.name = name;
        this.description = description;
        this.columns = List.copyOf(columns);
        this.getters = List.copyOf(getters);
        this.items = items;
    }

    /**
     * What a column reads a value from: the article's store key, its extraction, and the item the row is for (the
     * article itself, an entity, a fact).
     */
    public record Cell<T>(String key, Extraction extraction, T item) {
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The column named {@code name}. */
    public Column column(String name) {
        return columns.get(index(name));
    }

    /** The position of the column named {@code name}. */
    public int index(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + this.name + " has no column \"" + name + "\"");
    }

    /**
     * The rows of one article, each an array in column order holding {@link Column.Type#javaType()} values or null.
     *
     * @param key the article's identity in a store (its canonical URL, else its file's URI)
     */
    public List<Object[]> rows(String key, Extraction x) {
        List<Object[]> out = new ArrayList<>();
        for (Object item : items.apply(x)) {
            Cell<Object> cell = new Cell<>(key, x, item);
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = getters.get(i).apply(cell);
            }
            out.add(row);
        }
        return out;
    }

    @Override
    public String toString() {
        return name + columns.stream().map(c -> c.name() + " " + c.type()).toList();
    }

    static <T> Builder<T> builder(String name, String description, Function<Extraction, List<T>> items) {
        return new Builder<>(name, description, items);
    }

    /** Declares a table's columns in order, each with the function that reads it off a row's item. */
    static final class Builder<T> {
        private final String name;
        private final String description;
        private final Function<Extraction, List<T>> items;
        private final List<Column> columns = new ArrayList<>();
        private final List<Function<Cell<?>, Object>> getters = new ArrayList<>();

        private Builder(String name, String description, Function<Extraction, List<T>> items) {
            this.name = name;
            this.description = description;
            this.items = items;
        }

        Builder<T> string(String column, boolean nullable, String description, Function<Cell<T>, String> get) {
            return add(new Column(column, Column.Type.STRING, nullable, description), get);
        }

        Builder<T> integer(String column, boolean nullable, String description, Function<Cell<T>, Integer> get) {
            return add(new Column(column, Column.Type.INT, nullable, description), get);
        }

        Builder<T> real(String column, boolean nullable, String description, Function<Cell<T>, Double> get) {
            return add(new Column(column, Column.Type.DOUBLE, nullable, description), get);
        }

        Builder<T> bool(String column, boolean nullable, String description, Function<Cell<T>, Boolean> get) {
            return add(new Column(column, Column.Type.BOOLEAN, nullable, description), get);
        }

        /** Applies a group of column declarations shared by several tables. */
        Builder<T> apply(java.util.function.Consumer<Builder<T>> part) {
            part.accept(this);
            return this;
        }

        @SuppressWarnings("unchecked")
        private Builder<T> add(Column c, Function<Cell<T>, ?> get) {
            for (Column other : columns) {
                if (other.name().equals(c.name())) {
                    throw new IllegalArgumentException("table " + name + " declares column " + c.name() + " twice");
                }
            }
            columns.add(c);
            String table = name;
            getters.add(cell -> {
                Object v = get.apply((Cell<T>) cell);
                if (v == null && !c.nullable()) {
                    throw new IllegalStateException("null in non-null column " + table + "." + c.name());
                }
                return v;
            });
            return this;
        }

        @SuppressWarnings("unchecked")
        Table build() {
            Function<Extraction, List<?>> all = x -> (List<Object>) items.apply(x);
            return new Table(name, description, columns, getters, all);
        }
    }
}
