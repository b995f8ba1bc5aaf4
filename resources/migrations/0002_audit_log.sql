-- Our own table: who changed which account, deleted what, imported what.
CREATE TABLE waqtor_audit (
    id BIGSERIAL PRIMARY KEY,
    happened_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor VARCHAR(255) NOT NULL,
    action VARCHAR(64) NOT NULL,
    target VARCHAR(255),
    details JSONB
);

CREATE INDEX idx_waqtor_audit_happened_at ON waqtor_audit(happened_at);
CREATE INDEX idx_waqtor_audit_target ON waqtor_audit(target);
