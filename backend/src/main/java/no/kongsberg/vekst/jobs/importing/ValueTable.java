package no.kongsberg.vekst.jobs.importing;

import java.util.List;

/**
 * The table an import writes and how its key looks: each key column, its SQL type, and whether the
 * file gives it as a municipality code (stored as `<name>_id`, resolved through every code the
 * municipality has had). The value columns are always `persons` and `missing`.
 */
public record ValueTable(String table, String auditEntity, List<Key> keys) {

    public record Key(String column, String sqlType, boolean municipality) {

        public static Key municipality(String column) {
            return new Key(column, "bigint", true);
        }

        public static Key of(String column, String sqlType) {
            return new Key(column, sqlType, false);
        }

        /** The column in the target table. */
        String stored() {
            return municipality ? column + "_id" : column;
        }
    }
}
