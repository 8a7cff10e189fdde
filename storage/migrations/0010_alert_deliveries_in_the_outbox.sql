-- Safety notices go out through the one outbox (0009): a row is claimed before it is sent and
-- deleted once sent, so the alert deliveries table, its send loop and its purge go. Deliveries
-- still pending move to the outbox as they are (due at once; one per subscriber and alert), so
-- an upgrade loses none; the outbox renders them at send time and skips expired alerts.
INSERT OR IGNORE INTO outbox (chat_id, locale, kind, args, purpose, priority, not_before, dedupe)
SELECT chat_id, locale, 'safety.notice', json_object('alert', alert_id), 'alerts', 5,
       '1970-01-01T00:00:00+00:00', 'alert:' || alert_id || ':' || chat_id
FROM alert_deliveries WHERE state = 'pending';

DROP TABLE alert_deliveries;
