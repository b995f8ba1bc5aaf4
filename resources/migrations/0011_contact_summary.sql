-- Contacts per day added, owner and status, and members per group: what the Overview page and
-- `waqtor-db show-stats` read instead of counting a million contacts and their memberships on every
-- refresh (0008 does the same for messages). Our own tables, kept exact by statement-level triggers
-- whoever writes (the Node server, an import, psql): one grouped upsert per statement through its
-- transition tables, however many rows the statement wrote.
CREATE TABLE waqtor_contact_daily (
    day DATE NOT NULL,   -- created_at's date; '-infinity' when created_at is NULL
    user_id UUID NOT NULL,
    status VARCHAR(50),
    contacts BIGINT NOT NULL
);
-- A NULL status is a key of its own; the stand-in is longer than the 50 characters a status may have.
CREATE UNIQUE INDEX waqtor_contact_daily_key ON waqtor_contact_daily (
    day, user_id, (COALESCE(status, '(no status: longer than the fifty characters a status may have)')));
CREATE INDEX waqtor_contact_daily_owner ON waqtor_contact_daily (user_id, day);

-- No foreign key to groups: a group's memberships are deleted (and counted down here) after the group.
CREATE TABLE waqtor_group_members (
    group_id UUID PRIMARY KEY,
    members BIGINT NOT NULL
);

-- SECURITY DEFINER: the Node server's role may write contacts without any right on these tables.
-- Rows are upserted in key order so two writers touching the same keys lock them in the same order.
CREATE FUNCTION waqtor_contact_daily_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO waqtor_contact_daily AS d (day, user_id, status, contacts)
        SELECT COALESCE(created_at::date, '-infinity'::date), user_id, status, count(*)
        FROM waqtor_new
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (day, user_id, (COALESCE(status, '(no status: longer than the fifty characters a status may have)')))
        DO UPDATE SET contacts = d.contacts + EXCLUDED.contacts;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO waqtor_contact_daily AS d (day, user_id, status, contacts)
        SELECT COALESCE(created_at::date, '-infinity'::date), user_id, status, -count(*)
        FROM waqtor_old
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (day, user_id, (COALESCE(status, '(no status: longer than the fifty characters a status may have)')))
        DO UPDATE SET contacts = d.contacts + EXCLUDED.contacts;
    ELSE
        -- UPDATE: old rows out, new rows in, netted per key, so an update that leaves every key as it
        -- was (a name, an e-mail, custom fields) writes nothing here.
        INSERT INTO waqtor_contact_daily AS d (day, user_id, status, contacts)
        SELECT day, user_id, status, sum(delta)
        FROM (SELECT COALESCE(created_at::date, '-infinity'::date) AS day, user_id, status, 1 AS delta FROM waqtor_new
              UNION ALL
              SELECT COALESCE(created_at::date, '-infinity'::date), user_id, status, -1 FROM waqtor_old) AS change
        GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (day, user_id, (COALESCE(status, '(no status: longer than the fifty characters a status may have)')))
        DO UPDATE SET contacts = d.contacts + EXCLUDED.contacts;
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION waqtor_group_members_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO waqtor_group_members AS m (group_id, members)
        SELECT group_id, count(*) FROM waqtor_new GROUP BY 1 ORDER BY 1
        ON CONFLICT (group_id) DO UPDATE SET members = m.members + EXCLUDED.members;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO waqtor_group_members AS m (group_id, members)
        SELECT group_id, -count(*) FROM waqtor_old GROUP BY 1 ORDER BY 1
        ON CONFLICT (group_id) DO UPDATE SET members = m.members + EXCLUDED.members;
    ELSE
        INSERT INTO waqtor_group_members AS m (group_id, members)
        SELECT group_id, sum(delta)
        FROM (SELECT group_id, 1 AS delta FROM waqtor_new UNION ALL SELECT group_id, -1 FROM waqtor_old) AS change
        GROUP BY 1 HAVING sum(delta) <> 0 ORDER BY 1
        ON CONFLICT (group_id) DO UPDATE SET members = m.members + EXCLUDED.members;
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION waqtor_contact_summary_truncate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    -- TRUNCATE recipients CASCADE truncates recipient_groups too, and fires both triggers.
    IF TG_TABLE_NAME = 'recipients' THEN
        DELETE FROM waqtor_contact_daily;
    ELSE
        DELETE FROM waqtor_group_members;
    END IF;
    RETURN NULL;
END;
$$;

-- Writers that started before this migration finish first, and later ones wait for its commit (and
-- then fire the triggers), so the fill below sees every committed row and nothing is counted twice.
LOCK TABLE recipients, recipient_groups IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER waqtor_contact_daily_insert AFTER INSERT ON recipients
    REFERENCING NEW TABLE AS waqtor_new
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_contact_daily_apply();
CREATE TRIGGER waqtor_contact_daily_update AFTER UPDATE ON recipients
    REFERENCING OLD TABLE AS waqtor_old NEW TABLE AS waqtor_new
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_contact_daily_apply();
CREATE TRIGGER waqtor_contact_daily_delete AFTER DELETE ON recipients
    REFERENCING OLD TABLE AS waqtor_old
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_contact_daily_apply();
CREATE TRIGGER waqtor_contact_daily_truncate AFTER TRUNCATE ON recipients
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_contact_summary_truncate();

CREATE TRIGGER waqtor_group_members_insert AFTER INSERT ON recipient_groups
    REFERENCING NEW TABLE AS waqtor_new
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_group_members_apply();
CREATE TRIGGER waqtor_group_members_update AFTER UPDATE ON recipient_groups
    REFERENCING OLD TABLE AS waqtor_old NEW TABLE AS waqtor_new
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_group_members_apply();
CREATE TRIGGER waqtor_group_members_delete AFTER DELETE ON recipient_groups
    REFERENCING OLD TABLE AS waqtor_old
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_group_members_apply();
CREATE TRIGGER waqtor_group_members_truncate AFTER TRUNCATE ON recipient_groups
    FOR EACH STATEMENT EXECUTE FUNCTION waqtor_contact_summary_truncate();

INSERT INTO waqtor_contact_daily (day, user_id, status, contacts)
SELECT COALESCE(created_at::date, '-infinity'::date), user_id, status, count(*)
FROM recipients
GROUP BY 1, 2, 3;

INSERT INTO waqtor_group_members (group_id, members)
SELECT group_id, count(*) FROM recipient_groups GROUP BY 1;
