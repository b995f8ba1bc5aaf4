-- waqtor:no-transaction
-- The Contacts page pages through millions of rows with keyset windows ordered by
-- COALESCE("recipients"."created_at", '-infinity') then "recipients".id (WindowedTableModel's
-- default sort, newest first). These indexes hold exactly those expressions, so the first window
-- and every next/previous window is an index range scan of window-size rows instead of a sort of
-- the whole table: one for admins and viewers (every owner), one for a single owner (user_id = …).
-- Exact phone search needs nothing new: idx_recipients_phone (phone_number) serves every owner
-- and the unique key (user_id, phone_number) serves one owner.
-- Built CONCURRENTLY so the Node server's writes to recipients are never blocked.
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_recipients_created_keyset
    ON recipients ((COALESCE(created_at, '-infinity'::timestamp)), id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_recipients_user_created_keyset
    ON recipients (user_id, (COALESCE(created_at, '-infinity'::timestamp)), id);
