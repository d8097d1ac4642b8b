-- Every committed change to the data behind the figures sends a notice on the channel
-- `vekst_data_changed` (payload: the table's name). The backends LISTEN to it and drop their
-- in-memory public answers (platform/DataChanges): whichever instance, import, scheduled job or
-- hand-written SQL made the change. PostgreSQL delivers notices only on commit, and folds the
-- repeats of one transaction into one, so a big import costs one notice a table.
CREATE FUNCTION vekst_notify_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vekst_data_changed', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

-- Statement-level triggers on every table, except those that no public figure is read from:
-- users, sign-in failures, the audit log, import bookkeeping and reports. A later migration that
-- adds a table gives it the same trigger; DataChangeNoticesTest fails for a table without one.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
            AND tablename NOT IN ('flyway_schema_history', 'app_user', 'login_failure', 'audit_entry', 'import_run',
                                  'enterprise_register_cursor', 'report_draft', 'report_version')
    LOOP
        EXECUTE format('CREATE TRIGGER data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION vekst_notify_data_changed()', t);
    END LOOP;
END
$$;
