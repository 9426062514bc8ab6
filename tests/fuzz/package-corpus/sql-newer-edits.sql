UPDATE entries SET text = 'Gesprek met ouders ' || id, modified = '2099-01-01T00:00:00Z';
UPDATE students SET first_name = '', last_name = x'00ff', modified = '2099-01-01T00:00:00Z';
