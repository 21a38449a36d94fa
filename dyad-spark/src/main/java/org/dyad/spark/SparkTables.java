package org.dyad.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.tables.Column;
import org.dyad.tables.Table;

/** The Spark SQL schema of a dyad {@link Table}: one field per column, same names, order and nullability. */
public final class SparkTables {
    private SparkTables() {
    }

    public static StructType schema(Table t) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : t.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), c.nullable()));
        }
        return DataTypes.createStructType(fields);
    }

    static DataType type(Column.Type type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }
}
