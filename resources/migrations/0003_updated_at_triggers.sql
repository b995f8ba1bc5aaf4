-- Keep updated_at current on every UPDATE, whoever writes (this app or the Node server).
-- CURRENT_TIMESTAMP cast to TIMESTAMP gives the session's wall-clock time, like the columns' defaults.
CREATE FUNCTION waqtor_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$;

CREATE TRIGGER waqtor_users_touch BEFORE UPDATE ON users
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION waqtor_touch_updated_at();
CREATE TRIGGER waqtor_sessions_touch BEFORE UPDATE ON whatsapp_sessions
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION waqtor_touch_updated_at();
CREATE TRIGGER waqtor_messages_touch BEFORE UPDATE ON messages
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION waqtor_touch_updated_at();
CREATE TRIGGER waqtor_campaigns_touch BEFORE UPDATE ON campaigns
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION waqtor_touch_updated_at();
CREATE TRIGGER waqtor_recipients_touch BEFORE UPDATE ON recipients
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION waqtor_touch_updated_at();
CREATE TRIGGER waqtor_groups_touch BEFORE UPDATE ON groups
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION waqtor_touch_updated_at();
