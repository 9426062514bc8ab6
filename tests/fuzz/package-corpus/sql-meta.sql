UPDATE meta SET value = 'handover' WHERE key = 'package-kind';
DELETE FROM meta WHERE key = 'package-from';
PRAGMA user_version = 3;
