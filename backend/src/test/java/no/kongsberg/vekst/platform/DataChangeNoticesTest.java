package no.kongsberg.vekst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every table a public figure may be read from sends the data-change notice (migration V13). */
@QuarkusTest
class DataChangeNoticesTest {

    /** Tables no public figure is read from; a new table belongs here only for that reason. */
    static final Set<String> NOT_PUBLIC = Set.of("flyway_schema_history", "app_user", "login_failure", "audit_entry",
            "import_run", "enterprise_register_cursor", "report_draft", "report_version", "api_client", "api_client_usage");

    @Inject
    AgroalDataSource database;

    @Test
    void everyOtherTableHasTheTrigger() throws Exception {
        List<String> without = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("""
                        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
                          AND NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                                          WHERE t.tgrelid = c.oid AND p.proname = 'vekst_notify_data_changed')
                        ORDER BY 1""")) {
            while (tables.next()) {
                if (!NOT_PUBLIC.contains(tables.getString(1))) {
                    without.add(tables.getString(1));
                }
            }
        }
        assertEquals(List.of(), without, "tables without the data_changed trigger (see V13__data_change_notices.sql)");
    }
}
