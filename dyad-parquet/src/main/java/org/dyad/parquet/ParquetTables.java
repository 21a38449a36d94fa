package org.dyad.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.dyad.tables.Column;
import org.dyad.tables.RowWriter;
import org.dyad.tables.Table;

/**
 * dyad's {@link Table}s as Parquet files on the local file system, without Spark or a Hadoop runtime. The schema is
 * the one Spark writes for the same table ({@code message spark_schema}, strings as {@code binary (STRING)}, a
 * non-null column {@code required}), so files from {@code dyad export} and from the Spark job read alike. Files are
 * written uncompressed: Parquet's codecs need Hadoop's runtime, which this module leaves out.
 */
public final class ParquetTables {
    /** The name Spark gives a Parquet file's root message. */
    public static final String ROOT = "spark_schema";

    private ParquetTables() {
    }

    /** The Parquet schema of {@code t}. */
    public static MessageType schema(Table t) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column c : t.columns()) {
            Type.Repetition rep = c.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            switch (c.type()) {
                case STRING -> b.primitive(PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType())
                        .named(c.name());
                case INT -> b.primitive(PrimitiveTypeName.INT32, rep).named(c.name());
                case DOUBLE -> b.primitive(PrimitiveTypeName.DOUBLE, rep).named(c.name());
                case BOOLEAN -> b.primitive(PrimitiveTypeName.BOOLEAN, rep).named(c.name());
            }
        }
        return b.named(ROOT);
    }

    /** A writer of {@code t}'s rows to a new Parquet file at {@code file} (replaced if it exists). */
    public static RowWriter writer(Table t, Path file) throws IOException {
        MessageType schema = schema(t);
        ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withConf(new PlainParquetConfiguration())
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        List<Column> cols = t.columns();
        return new RowWriter() {
            @Override
            public void write(Object[] row) throws IOException {
                Group g = groups.newGroup();
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    String name = cols.get(i).name();
                    if (v instanceof String s) {
                        g.append(name, s);
                    } else if (v instanceof Integer n) {
                        g.append(name, n);
                    } else if (v instanceof Double d) {
                        g.append(name, d);
                    } else if (v instanceof Boolean bool) {
                        g.append(name, bool);
                    } else if (v != null) {
                        throw new IllegalArgumentException(t.name() + "." + name + " holds a "
                                + v.getClass().getSimpleName());
                    }
                }
                w.write(g);
            }

            @Override
            public void close() throws IOException {
                w.close();
            }
        };
    }

    /**
     * The rows of {@code t} in a Parquet file, or in every {@code .parquet} file of a directory (a Spark output
     * directory of part files), in file name order.
     *
     * @throws IllegalArgumentException if a file lacks one of the table's columns or holds another type there
     */
    public static List<Object[]> read(Table t, Path fileOrDir) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        scan(t, fileOrDir, rows::add);
        return rows;
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface RowSink {
        void accept(Object[] row) throws IOException;
    }

    /** Like {@link #read}, handing each row to {@code sink} as it is read instead of keeping them all. */
    public static void scan(Table t, Path fileOrDir, RowSink sink) throws IOException {
        for (Path f : files(fileOrDir)) {
            check(t, f, schemaOf(f));
            try (ParquetReader<Group> r = new GroupReader(new LocalInputFile(f)).build()) {
                Group g;
                while ((g = r.read()) != null) {
                    sink.accept(row(t, g));
                }
            }
        }
    }

    /** The schema stored in a Parquet file's footer. */
    public static MessageType schemaOf(Path file) throws IOException {
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            return r.getFooter().getFileMetaData().getSchema();
        }
    }

    /** {@code fileOrDir} itself, or the {@code .parquet} files directly in it, in name order. */
    public static List<Path> files(Path fileOrDir) throws IOException {
        if (!Files.isDirectory(fileOrDir)) {
            return List.of(fileOrDir);
        }
        try (Stream<Path> s = Files.list(fileOrDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    private static void check(Table t, Path f, MessageType have) {
        MessageType want = schema(t);
        for (Type c : want.getFields()) {
            if (!have.containsField(c.getName())) {
                throw new IllegalArgumentException(f + " is not a dyad " + t.name() + " table: no column "
                        + c.getName());
            }
            Type h = have.getType(c.getName());
            if (!h.isPrimitive() || h.asPrimitiveType().getPrimitiveTypeName()
                    != c.asPrimitiveType().getPrimitiveTypeName()) {
                throw new IllegalArgumentException(f + ": column " + c.getName() + " is " + h + ", expected " + c);
            }
        }
    }

    private static Object[] row(Table t, Group g) {
        Object[] row = new Object[t.columns().size()];
        for (int i = 0; i < row.length; i++) {
            Column c = t.columns().get(i);
            int field = g.getType().getFieldIndex(c.name());
            if (g.getFieldRepetitionCount(field) == 0) {
                continue;
            }
            row[i] = switch (c.type()) {
                case STRING -> g.getString(field, 0);
                case INT -> g.getInteger(field, 0);
                case DOUBLE -> g.getDouble(field, 0);
                case BOOLEAN -> g.getBoolean(field, 0);
            };
        }
        return row;
    }

    /** Reads {@link Group}s without a Hadoop configuration. */
    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
