-- waqtor:no-transaction
-- Emails are matched case-insensitively (older rows may be mixed-case): index lower(email).
-- Built CONCURRENTLY so the Node server's writes to users are never blocked.
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_users_email_lower ON users (lower(email));
