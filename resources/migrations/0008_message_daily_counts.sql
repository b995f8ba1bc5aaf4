-- Messages per day, owner, session, status and ack: what the Overview page and `waqtor-db show-stats`
-- read instead of counting tens of millions of messages on every refresh. Our own table, kept exact
-- by statement-level triggers on messages whoever writes (the Node server, this app, psql): one
-- grouped upsert per statement through its transition tables, however many rows the statement wrote.
CREATE TABLE waqtor_message_daily (
    day DATE NOT NULL,            -- created_at's date; '-infinity' when created_at is NULL
    user_id UUID NOT NULL,
    session_id UUID,
    status VARCHAR(50),
    ack_status INTEGER,
    messages BIGINT NOT NULL
);

-- A NULL session, status or ack is a key of its own, which a UNIQUE constraint would not see (NULLs
-- are distinct there before PostgreSQL 15's NULLS NOT DISTINCT). The stand-ins cannot collide with a
-- stored value: the status one is longer than messages.status's 50 characters, no WhatsApp ack is
-- that negative, and gen_random_uuid() never makes the nil UUID.
CREATE UNIQUE INDEX waqtor_message_daily_key ON waqtor_message_daily (
    day, user_id,
    (COALESCE(session_id, '00000000-0000-0000-0000-000000000000'::uuid)),
    (COALESCE(status, '(no status: longer than the fifty characters a status may have)')),
    (COALESCE(ack_status, -2147483648)));
-- One owner's days (the user role, an admin's owner choice).
CREATE INDEX waqtor_message_daily_owner ON waqtor_message_daily (user_id, day);

-- SECURITY DEFINER: the Node server's role may write messages without any right on this table.
-- The search path is the migration's, so the function finds the tables it was made next to.
-- Rows are upserted in key order so two writers touching the same days lock them in the same order.
CREATE FUNCTION waqtor_message_daily_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO waqtor_message_daily AS d (day, user_id, session_id, status, ack_status, messages)
        SELECT COALESCE(created_at::date, '-infinity'::date), user_id, session_id, status, ack_status, count(*)
        FROM waqtor_new
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, user_id, (COALESCE(session_id, '00000000-0000-0000-0000-000000000000'::uuid)),
                     (COALESCE(status, '(no status: longer than the fifty characters a status may have)')),
                     (COALESCE(ack_status, -2147483648)))
        DO UPDATE SET messages = d.messages + EXCLUDED.messages;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO waqtor_message_daily AS d (day, user_id, session_id, status, ack_status, messages)
        SELECT COALESCE(created_at::date, '-infinity'::date), user_id, session_id, status, ack_status, -count(*)
        FROM waqtor_old
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, user_id, (COALESCE(session_id, '00000000-0000-0000-0000-000000000000'::uuid)),
                     (COALESCE(status, '(no status: longer than the fifty characters a status may have)')),
                     (COALESCE(ack_status, -2147483648)))
        DO UPDATE SET messages = d.messages + EXCLUDED.messages;
    ELSE
        -- UPDATE: old rows out, new rows in, netted per key, so an update that leaves every key as
        -- it was (text, error, updated_at) writes nothing here.
        INSERT INTO waqtor_message_daily AS d (day, user_id, session_id, status, ack_status, messages)
        SELECT day, user_id, session_id, status, ack_status, sum(delta)
        FROM (SELECT COALESCE(created_at::date, '-infinity'::date) AS day, user_id, session_id, status, ack_status,
                     1 AS delta FROM waqtor_new
              UNION ALL
              SELECT COALESCE(created_at::date, '-infinity'::date), user_id, session_id, status, ack_status,
                     -1 FROM waqtor_old) AS change
        GROUP BY 1, 2, 3, 4, 5 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (day, user_id, (COALESCE(session_id, '00000000-0000-0000-0000-000000000000'::uuid)),
                     (COALESCE(status, '(no status: longer than the fifty characters a status may have)')),
                     (COALESCE(ack_status, -2147483648)))
        DO UPDATE SET messages = d.messages + EXCLUDED.messages;
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION waqtor_message_daily_truncate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM waqtor_message_daily;
    RETURN NULL;
END;
$$;

-- Writers that started before this migration finish first, and later ones wait for its commit (and
-- then fire the triggers), so the fill below sees every committed row and nothing is counted twice.
-- The Node server's message writes wait for the fill: seconds at ten million messages.
LOCK TABLE messages IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER waqtor_message_daily_insert AFTER INSERT ON messages
    REFERENCING NEW TABLE AS waqtor_new
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_message_daily_apply();
CREATE TRIGGER waqtor_message_daily_update AFTER UPDATE ON messages
    REFERENCING OLD TABLE AS waqtor_old NEW TABLE AS waqtor_new
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_message_daily_apply();
CREATE TRIGGER waqtor_message_daily_delete AFTER DELETE ON messages
    REFERENCING OLD TABLE AS waqtor_old
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_message_daily_apply();
CREATE TRIGGER waqtor_message_daily_truncate AFTER TRUNCATE ON messages
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_message_daily_truncate();

INSERT INTO waqtor_message_daily (day, user_id, session_id, status, ack_status, messages)
SELECT COALESCE(created_at::date, '-infinity'::date), user_id, session_id, status, ack_status, count(*)
FROM messages
GROUP BY 1, 2, 3, 4, 5;
