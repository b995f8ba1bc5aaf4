-- Live updates: one NOTIFY on channel waqtor_changes per statement and table that changed rows, whoever
-- wrote them (this app, the Node server, psql). Statement-level triggers with transition tables, so a
-- statement writing 10,000 messages costs one aggregate over its transition table and one notification,
-- not 10,000. The payload is JSON:
--   {"table":"messages","op":"insert","rows":10000,"owners":["<uuid>",...],"owners_total":3,
--    "truncated":false,"at":"2026-12-05T19:20:00.123Z"}
-- owners: the distinct owners (user_id; users.id for users) the statement touched, capped at 100 so the
-- payload stays far below NOTIFY's 8000-byte limit; owners_total counts them all and truncated says the
-- list was cut. A TRUNCATE has "rows":null and no owners (every owner's rows went).
-- The owner column is the trigger's argument: user_id, or id for users.
CREATE FUNCTION waqtor_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    by_id boolean := TG_ARGV[0] = 'id';
    changed bigint;
    owner_list text[];
    owner_total bigint;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM pg_notify('waqtor_changes', json_build_object(
            'table', TG_TABLE_NAME, 'op', 'truncate', 'rows', NULL, 'owners', json_build_array(),
            'owners_total', NULL, 'truncated', false,
            'at', to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
        RETURN NULL;
    END IF;
    -- Static statements only (no EXECUTE): PL/pgSQL keeps their plans, per table, so a single-row
    -- write from the Node server pays for no parsing or planning here. Only the branch that runs is
    -- compiled, so users' id and the other tables' user_id never meet.
    IF TG_OP = 'INSERT' THEN
        IF by_id THEN
            SELECT count(*), array_agg(DISTINCT id::text) INTO changed, owner_list FROM waqtor_new_rows;
        ELSE
            SELECT count(*), array_agg(DISTINCT user_id::text) INTO changed, owner_list FROM waqtor_new_rows;
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF by_id THEN
            SELECT count(*), array_agg(DISTINCT id::text) INTO changed, owner_list FROM waqtor_old_rows;
        ELSE
            SELECT count(*), array_agg(DISTINCT user_id::text) INTO changed, owner_list FROM waqtor_old_rows;
        END IF;
    ELSE
        -- An UPDATE may move rows to another owner: the old and the new owner are both touched.
        -- One statement, so one executor start, as for INSERT and DELETE.
        IF by_id THEN
            SELECT (SELECT count(*) FROM waqtor_new_rows), array_agg(DISTINCT o) INTO changed, owner_list
            FROM (SELECT id::text AS o FROM waqtor_old_rows UNION ALL SELECT id::text FROM waqtor_new_rows) s;
        ELSE
            SELECT (SELECT count(*) FROM waqtor_new_rows), array_agg(DISTINCT o) INTO changed, owner_list
            FROM (SELECT user_id::text AS o FROM waqtor_old_rows UNION ALL SELECT user_id::text FROM waqtor_new_rows) s;
        END IF;
    END IF;
    IF changed = 0 THEN
        RETURN NULL;  -- an UPDATE or DELETE that matched nothing changed nothing to show
    END IF;
    owner_total := COALESCE(cardinality(owner_list), 0);
    PERFORM pg_notify('waqtor_changes', json_build_object(
        'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'rows', changed,
        'owners', COALESCE(to_json(owner_list[1:100]), json_build_array()),
        'owners_total', owner_total, 'truncated', owner_total > 100,
        'at', to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
    RETURN NULL;
END;
$$;

-- PostgreSQL allows transition tables only on single-event triggers: one trigger per table and operation.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('campaigns', 'user_id'), ('whatsapp_sessions', 'user_id'), ('messages', 'user_id'),
                                   ('recipients', 'user_id'), ('users', 'id')) AS v(name, owner_column)
    LOOP
        EXECUTE format('CREATE TRIGGER waqtor_%1$s_notify_insert AFTER INSERT ON %1$I REFERENCING NEW TABLE AS waqtor_new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION waqtor_notify_change(%2$L)', t.name, t.owner_column);
        EXECUTE format('CREATE TRIGGER waqtor_%1$s_notify_update AFTER UPDATE ON %1$I '
                       'REFERENCING OLD TABLE AS waqtor_old_rows NEW TABLE AS waqtor_new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION waqtor_notify_change(%2$L)', t.name, t.owner_column);
        EXECUTE format('CREATE TRIGGER waqtor_%1$s_notify_delete AFTER DELETE ON %1$I REFERENCING OLD TABLE AS waqtor_old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION waqtor_notify_change(%2$L)', t.name, t.owner_column);
        EXECUTE format('CREATE TRIGGER waqtor_%1$s_notify_truncate AFTER TRUNCATE ON %1$I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION waqtor_notify_change(%2$L)', t.name, t.owner_column);
    END LOOP;
END;
$$;
