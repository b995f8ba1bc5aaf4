-- waqtor:no-transaction
-- waqtor:optional-extension pg_trgm
-- Partial phone search on the Messages and Contacts pages ("5012" anywhere in the number): GIN
-- trigram indexes answer LIKE '%5012%' without reading the whole table. pg_trgm is a trusted
-- extension (PostgreSQL 13 and later), so the database's owner may install it. Where the server
-- does not have it (no postgresql-contrib) or the user may not install it, the migrator records this
-- migration as skipped and the pages fall back to a prefix match on the E.164 B-tree indexes; to
-- add the indexes later, install the extension and run these two statements by hand.
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_messages_phone_trgm ON messages USING gin (phone_number gin_trgm_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_recipients_phone_trgm ON recipients USING gin (phone_number gin_trgm_ops);
