-- waqtor:no-transaction
-- The Messages page also sorts by phone number, then time (the keyset of 0006's phone index).
-- For every owner at once idx_messages_phone_created_keyset serves that order directly; for one
-- owner (the user role, an admin's owner filter) it would have to walk the whole index until it
-- found that owner's rows: seconds at 2M rows for an owner with few messages. This index gives a
-- single owner's rows in exactly that order.
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_messages_user_phone_created_keyset
    ON messages (user_id, phone_number, (COALESCE(created_at, '-infinity'::timestamp)), id);
