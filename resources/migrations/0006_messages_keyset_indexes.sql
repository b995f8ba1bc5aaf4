-- waqtor:no-transaction
-- The Messages page reads tens of millions of rows one window at a time, ordered by
-- COALESCE(created_at, '-infinity') then id (WindowedTableModel's keyset for a timestamp column).
-- Each index below carries exactly that pair, so the first window and every next/previous window
-- is an index range scan that stops after LIMIT rows, whatever the table's size:
--   * every owner (admins, viewers), also for a date range on its own;
--   * one owner (the user role, or an admin's owner filter);
--   * one phone number (the page's exact phone search);
--   * one status (failed / pending are rare, and exactly what an admin filters for);
--   * one owner's status (a marketer's "my failed messages"), which the two above would only
--     serve by intersecting bitmaps and sorting every match.
-- Date ranges are ranges on the same COALESCE expression, so they stay inside each of these scans.
-- Built CONCURRENTLY so the Node server keeps writing messages during the build.
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_messages_created_keyset
    ON messages ((COALESCE(created_at, '-infinity'::timestamp)), id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_messages_user_created_keyset
    ON messages (user_id, (COALESCE(created_at, '-infinity'::timestamp)), id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_messages_phone_created_keyset
    ON messages (phone_number, (COALESCE(created_at, '-infinity'::timestamp)), id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_messages_status_created_keyset
    ON messages (status, (COALESCE(created_at, '-infinity'::timestamp)), id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_messages_user_status_created_keyset
    ON messages (user_id, status, (COALESCE(created_at, '-infinity'::timestamp)), id);
