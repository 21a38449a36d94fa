package org.dyad.tables;

/**
 * One column of a {@link Table}: a name, a type from a small set every target can hold (Parquet, Spark, CSV, JSON),
 * whether it may be null, and what it means.
 */
public record Column(String name, Type type, boolean nullable, String description) {

    /** The column types: each maps to one Parquet physical type and one Spark SQL type. */
    public enum Type {
        /** UTF-8 text: Parquet {@code BINARY (STRING)}, Spark {@code StringType}; Java {@link String}. */
        STRING,
        /** 32-bit signed integer: Parquet {@code INT32}, Spark {@code IntegerType}; Java {@link Integer}. */
        INT,
        /** 64-bit float: Parquet {@code DOUBLE}, Spark {@code DoubleType}; Java {@link Double}. */
        DOUBLE,
        /** Parquet {@code BOOLEAN}, Spark {@code BooleanType}; Java {@link Boolean}. */
        BOOLEAN;

        /** The Java class of this type's values. */
        public Class<?> javaType() {
            return switch (this) {
                case STRING -> String.class;
                case INT -> Integer.class;
                case DOUBLE -> Double.class;
                case BOOLEAN -> Boolean.class;
            };
        }

        /** Reads a value of this type from its text form (CSV), or null for null. */
        public Object parse(String text) {
            if (text == null) {
                return null;
            }
            return switch (this) {
                case STRING -> text;
                case INT -> Integer.valueOf(text);
                case DOUBLE -> Double.valueOf(text);
                case BOOLEAN -> Boolean.valueOf(text);
            };
        }
    }

    public Column {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column name \"" + name + "\" must be lower_snake_case");
        }
    }
}
